/**
 * Builds the actor matcher from dictionary entries: names and aliases, nisba adjectives (m/f/definite/plural),
 * capitals and cities, and per-country government bodies from templates.
 */
import type { ActorEntry, BodyTemplate, Dictionary, PlaceEntry } from "./lexicon-types.js";
import { normalizeArabic } from "./normalize.js";
import { phraseTokens } from "./tokens.js";
import { NAME_PARTICLES, REGNAL_ORDINALS } from "./words.js";
import type { Actor } from "./types.js";

/** Words of descent and family in a name ("بن"، "آل"): a name is never shortened across them. */
const DESCENT = new Set([...NAME_PARTICLES, ...["بنت", "ام"].map(normalizeArabic)].filter((w) => w !== "عبد"));

/** How a dictionary phrase names its actor. */
export type MatchVia = "name" | "person" | "body" | "nisba" | "nisbaPlural" | "capital" | "city";

/** One phrase of the matcher. actorId null marks a phrase shared by two actors (ambiguous: never resolved). */
export interface MatchEntry {
  tokens: string[];
  actorId: string | null;
  via: MatchVia;
  place?: { name: string; nameAr: string };
}

/** The compiled dictionary: actors by id, phrases by first token. */
export interface ActorMatcher {
  actors: Map<string, Actor>;
  byFirst: Map<string, MatchEntry[]>;
  /** Person-name tokens usable as article-scoped short forms, by person id. */
  personNames: Map<string, string[][]>;
  /** One-word nisbas shared with another actor's name ("السوداني"): the nisba's actor, for readings after a title. */
  nisbaOnly?: Map<string, string>;
  /** A country's definite nisbas, masculine and feminine ("المصري"، "المصريه"), normalised, by country id. */
  nisbaDef?: Map<string, string[]>;
  /** Organisations' short names ("النهضة"), by the short name normalised: names only after members or quoted. */
  shortNames?: Map<string, string>;
}

/** The dictionary actor whose name is exactly these normalised words, if any: "كتلة «المستقبل»" read unquoted. */
export function actorNamed(params: { matcher: ActorMatcher; words: string[] }): string | null {
  const { matcher, words } = params;
  const e = (matcher.byFirst.get(words[0] ?? "") ?? []).find(
    (x) => x.actorId && x.tokens.length === words.length && x.tokens.every((w, j) => w === words[j]),
  );
  return e?.actorId ?? null;
}

/**
 * The dictionary body a name means in an article about `country` when it is listed only with that country's
 * nationality: "مجلس الشعب" is "مجلس الشعب المصري" in an Egyptian story, "المجلس العسكري" "المجلس العسكري المصري".
 */
export function localBody(params: { matcher: ActorMatcher; words: string[]; country: string }): string | null {
  const { matcher, words, country } = params;
  for (const nisba of matcher.nisbaDef?.get(country) ?? []) {
    const id = actorNamed({ matcher, words: [...words, nisba] });
    const kind = id ? matcher.actors.get(id)?.kind : undefined;
    if (id && (kind === "GOVERNMENT_BODY" || kind === "ORGANIZATION")) return id;
  }
  return null;
}

const VIA_RANK: Record<MatchVia, number> = {
  person: 6,
  body: 5,
  name: 5,
  capital: 4,
  city: 3,
  nisbaPlural: 2,
  nisba: 1,
};

function inflect(phrase: string, opts: { def: boolean; fem: boolean }): string {
  return phrase
    .split(/\s+/)
    .map((w) => `${opts.def ? "ال" : ""}${w}${opts.fem ? "ة" : ""}`)
    .join(" ");
}

function nisbaForms(base: string): string[] {
  const forms: string[] = [];
  const words = base.split(/\s+/);
  for (const def of [false, true]) {
    forms.push(inflect(base, { def, fem: false }), inflect(base, { def, fem: true }));
    if (words.length === 1) {
      // Sound plurals and dual/accusative: "روسيين"، "روسيون"، "روسيات"، accusative "روسيا" (indefinite only).
      for (const suf of ["ين", "ون", "ات", "تين", "ان"]) forms.push(`${def ? "ال" : ""}${base}${suf}`);
      if (!def) forms.push(`${base}ا`);
    }
  }
  return forms;
}

function fillTemplate({ tpl, c, nisba }: { tpl: string; c: ActorEntry; nisba: string }): string {
  return tpl
    .replaceAll("{demonym}", c.demonym ?? c.name)
    .replaceAll("{name}", c.name)
    .replaceAll("{nameAr}", c.nameAr)
    .replaceAll("{nisbaFemDef}", inflect(nisba, { def: true, fem: true }))
    .replaceAll("{nisbaFem}", inflect(nisba, { def: false, fem: true }))
    .replaceAll("{nisbaDef}", inflect(nisba, { def: true, fem: false }))
    .replaceAll("{nisba}", nisba);
}

/** The government bodies generated for one country from the templates. */
export function generateBodies(country: ActorEntry, templates: BodyTemplate[]): ActorEntry[] {
  const nisbas = country.nisba ?? [];
  if (nisbas.length === 0) return [];
  return templates.map((t) => {
    const first = nisbas[0] ?? "";
    const names = new Set<string>();
    for (const n of nisbas) {
      names.add(fillTemplate({ tpl: t.nameAr, c: country, nisba: n }));
      for (const a of t.aliases ?? []) {
        // "حكومة {capitalAr}": only for a country whose capital the dictionary names.
        if (a.includes("{capitalAr}") && !country.capital) continue;
        names.add(
          fillTemplate({ tpl: a.replaceAll("{capitalAr}", country.capital?.nameAr ?? ""), c: country, nisba: n }),
        );
      }
    }
    const nameAr = fillTemplate({ tpl: t.nameAr, c: country, nisba: first });
    names.delete(nameAr);
    return {
      id: `${country.id}-${t.suffix}`,
      kind: t.kind ?? "GOVERNMENT_BODY",
      name: fillTemplate({ tpl: t.name, c: country, nisba: first }),
      nameAr,
      aliases: [...names],
      parent: country.id,
    };
  });
}

function toActor(e: ActorEntry): Actor {
  const a: Actor = {
    id: e.id,
    name: e.name,
    nameAr: e.nameAr,
    kind: e.kind,
    aliases: e.aliases ?? [],
    roles: e.roles ?? [],
  };
  if (e.wikidataId) a.wikidataId = e.wikidataId;
  if (e.parent) a.parent = e.parent;
  return a;
}

/** All actors of the dictionary including generated government bodies. */
export function expandDictionary(dict: Dictionary): ActorEntry[] {
  const out: ActorEntry[] = [...dict.actors];
  const ids = new Set(out.map((a) => a.id));
  for (const c of dict.actors) {
    if (c.kind !== "COUNTRY") continue;
    // A body written in the data files by hand wins over the generated one with the same id.
    for (const b of generateBodies(c, dict.bodyTemplates)) if (!ids.has(b.id)) out.push(b);
  }
  return out;
}

/** Compiles the dictionary into a phrase matcher. */
export function buildMatcher(dict: Dictionary): ActorMatcher {
  const entries = expandDictionary(dict);
  const actors = new Map<string, Actor>();
  const phrases = new Map<string, MatchEntry>();
  const personNames = new Map<string, string[][]>();
  const nisbaOnly = new Map<string, string>();
  const nisbaDef = new Map<string, string[]>();
  const definiteGiven: MatchEntry[] = [];
  const add = ({
    phrase,
    actorId,
    via,
    place,
  }: {
    phrase: string;
    actorId: string;
    via: MatchVia;
    place?: PlaceEntry;
  }): void => {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) return;
    const key = tokens.join(" ");
    if (via === "nisba" && tokens.length === 1) nisbaOnly.set(key, actorId);
    const prev = phrases.get(key);
    const entry: MatchEntry = { tokens, actorId, via };
    if (place) entry.place = { name: place.name, nameAr: place.nameAr };
    if (!prev) {
      phrases.set(key, entry);
      return;
    }
    if (prev.actorId === actorId) {
      if (VIA_RANK[via] > VIA_RANK[prev.via]) phrases.set(key, entry);
      return;
    }
    // Two actors share the string (عمان: Oman and Amman): never guess.
    phrases.set(key, { tokens, actorId: null, via: prev.via });
  };
  for (const e of entries) {
    actors.set(e.id, toActor(e));
    const via: MatchVia = e.kind === "PERSON" ? "person" : e.kind === "GOVERNMENT_BODY" ? "body" : "name";
    for (const n of [e.nameAr, ...(e.aliases ?? [])]) add({ phrase: n, actorId: e.id, via: via });
    if (e.kind === "PERSON") {
      // Maghrebi papers write many given names with the article ("المنصف المرزوقي"، "الباجي قائد السبسي"): the full
      // name with it is the same person. Only where no other phrase has that spelling.
      for (const n of [e.nameAr, ...(e.aliases ?? [])]) {
        const tokens = phraseTokens(n);
        const first = tokens[0] ?? "";
        if (tokens.length < 2 || /^(ال|عبد|ابو|ابن|بن|ام)/.test(first)) continue;
        definiteGiven.push({ tokens: [`ال${first}`, ...tokens.slice(1)], actorId: e.id, via });
      }
      // Papers drop a middle name ("عبد ربه هادي"، "علي صالح"): the given name (one word, or "عبد X") and the family
      // name alone are the same person, where no other phrase or variant has that spelling and no particle of descent
      // ("بن"، "آل") would be skipped.
      for (const n of [e.nameAr, ...(e.aliases ?? [])]) {
        const tokens = phraseTokens(n);
        const given = tokens[0] === "عبد" ? 2 : 1;
        const middle = tokens.slice(given, -1);
        const last = tokens[tokens.length - 1] ?? "";
        if (middle.length === 0 || middle.some((t) => DESCENT.has(t)) || DESCENT.has(last) || last.length < 3) continue;
        if (REGNAL_ORDINALS.has(last)) continue;
        definiteGiven.push({ tokens: [...tokens.slice(0, given), last], actorId: e.id, via });
      }
      personNames.set(
        e.id,
        [e.nameAr, ...(e.aliases ?? [])].filter((n) => /[\u0621-\u064A]/.test(n)).map((n) => phraseTokens(n)),
      );
    }
    for (const n of e.nisba ?? []) for (const f of nisbaForms(n)) add({ phrase: f, actorId: e.id, via: "nisba" });
    if (e.kind === "COUNTRY")
      nisbaDef.set(
        e.id,
        (e.nisba ?? []).flatMap((n) =>
          [inflect(n, { def: true, fem: false }), inflect(n, { def: true, fem: true })].map((f) =>
            phraseTokens(f).join(" "),
          ),
        ),
      );
    if (e.kind !== "COUNTRY") continue;
    for (const p of e.nisbaPlural ?? [])
      for (const f of [p, `ال${p}`, `${p}ا`]) add({ phrase: f, actorId: e.id, via: "nisbaPlural" });
    if (e.capital) {
      for (const n of [e.capital.nameAr, ...(e.capital.aliases ?? [])])
        add({ phrase: n, actorId: e.id, via: "capital", place: e.capital });
      // "العاصمة الجزائرية" is the capital too: a place, or the state when it acts.
      for (const n of e.nisba ?? [])
        for (const f of [`العاصمة ال${n}ة`]) add({ phrase: f, actorId: e.id, via: "capital", place: e.capital });
    }
    for (const city of e.cities ?? [])
      for (const n of [city.nameAr, ...(city.aliases ?? [])])
        add({ phrase: n, actorId: e.id, via: "city", place: city });
  }
  // (Added last, so that no variant makes another actor's own spelling ambiguous; two variants alike are dropped.)
  // A kunya is written joined as often as apart ("أبومازن"، "أبوالوليد"): each "أبو X" of a name is matched joined too.
  const joined: MatchEntry[] = [];
  for (const entry of phrases.values()) {
    const at = entry.tokens.findIndex((t, j) => t === "ابو" && j + 1 < entry.tokens.length);
    if (at < 0 || entry.actorId === null) continue;
    const tokens = [...entry.tokens.slice(0, at), `ابو${entry.tokens[at + 1]}`, ...entry.tokens.slice(at + 2)];
    joined.push({ ...entry, tokens });
  }
  // So is "عبد X" ("عبدالفتاح السيسي" is "عبد الفتاح السيسي"), both ways.
  for (const entry of phrases.values()) {
    if (entry.actorId === null) continue;
    const apart = entry.tokens.findIndex((t, j) => t === "عبد" && j + 1 < entry.tokens.length);
    if (apart >= 0)
      joined.push({
        ...entry,
        tokens: [...entry.tokens.slice(0, apart), `عبد${entry.tokens[apart + 1]}`, ...entry.tokens.slice(apart + 2)],
      });
    const together = entry.tokens.findIndex((t) => /^عبد\S{2,}$/.test(t));
    if (together >= 0) {
      const t = entry.tokens[together] ?? "";
      joined.push({
        ...entry,
        tokens: [...entry.tokens.slice(0, together), "عبد", t.slice(3), ...entry.tokens.slice(together + 1)],
      });
    }
  }
  const variants = [...definiteGiven, ...joined];
  const variantCount = new Map<string, number>();
  for (const v of variants) variantCount.set(v.tokens.join(" "), (variantCount.get(v.tokens.join(" ")) ?? 0) + 1);
  for (const v of variants) {
    const key = v.tokens.join(" ");
    if (!phrases.has(key) && variantCount.get(key) === 1) phrases.set(key, v);
  }
  const byFirst = new Map<string, MatchEntry[]>();
  for (const entry of phrases.values()) {
    const first = entry.tokens[0] ?? "";
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  // (A short name two organisations share names neither.)
  const shortNames = new Map<string, string>();
  const sharedShort = new Set<string>();
  for (const e of entries)
    for (const n of e.shortAr ?? []) {
      const key = phraseTokens(n).join(" ");
      if (shortNames.has(key) && shortNames.get(key) !== e.id) sharedShort.add(key);
      else shortNames.set(key, e.id);
    }
  for (const key of sharedShort) shortNames.delete(key);
  return { actors, byFirst, personNames, nisbaOnly, nisbaDef, shortNames };
}

/** Normalised form of a lexicon word (data files are written with hamzas and ى; matching is on normalised text). */
export function lex(word: string): string {
  return normalizeArabic(word);
}

/** The actor a one-word nationality adjective stands for ("الأميركية" → USA), or null. */
export function nisbaActor(matcher: ActorMatcher, word: string): string | null {
  const e = (matcher.byFirst.get(word) ?? []).find((x) => x.tokens.length === 1 && x.via === "nisba" && x.actorId);
  return e?.actorId ?? matcher.nisbaOnly?.get(word) ?? null;
}
