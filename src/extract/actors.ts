/**
 * Actor mentions in a sentence: longest dictionary match (with proclitics), nisba adjectives attached to agent nouns
 * ("مسؤولين روس"), titles absorbed into the person they introduce, discovery of new people introduced by title +
 * nationality + name, and article-scoped short forms (surnames) of people already named in full.
 */
import type { ActorMatcher, MatchEntry, MatchVia } from "./dictionary.js";
import { normalizeArabic, procliticReadings, type StrippedForm } from "./normalize.js";
import { shortId } from "./hash.js";
import type { Token } from "./tokens.js";
import { transliterate } from "./transliterate.js";
import type { Actor } from "./types.js";
import {
  ACT_NOUNS,
  STATEMENT_NOUNS,
  TARGET_NOUNS,
  NAMING_WORDS,
  AIDE_HEADS,
  AGENT_ADJECTIVES,
  AGENT_NOUNS,
  MEMBER_NOUNS,
  OPENING_QUOTES,
  GROUP_HEADS,
  BODY_HEADS,
  GIVEN_NAMES,
  DIRECTIONS,
  HONORIFIC_WORDS,
  NAME_PARTICLES,
  NAMES_ALSO_ADJECTIVES,
  PLACE_NOUNS,
  REGNAL_ORDINALS,
  NAME_STOP,
  PLACE_PREPS,
  PREP_WORDS,
  QUANTIFIERS,
  REGION_WORDS,
  RANK_TITLES,
  TITLE_HEADS,
  COURTESY_TITLES,
  QUANTITY_WORDS,
  TITLE_TAIL,
  TITLE_WORDS,
  MINISTERIAL_HEADS,
  ROYAL_HEADS,
  isPrepositionalMasdar,
} from "./words.js";

/** Brackets some papers put around a name's last words: "تنظيم (القاعدة)". */
const BRACKETS = new Set(["(", ")"]);
/** How a mention was recognised. */
export type MentionVia = MatchVia | "agent" | "title" | "discovered" | "short";

/** One actor mention: token span [start, end) in the sentence's token list. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
  /** Normalised preposition introducing the mention (clitic ب/ل/ك or a separate word), or null. */
  prep: string | null;
  /** Starts with the conjunction و (coordination). */
  conj: boolean;
  via: MentionVia;
  /** Set when the mention names a place ("في موسكو"), not a participant. */
  place: { name: string; nameAr: string } | null;
  confidence: number;
  /** For a person or title with a posting ("السفير الروسي لدى إسرائيل"): the host actor. */
  host?: string;
  /** "الجانبان": the other of the two sides the mention stands for (the first is `actorId`). */
  pair?: string;
}

/**
 * Whether a mention is an act with its author's nationality ("المبادرة المغربية"، "الهجوم الإسرائيلي"), not the author
 * itself; a statement ("بيان المعارضة") speaks for its issuer and is not one.
 */
export function namedByAct(tokens: readonly Token[], m: Mention): boolean {
  const head = tokens[m.start]?.n.replace(/^[وف]?[بل]?/, "") ?? "";
  return (
    m.end - m.start >= 2 &&
    ["nisba", "nisbaPlural", "agent"].includes(m.via) &&
    ACT_NOUNS.has(head) &&
    !STATEMENT_NOUNS.has(head)
  );
}

/** Per-article state: discovered people and short forms of people named in full. */
export interface ArticleActorState {
  discovered: Map<string, Actor>;
  /** short form (normalised tokens joined by " ") → person id, or null when two people share it. */
  shortForms: Map<string, string | null>;
  /** First name of a person named in full with three words or more → person id, or null when two share it. */
  givenForms?: Map<string, string | null>;
  /** Short forms that are an East Asian family name ("بان"): matched only as written, never "بأن". */
  familyFirst?: Set<string>;
}

/** A fresh per-article actor state. */
export function newActorState(): ArticleActorState {
  return { discovered: new Map(), shortForms: new Map() };
}

interface RawMatch {
  entry: MatchEntry;
  start: number;
  end: number;
  reading: StrippedForm;
}

function readings(tok: Token): StrippedForm[] {
  // Names are matched with conjunction and preposition clitics removed, never with the article removed:
  // "الحماس" (enthusiasm) is not حماس.
  return procliticReadings(tok.n).filter((r) => !r.article);
}

function matchAt({ tokens, i, matcher }: { tokens: Token[]; i: number; matcher: ActorMatcher }): RawMatch | null {
  const tok = tokens[i];
  if (!tok || tok.punct) return null;
  let best: RawMatch | null = null;
  const rank: Record<string, number> = { person: 6, body: 5, name: 5, capital: 4, city: 3, nisbaPlural: 2, nisba: 1 };
  // A one-word surname that is also a nationality ("السوداني") right after a title is the nationality: "نظيره
  // السوداني"، "رئيس الوزراء السوداني".
  const afterTitle = Boolean(cliticIn(tokens[i - 1], TITLE_HEADS) ?? cliticIn(tokens[i - 1], TITLE_WORDS));
  for (const r of readings(tok)) {
    const nisbaId = afterTitle ? matcher.nisbaOnly?.get(r.form) : undefined;
    for (const listed of matcher.byFirst.get(r.form) ?? []) {
      const len = listed.tokens.length;
      const entry: MatchEntry =
        nisbaId && len === 1 && listed.actorId === null
          ? { tokens: listed.tokens, actorId: nisbaId, via: "nisba" }
          : listed;
      let ok = true;
      // Quotation marks inside a long name are no part of it: حركة "التوحيد والجهاد" في غرب أفريقيا. (A head and one
      // quoted word, كتلة "المستقبل", is discovery's: the head then names the body for later "الكتلة".)
      let p = i + 1;
      for (let k = 1; k < len; k++) {
        // (Nor are brackets around its last words, in any name: "تنظيم (القاعدة)".)
        while (((len >= 3 && tokens[p]?.n === '"') || BRACKETS.has(tokens[p]?.n ?? "")) && p - i <= len + 2) p++;
        const t = tokens[p];
        if (!t || t.punct || t.n !== entry.tokens[k]) {
          ok = false;
          break;
        }
        p++;
      }
      if (!ok) continue;
      const bestLen = best ? best.entry.tokens.length : 0;
      const stripped = (r.conj ? 1 : 0) + (r.prep ? 1 : 0);
      if (
        !best ||
        len > bestLen ||
        (len === bestLen &&
          (stripped < (best.reading.conj ? 1 : 0) + (best.reading.prep ? 1 : 0) ||
            (rank[entry.via] ?? 0) > (rank[best.entry.via] ?? 0)))
      ) {
        best = { entry, start: i, end: p, reading: r };
      }
    }
  }
  return best && !insideNasab(tokens, best) ? best : null;
}

/** Who a party's short name follows to be its name: "نواب النهضة"، "مرشح النور". */
const SHORT_NAME_HOLDERS = new Set([
  ...MEMBER_NOUNS,
  ...["نائبة", "مرشح", "مرشحي", "ممثلي", "مناصري"].map(normalizeArabic),
]);
const CLOSING_QUOTES = new Set(['"', "»", "”"]);

/**
 * An organisation's short name where it can only be the organisation: after one of its members ("نواب النهضة") or in
 * quotation marks ("«النهضة»"); the quotes are no part of the span.
 */
function shortMatchAt({ tokens, i, matcher }: { tokens: Token[]; i: number; matcher: ActorMatcher }): RawMatch | null {
  if (!matcher.shortNames || matcher.shortNames.size === 0) return null;
  const quoted = OPENING_QUOTES.has(tokens[i]?.n ?? "");
  const from = quoted ? i + 1 : i;
  const tok = tokens[from];
  if (!tok || tok.punct) return null;
  for (const r of readings(tok)) {
    for (const [key, actorId] of matcher.shortNames) {
      const words = key.split(" ");
      if (words[0] !== r.form || words.some((w, k) => k > 0 && tokens[from + k]?.n !== w)) continue;
      const end = from + words.length;
      // (Quoted after a head of its own, "كتلة «المستقبل»"، "حركة «النهضة»" is discovery's: the head names it.)
      const headed = !!cliticIn(tokens[i - 1], GROUP_HEADS) || !!cliticIn(tokens[i - 1], BODY_HEADS);
      // (Nor after a preposition: "قالت مصادر لـ«المستقبل»" names a newspaper.)
      const before = tokens[i - 1];
      const afterPrep = !!before && (PREP_WORDS.has(before.n) || /^[لب]ـ?$/.test(before.raw) || /ـ$/.test(before.raw));
      const closed = quoted && !headed && !afterPrep && CLOSING_QUOTES.has(tokens[end]?.n ?? "");
      // (A clitic on the name itself is a preposition of the sentence's, not the member's genitive.)
      const held = !quoted && !r.prep && !r.conj && !!cliticIn(tokens[i - 1], SHORT_NAME_HOLDERS);
      if (!closed && !held) continue;
      return { entry: { tokens: words, actorId, via: "name" }, start: from, end, reading: r };
    }
  }
  return null;
}

/**
 * "وزير المال محمد الصفدي" is not "أيمن الصفدي": a dictionary person's family name alone, right after a given name that
 * is none of that person's, is someone else (whom discovery then names in full).
 */
function otherGiven({ tokens, m, matcher }: { tokens: Token[]; m: RawMatch; matcher: ActorMatcher }): boolean {
  const id = m.entry.actorId;
  if (m.entry.tokens.length !== 1 || !id || matcher.actors.get(id)?.kind !== "PERSON" || m.reading.prep) return false;
  const before = tokens[m.start - 1];
  // A given name, not a word spelt like one ("بأن" and "بان"): the tagger's proper noun where there is a tag.
  if (!before || !GIVEN_NAMES.has(before.n) || NAME_STOP.has(before.n)) return false;
  if (before.pos && !/NNP/.test(before.pos)) return false;
  const names = matcher.personNames.get(id) ?? [];
  // Only a family name: the last word of one of the person's longer names ("أبومازن" is a whole name).
  if (!names.some((n) => n.length > 1 && n[n.length - 1] === m.entry.tokens[0])) return false;
  return !names.some((n) => n[0] === before.n);
}

const NASAB = new Set(["بن", "ابن", "بنت"]);
const PROPER = new Set(["NNP", "DTNNP"]);
/**
 * A name matched inside a longer "A بن B" chain belongs to someone else: "حمد بن علي العطية" is neither بن علي nor
 * حمد بن جاسم, and "عبدالله بن حمد" names Abdullah.
 */
function insideNasab(tokens: Token[], m: RawMatch): boolean {
  const before = tokens[m.start - 1];
  const after = tokens[m.end];
  if (before && NASAB.has(before.n)) return true;
  const first = m.entry.tokens[0] ?? "";
  // "بن علي" after a given name: the tagger's proper-noun tag tells "حمد بن علي" from "نظام بن علي".
  if (NASAB.has(first)) return Boolean(before && PROPER.has(before.pos ?? ""));
  const next = tokens[m.end + 1];
  return (
    !m.entry.tokens.some((t) => NASAB.has(t)) &&
    Boolean(after && NASAB.has(after.n) && next && !next.punct && PROPER.has(next.pos ?? ""))
  );
}

/** Reads a token as a word of a closed list, allowing conjunction/preposition clitics ("وبنائب"). */
export function cliticIn(tok: Token | undefined, list: Set<string>): StrippedForm | null {
  if (!tok || tok.punct) return null;
  for (const r of procliticReadings(tok.n)) if (!r.article && list.has(r.form)) return r;
  if (list.has(tok.n)) return { form: tok.n, conj: "", prep: "", article: false };
  return null;
}

// The act noun carries the preposition as well as an agent noun: "رحبت بالجهود القطرية" welcomes Qatar.
function agentReading(tok: Token | undefined): StrippedForm | null {
  return cliticIn(tok, AGENT_NOUNS) ?? cliticIn(tok, ACT_NOUNS) ?? cliticIn(tok, TARGET_NOUNS);
}

/** The preposition and conjunction that introduce a mention starting at `start`. */
export function prepBefore({
  tokens,
  start,
  reading,
}: {
  tokens: Token[];
  start: number;
  reading: StrippedForm | null;
}): {
  prep: string | null;
  conj: boolean;
} {
  const conj = reading?.conj === "و";
  const prev = tokens[start - 1];
  // "رحب ما يسمى بالمجلس الوطني": the preposition belongs to the naming verb; the name stands where "ما" does.
  if (reading?.prep === "ب" && prev && NAMING_WORDS.has(prev.n)) return { prep: null, conj };
  if (reading?.prep) return { prep: reading.prep, conj };
  if (!prev || prev.punct) return { prep: null, conj };
  // "اجتماعا برئاسة رئيس الوزراء X": the chair is on the side of whoever holds the meeting, never a counterpart.
  if (/^[وف]?برئاس(ه|ت[هي])$/.test(prev.n)) return { prep: "برئاسة", conj };
  // "اجتماع مجموعة العمل بشأن سوريا": what a meeting or a statement is about, never a party to it.
  if (/^[وف]?(بشان|بخصوص)$/.test(prev.n)) return { prep: "بشأن", conj };
  // "بحضور X": present at someone else's meeting, not its counterpart (the looser linker pairs X with the chair).
  if (/^[وف]?بحضور$/.test(prev.n)) return { prep: "بحضور", conj };
  // "مع كل من X" and "من قبل X" read as their first preposition.
  // ("لكل من X وY"، "بكل من": the preposition on the quantifier.)
  const onEach = prev.n === "من" ? /^[وف]?([لب])كل$/.exec(tokens[start - 2]?.n ?? "") : null;
  if (onEach?.[1]) return { prep: onEach[1], conj };
  if (prev.n === "من" && tokens[start - 2]?.n === "كل") {
    const p3 = tokens[start - 3];
    const r3 = p3 ? procliticReadings(p3.n).find((r) => !r.article && !r.prep && PREP_WORDS.has(r.form)) : undefined;
    if (p3 && r3) return { prep: r3.form, conj: conj || r3.conj === "و" };
  }
  // (A verb spelt as a preposition is none: "وعبر/VBD الوزير عن استيائه" — "عبر" is also "via".)
  // (Only that word: the tagger calls "ومن" a verb too.)
  const pr =
    /^VB/.test(prev.pos ?? "") && /^[وف]?عبر$/.test(prev.n)
      ? undefined
      : procliticReadings(prev.n).find((r) => !r.article && !r.prep && PREP_WORDS.has(r.form));
  if (pr) return { prep: pr.form, conj: conj || pr.conj === "و" };
  // "على أي هجوم إسرائيلي"، "ضد أية قوات"، "بكافة أشكال": the preposition governs the quantified phrase.
  const quantifier = procliticReadings(prev.n).find((r) => QUANTIFIERS.has(r.form));
  if (quantifier?.prep) return { prep: quantifier.prep, conj: conj || quantifier.conj === "و" };
  if (quantifier) {
    const q = prepBefore({ tokens, start: start - 1, reading: null });
    if (q.prep) return { prep: q.prep, conj: conj || q.conj };
  }
  if (prev.n === "قبل" && tokens[start - 2]?.n === "من") return { prep: "من قبل", conj };
  // "من جانب الولايات المتحدة"، "من طرف الحكومة": by, as "من قبل".
  if (["جانب", "طرف"].includes(prev.n) && tokens[start - 2]?.n === "من") return { prep: "من قبل", conj };
  // "على يد عملاء للموساد"، "على أيدي قوات الأمن": at the hands of, the doer as "من قبل" names him.
  if (["يد", "ايدي"].includes(prev.n) && tokens[start - 2]?.n === "علي") return { prep: "من قبل", conj };
  return { prep: null, conj };
}

// Adjectives that may stand between an act and its nationality ("العملية العسكرية الإسرائيلية").
const ACT_ADJECTIVES = new Set(
  [
    "العسكرية",
    "العسكري",
    "الجوية",
    "الجوي",
    "الصاروخية",
    "البرية",
    "البحرية",
    "الأخيرة",
    "الأخير",
    "الجديدة",
    "الجديد",
    // "السياسة الخارجية الأمريكية" is the United States' policy.
    "الخارجية",
    "الداخلية",
    // "العقوبات الاقتصادية الأمريكية"، "الحصار البحري الإسرائيلي".
    "الاقتصادية",
    "الاقتصادي",
    "المالية",
  ].map((w) => normalizeArabic(w)),
);

// Titles that name one office holder even without a nationality.
const STRONG_TITLES = new Set([
  ...["الرئيس", "رئيس", "وزير", "وزيرة", "الملك", "الأمير", "العاهل", "ولي", "نائب", "الشيخ", "الوزير"].map((w) =>
    normalizeArabic(w),
  ),
  ...RANK_TITLES,
]);

// Heads of titles that are postings to a state ("المبعوث الأممي إلى سوريا"، "السفير الروسي إلى …").
/** Bodies of people whose chief ("كبير") is a title: "كبير المفاوضين"، "كبير مستشاري الرئيس". */
const CHIEF_OF = new Set(["المفاوضين", "مفاوضي", "المستشارين", "مستشاري"]);

/** Particles of lineage inside a name, as written: "بن"، "آل" (the family, not the article). */
const LINEAGE = new Set(["بن", "ابن", "بنت", "آل"]);

const ENVOY_HEADS = new Set(
  ["المبعوث", "مبعوث", "المبعوثة", "مبعوثة", "السفير", "سفير", "السفيرة", "المندوب", "مندوب", "الموفد", "موفد"].map(
    (w) => normalizeArabic(w),
  ),
);

// Definite adjectives in -ي that follow a name as often as a family name does.
const COMMON_ADJECTIVES = new Set(
  [
    "الجاري",
    "الدولي",
    "الإقليمي",
    "العربي",
    "الثنائي",
    "الحالي",
    "الماضي",
    "الرسمي",
    "الوطني",
    "الأمني",
    "السياسي",
  ].map((w) => normalizeArabic(w)),
);

const TITLE_EN: [RegExp, string][] = [
  // Specific chains first: "نائب رئيس الوزراء" is no Prime Minister, "رئيس هيئة الأركان" no President.
  [/^(نائب|نائبه) رئيس (الوزراء|(ال)?حكومه)/, "Deputy Prime Minister"],
  [/رئيس (هيئه )?الاركان/, "Chief of Staff"],
  [/رئيس (البرلمان|مجلس النواب|مجلس الشعب|مجلس الشوري|مجلس الامه|الكنيست)/, "Speaker of Parliament"],
  [/رئيس المجلس الرئاسي/, "Chairman of the Presidential Council"],
  [/رئيس مجلس السياده/, "Chairman of the Sovereignty Council"],
  [/(القائم بالاعمال)/, "Chargé d'affaires"],
  [/(المفوض|مفوض|المفوضه)/, "Commissioner"],
  [/^الامين العام/, "Secretary-General"],
  [/^(نائب|نائبه) وزير الخارجيه/, "Deputy Minister of Foreign Affairs"],
  [/وزير(ه)? الخارجيه/, "Minister of Foreign Affairs"],
  [/وزير(ه)? الدفاع/, "Minister of Defence"],
  [/رئيس (الوزراء|(ال)?حكومه)/, "Prime Minister"],
  [/(المتحدث|المتحدثه|الناطق|الناطقه|متحدث)/, "Spokesperson"],
  [/(السفير|سفير|السفيره)/, "Ambassador"],
  [/(المبعوث|مبعوث)/, "Envoy"],
  [/(المندوب|مندوب)/, "Representative"],
  [/^(الرئيس|رئيس)/, "President"],
  [/^(وزير|الوزير|وزيره)/, "Minister"],
  [/^نائب/, "Deputy"],
  [/(قائد|القائد|الجنرال|اللواء|العميد)/, "Commander"],
  [/(القيادي)/, "Leader"],
];

function englishTitle(normTitle: string): string {
  for (const [re, en] of TITLE_EN) if (re.test(normTitle)) return en;
  return "Official";
}

/**
 * Finds the actor mentions of one sentence. Discovered people and short forms are recorded in `state` so later
 * sentences of the same article resolve surnames.
 */
export function findMentions(params: {
  tokens: Token[];
  matcher: ActorMatcher;
  state: ArticleActorState;
  /** Verb and trigger forms: they end a personal name. */
  verbForms: Set<string>;
}): Mention[] {
  const { tokens, matcher, state, verbForms } = params;
  const raw: RawMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = matchAt({ tokens, i, matcher });
    const resume = m ? adjectiveReading(tokens, m) : null;
    if (resume !== null) {
      i = resume;
      continue;
    }
    if (m && otherGiven({ tokens, m, matcher })) {
      i = m.end;
      continue;
    }
    if (m) {
      // A shorter alias may hide the full name it starts: "الرئيس بشار" in "الرئيس بشار الأسد" runs on to the end
      // of the name that starts inside it, when that name is the same actor's.
      for (let j = m.start + 1; j < m.end; j++) {
        const inner = matchAt({ tokens, i: j, matcher });
        const listed = (x: RawMatch): boolean => ["person", "name", "body"].includes(x.entry.via);
        if (
          inner &&
          inner.entry.actorId === m.entry.actorId &&
          m.entry.actorId &&
          inner.end > m.end &&
          listed(inner) &&
          listed(m)
        )
          m.end = inner.end;
      }
      raw.push(m);
      i = m.end;
    } else {
      const short = shortMatchAt({ tokens, i, matcher });
      if (short) raw.push(short);
      i = short ? short.end : i + 1;
    }
  }
  const taken = new Set<number>();
  const covered = new Set<number>();
  // (An indefinite nationality one word long that the tagger calls a proper noun covers nothing: after a given name it
  // is a family name, "كريستوفر روس/NNP".)
  const bareNationality = (m: RawMatch): boolean =>
    m.end - m.start === 1 &&
    (m.entry.via === "nisba" || m.entry.via === "nisbaPlural") &&
    !/^[وف]?(ال|لل)/.test(tokens[m.start]?.n ?? "") &&
    tokens[m.start]?.pos === "NNP" &&
    /NNP/.test(tokens[m.start - 1]?.pos ?? "");
  for (const m of raw) if (!bareNationality(m)) for (let k = m.start; k < m.end; k++) covered.add(k);
  const isNameToken = (k: number): boolean => {
    const t = tokens[k];
    if (!t || t.punct || covered.has(k) || !/^[\u0621-\u064A]{2,}$/.test(t.n)) return false;
    if (taken.has(k)) return false;
    // "علي" spelt with ي before another name, or ending one, is the given name, not "على" (normalising merges them),
    // whatever its tag: "السفير السوري علي عبدالكريم علي".
    const rawAli = t.raw.replace(/[\u064B-\u0652]/g, "").replace(/^[و]/, "") === "علي";
    const next = tokens[k + 1];
    const ali =
      rawAli && (/NNP/.test(next?.pos ?? "") || (/NNP/.test(tokens[k - 1]?.pos ?? "") && (!next || next.punct)));
    if (ali) return true;
    // A given name the tagger calls a noun, before a tagged family name: "النائب الكويتي مسلم/NN البراك/DTNNP".
    if (GIVEN_NAMES.has(t.n) && /NNP/.test(next?.pos ?? "") && !covered.has(k + 1)) return true;
    // With the tagger's answer, a name word is a proper noun (or a particle of one): "الرئيس تنفيذ حكم" is no name.
    if (t.pos && !/NNP/.test(t.pos) && !NAME_PARTICLES.has(t.n)) return false;
    for (const list of [NAME_STOP, TITLE_HEADS, TITLE_WORDS, AGENT_NOUNS]) if (cliticIn(t, list)) return false;
    // An act in the accusative is the verb's object, not a name: "شن الرئيس التركي هجوما لاذعا".
    if (/ا$/.test(t.n) && ACT_NOUNS.has(t.n.slice(0, -1))) return false;
    if (verbForms.has(t.n) || procliticReadings(t.n).some((r) => r.conj && verbForms.has(r.form))) return false;
    // (Nor the family particle "آل", "ال" once normalised.)
    if (t.n.startsWith("ال") && !NAME_PARTICLES.has(tokens[k - 1]?.n ?? "") && t.raw !== "آل") return false;
    // A clitic before the article ("بالزنتيبة"، "وبالجهود"، "للوزير") starts a new phrase, never a name word.
    if (/^[وف]?(بال|كال|لل)|^[وف]ال/.test(t.n)) return false;
    // A pronoun suffix marks a common word the tagger took for a name: "الرئيس بوتفليقة ركزها على …".
    if (k > 0 && /\S{3,}(ها|هم|هما|كم)$/.test(t.n) && !GIVEN_NAMES.has(t.n)) return false;
    // So does a preposition on a verbal noun's pattern, whatever its tag: "للرئيس هادي لزيارة/NNP واشنطن".
    if (isPrepositionalMasdar(t.n) && !GIVEN_NAMES.has(t.n)) return false;
    return true;
  };

  // Family names with the article are mostly nisbas ("المنفي"، "الورفلي"), end in ة ("الدبيبة") or follow a compound
  // given name ("عبد الفتاح البرهان"); a following
  // definite adjective shows a noun phrase instead ("القضية الفلسطينية").
  const isArticleSurname = (k: number, nameLen: number): boolean => {
    const t = tokens[k];
    if (!t || t.punct || covered.has(k) || taken.has(k) || !/^ال[\u0621-\u064A]{3,}$/.test(t.n)) return false;
    const raw = t.raw.replace(/[\u064B-\u0652\u0640]/g, "");
    // A name that is only a compound given name ("عبد الفتاح"، "عبد الحميد") needs its family name, whatever its ending.
    const givenOnly = nameLen === 2 && tokens[k - 2]?.n === "عبد";
    // The tagger's proper noun decides for other endings ("كمال الحداد"، "عاطف البنا").
    if (!givenOnly && !/ي$/.test(raw) && !(/ة$/.test(raw) && nameLen >= 2) && t.pos !== "DTNNP") return false;
    if (COMMON_ADJECTIVES.has(t.n)) return false;
    for (const list of [NAME_STOP, TITLE_HEADS, TITLE_WORDS, TITLE_TAIL, AGENT_NOUNS, ACT_NOUNS])
      if (list.has(t.n)) return false;
    if (verbForms.has(t.n)) return false;
    const next = tokens[k + 1];
    if (next && !next.punct && /^ال.*(ي|يه|يين|يون)$/.test(next.n)) return false;
    return true;
  };
  const out: Mention[] = [];
  const push = (m: Mention): void => {
    for (let k = m.start; k < m.end; k++) taken.add(k);
    out.push(m);
  };

  // Title phrase ending right before token `end` (exclusive): returns the index of its head, or -1.
  const titleStart = (end: number): number => {
    let head = -1;
    let k = end - 1;
    while (k >= 0 && end - k <= 9) {
      const t = tokens[k];
      if (!t) break;
      if (t.n === "،" || t.n === ",") {
        if (k === end - 1) {
          k--;
          continue;
        }
        break;
      }
      if (t.punct || taken.has(k)) break;
      // Another person's name ends the title: "عباس عراقجي رئيس الوزراء القطري".
      // (A mention already consumed has start -1: it covers nothing.)
      if (raw.some((r) => r.entry.via === "person" && r.start >= 0 && r.start <= k && k < r.end)) break;
      // "أمين عام الأمم المتحدة": the indefinite construct of "الأمين العام" ("أمين" alone is also a given name).
      // "كبير المفاوضين الفلسطينيين": the chief of a body of people is a title too.
      const chief = t.n === "كبير" && CHIEF_OF.has(tokens[k + 1]?.n ?? "");
      const isHead = !!cliticIn(t, TITLE_HEADS) || (t.n === "امين" && tokens[k + 1]?.n === "عام") || chief;
      const inRaw = raw.some((r) => r.start >= 0 && r.start <= k && k < r.end);
      // "وزير خارجية الكويت الملك عبدالله الثاني": a minister's title before a king's is another man's — the king's
      // title starts at his own head ("ملك الأردن الملك عبدالله" is one man's).
      // ("نائب الرئيس الأمريكي"، "مبعوث الرئيس": the king's title in construct with the office is the office's.)
      const royal = head >= 0 ? head : end;
      const stateBetween = raw.some((r) => r.start > k && r.end <= royal && r.entry.via !== "person");
      if (isHead && MINISTERIAL_HEADS.has(t.n) && ROYAL_HEADS.has(tokens[royal]?.n ?? "") && stateBetween) break;
      if (isHead) head = k;
      // A head with a preposition on it opens its phrase: "أمير قطر | للرئيس المصري محمد مرسي" are two people.
      if (isHead && cliticIn(t, TITLE_HEADS)?.prep) break;
      // "الرئيس الدكتور محمد مرسي": a courtesy title between the office and the name belongs to the title.
      if (
        isHead ||
        cliticIn(t, TITLE_WORDS) ||
        (COURTESY_TITLES.has(t.n) && head < 0) ||
        inRaw ||
        (t.n === "عام" && tokens[k - 1]?.n === "امين") ||
        (CHIEF_OF.has(t.n) && tokens[k - 1]?.n === "كبير")
      ) {
        k--;
        continue;
      }
      break;
    }
    return head;
  };

  // End of what may follow a nationality inside a title: "الخاص"، "اللواء", and a posting to a region ("المبعوث
  // الأمريكي الخاص إلى الشرق الأوسط"), which names no actor.
  const titleTailEnd = (from: number): number => {
    let k = from;
    for (let tail = 0; tail < 2 && cliticIn(tokens[k], TITLE_TAIL); tail++) k++;
    if (["الي", "لدي"].includes(tokens[k]?.n ?? "") && cliticIn(tokens[k + 1], REGION_WORDS)) {
      k += 2;
      while (k - from < 8 && cliticIn(tokens[k], REGION_WORDS)) k++;
    }
    return k;
  };

  const discoverAfter = ({
    from,
    titleFrom,
    ofId,
  }: {
    from: number;
    titleFrom: number;
    ofId: string | null;
  }): Mention | null => {
    let k = titleTailEnd(from);
    if (tokens[k]?.n === "،" || tokens[k]?.n === ",") k++;
    const nameIdx: number[] = [];
    // Four words, one more for each "بن"/"آل" inside: "راشد بن عبدالله آل خليفة".
    const lineage = (): number => nameIdx.filter((x) => LINEAGE.has(tokens[x]?.raw ?? "")).length;
    while (nameIdx.length < 4 + lineage() && isNameToken(k)) {
      nameIdx.push(k);
      k++;
    }
    // A family name with the article closes the name: "سالم الورفلي"، "عبد الحميد الدبيبة".
    if (nameIdx.length > 0 && nameIdx.length < 4 && isArticleSurname(k, nameIdx.length)) {
      nameIdx.push(k);
      k++;
    }
    // A trailing particle ("أبو" at the end) is not a name; more than 3 words is probably not one either.
    while (nameIdx.length > 0 && NAME_PARTICLES.has(tokens[nameIdx[nameIdx.length - 1] ?? -1]?.n ?? "")) nameIdx.pop();
    const hasParticle = nameIdx.some((x) => NAME_PARTICLES.has(tokens[x]?.n ?? ""));
    if (nameIdx.length < 2 || nameIdx.length > (hasParticle ? 4 + lineage() : 3)) return null;
    const first = nameIdx[0] ?? 0;
    const last = nameIdx[nameIdx.length - 1] ?? 0;
    const nameNorm = nameIdx.map((x) => tokens[x]?.n ?? "").join(" ");
    const nameOrig = nameIdx.map((x) => tokens[x]?.raw ?? "").join(" ");
    const id = `person-${shortId(nameNorm)}`;
    const titleTokens = tokens.slice(titleFrom, first).filter((t) => !t.punct);
    const titleAr = titleTokens.map((t) => t.raw).join(" ");
    if (!ofId && nameIdx.length === 4) return null;
    const known = state.discovered.get(id);
    if (!known && !matcher.actors.has(id)) {
      const person: Actor = {
        id,
        name: transliterate(nameOrig),
        nameAr: nameOrig,
        kind: "PERSON",
        aliases: [],
        roles: [],
        discovered: true,
      };
      if (ofId) {
        person.parent = ofId;
        person.roles.push({ title: englishTitle(titleTokens.map((t) => t.n).join(" ")), titleAr, of: ofId });
      }
      state.discovered.set(id, person);
    } else if (known && ofId && !known.parent) {
      // A later mention with a nationality completes a person first met without one.
      known.parent = ofId;
      known.roles.push({ title: englishTitle(titleTokens.map((t) => t.n).join(" ")), titleAr, of: ofId });
    }
    registerShortForms({ state, personId: id, names: [nameIdx.map((x) => tokens[x]?.n ?? "")] });
    return {
      actorId: id,
      start: titleFrom,
      end: last + 1,
      // (A strong title may be no head of a title phrase: "والسناتور X" still coordinates X.)
      ...prepBefore({
        tokens,
        start: titleFrom,
        reading: cliticIn(tokens[titleFrom], TITLE_HEADS) ?? cliticIn(tokens[titleFrom], STRONG_TITLES),
      }),
      via: "discovered",
      place: null,
      confidence: 0.75,
    };
  };

  // People first: a title before a name ("بنائب وزير الخارجية الروسي ميخائيل بوغدانوف") belongs to the person, not to
  // the nationality inside it.
  const order = [...raw.keys()].sort((a, b) => {
    const pa = raw[a]?.entry.via === "person" ? 0 : 1;
    const pb = raw[b]?.entry.via === "person" ? 0 : 1;
    return pa - pb || a - b;
  });
  for (const ri of order) {
    const m = raw[ri] as RawMatch;
    if (m.start < 0 || [...Array(m.end - m.start).keys()].some((d) => taken.has(m.start + d))) continue;
    const id = m.entry.actorId;
    if (id === null) continue;
    const via = m.entry.via;
    const actor = matcher.actors.get(id);
    if (via === "person") {
      // The person's given name spelt another way before the matched family name ("وليم هيج" for "ويليام هيغ"): a
      // proper noun that starts and ends as one of the person's given names does.
      const spelt = tokens[m.start - 1];
      if (
        spelt &&
        /NNP/.test(spelt.pos ?? "") &&
        !taken.has(m.start - 1) &&
        !covered.has(m.start - 1) &&
        (matcher.personNames.get(id ?? "") ?? []).some(
          (n) => n.length >= 2 && n[0] !== spelt.n && sameSkeletonEnds(n[0] ?? "", spelt.n),
        )
      )
        m.start--;
      const head = titleStart(m.start);
      // "مبعوث نتنياهو"، "مستشار أوباما": an aide's indefinite title right before a name makes the name a genitive,
      // someone else's principal, and no participant ("مبعوث نتنياهو يجري محادثات" is the envoy's talks).
      const aide = head === m.start - 1 ? cliticIn(tokens[head], AIDE_HEADS) : null;
      if (aide && !aide.prep) {
        for (let k = head; k < m.end; k++) taken.add(k);
        continue;
      }
      const start = head >= 0 ? head : m.start;
      for (const other of raw) if (other !== m && other.start >= start && other.end <= m.start) other.start = -1;
      if (actor && m.end - m.start >= 2)
        registerShortForms({ state, personId: id, names: [tokens.slice(m.start, m.end).map((t) => t.n)] });
      push({
        actorId: id,
        start,
        end: m.end,
        ...prepBefore({ tokens, start: start, reading: head >= 0 ? cliticIn(tokens[head], TITLE_HEADS) : m.reading }),
        via,
        place: null,
        confidence: 0.95,
      });
      continue;
    }
    // Agent noun before the match: "مسؤولين روس", "وفد من حركة حماس", "ممثلي حماس", "كبار الدبلوماسيين الروس".
    let agentAt = -1;
    {
      let j = m.start - 1;
      if (via !== "nisba" && via !== "nisbaPlural" && ["من", "في", "عن"].includes(tokens[j]?.n ?? "")) j--;
      let adj = 0;
      while (adj < 2 && tokens[j] && AGENT_ADJECTIVES.has(tokens[j]?.n ?? "")) {
        j--;
        adj++;
      }
      const nisba = via === "nisba" || via === "nisbaPlural";
      // What an actor owns and an attack strikes, in construct with its name or followed by "لـ" and the name:
      // "مواقع تنظيم القاعدة"، "قاعدة عسكرية للجيش الكيني" (never after "في": "مواقع في أرمينيا" is a place).
      const owned =
        !nisba &&
        j === m.start - 1 - adj &&
        (m.reading?.prep === "ل" || (adj === 0 && !/^(ال|[وف]?[بل]ل)/.test(tokens[j]?.n ?? "")));
      // A town named with its state's nationality is that state's: "صواريخ على مدينة عسقلان الإسرائيلية".
      const town =
        nisba &&
        j === m.start - 1 &&
        /NNP/.test(tokens[j]?.pos ?? "") &&
        !taken.has(j) &&
        !covered.has(j) &&
        !!cliticIn(tokens[j - 1], PLACE_NOUNS) &&
        !taken.has(j - 1);
      if (town) {
        agentAt = j - 1;
      } else if (
        (cliticIn(tokens[j], AGENT_NOUNS) || ((nisba || owned) && cliticIn(tokens[j], TARGET_NOUNS))) &&
        !taken.has(j)
      ) {
        agentAt = j;
        // Coordinated agents share the nationality: "نواب ودبلوماسيون فرنسيون".
        if (/^و/.test(tokens[j]?.n ?? "") && cliticIn(tokens[j - 1], AGENT_NOUNS) && !taken.has(j - 1)) agentAt = j - 1;
      }
      // Acts with a nationality: "بالغارات الإسرائيلية" (never with "من": "الهجوم من لبنان" is a place), also past
      // one definite adjective: "بالعملية العسكرية الإسرائيلية"، "الغارات الجوية الإسرائيلية".
      else if (
        j === m.start - 1 &&
        (via === "nisba" || via === "nisbaPlural") &&
        // (An indefinite accusative act agrees with an accusative nationality: "رفض نتنياهو مقترحا مصريا".)
        (cliticIn(tokens[j], ACT_NOUNS) ||
          (/ا$/.test(tokens[m.start]?.n ?? "") && ACT_NOUNS.has((tokens[j]?.n ?? "").replace(/ا$/, "")))) &&
        !taken.has(j)
      ) {
        agentAt = j;
      } else if (
        j === m.start - 1 &&
        (via === "nisba" || via === "nisbaPlural") &&
        /^ال/.test(tokens[j]?.n ?? "") &&
        !taken.has(j) &&
        !taken.has(j - 1) &&
        cliticIn(tokens[j - 1], ACT_NOUNS) &&
        ACT_ADJECTIVES.has(tokens[j]?.n ?? "")
      ) {
        agentAt = j - 1;
      } else if (
        // Coordinated after another nationality: "المساعي الغربية والأميركية" are America's efforts too.
        j === m.start - 1 &&
        (via === "nisba" || via === "nisbaPlural") &&
        /^و/.test(tokens[m.start]?.n ?? "") &&
        /^ال\S{3,}(ي|يه)$/.test(tokens[j]?.n ?? "") &&
        !taken.has(j - 1) &&
        cliticIn(tokens[j - 1], ACT_NOUNS)
      ) {
        agentAt = j - 1;
      }
    }
    // A nationality after a city describes the city: "في مدينة جدة السعودية" names a place, not Saudi Arabia acting.
    // (So does "السعودية", the country's name spelt as its nationality.)
    const nisbaShaped =
      via === "nisba" || via === "nisbaPlural" || (via === "name" && /^ال\S+(ي|يه)$/.test(tokens[m.start]?.n ?? ""));
    if (
      nisbaShaped &&
      agentAt < 0 &&
      m.end - m.start === 1 &&
      raw.some((r) => r.start >= 0 && r.end === m.start && (r.entry.via === "city" || r.entry.via === "capital"))
    )
      continue;
    if (via === "nisba" || via === "nisbaPlural") {
      const titleHead = titleStart(m.start);
      if (titleHead >= 0 && (agentAt < 0 || agentAt === titleHead)) {
        // Title + nationality: a new person when a name follows ("السفير الروسي لدى إسرائيل أناتولي فيكتوروف").
        let after = m.end;
        const next = raw[ri + 1];
        // "إلى" names a posting only after an envoy ("المبعوث الأممي إلى سوريا"), not after a traveller ("وصل وزير
        // الخارجية الأمريكي إلى الصين").
        const postPreps = cliticIn(tokens[titleHead], ENVOY_HEADS) ? ["لدي", "في", "الي"] : ["لدي", "في"];
        const host = next && next.start === m.end + 1 && postPreps.includes(tokens[m.end]?.n ?? "") ? next : undefined;
        if (host) after = host.end;
        const person = discoverAfter({ from: after, titleFrom: titleHead, ofId: id });
        if (person) {
          if (host) {
            host.start = -1;
            if (host.entry.actorId) person.host = host.entry.actorId;
          }
          push(person);
          continue;
        }
        // The posting belongs to the title ("المبعوث الأممي إلى سوريا"): it is neither a participant nor a place.
        // Not after "في", which may well be where the event took place ("السفير القطري في الدوحة").
        const postedTo = host && tokens[m.end]?.n !== "في" ? host : undefined;
        // Without a posting to a state, the title still spans its tail ("الخاص إلى الشرق الأوسط").
        const tailEnd = titleTailEnd(m.end);
        const titleEnd = postedTo ? postedTo.end : tailEnd > m.end && !covered.has(tailEnd - 1) ? tailEnd : m.end;
        const posted: Mention =
          agentAt >= 0
            ? {
                actorId: id,
                start: agentAt,
                end: titleEnd,
                ...prepBefore({
                  tokens,
                  start: agentAt,
                  // The act noun carries the preposition too: "رحبت بالجهود القطرية" welcomes Qatar.
                  reading: agentReading(tokens[agentAt]),
                }),
                via: "agent",
                place: null,
                confidence: 0.8,
              }
            : {
                actorId: id,
                start: titleHead,
                end: titleEnd,
                ...prepBefore({ tokens, start: titleHead, reading: cliticIn(tokens[titleHead], TITLE_HEADS) }),
                via: "title",
                place: null,
                confidence: 0.8,
              };
        if (postedTo) {
          postedTo.start = -1;
          if (postedTo.entry.actorId) posted.host = postedTo.entry.actorId;
        }
        push(posted);
        continue;
      }
      if (agentAt >= 0) {
        push({
          actorId: id,
          start: agentAt,
          end: m.end,
          ...prepBefore({ tokens, start: agentAt, reading: agentReading(tokens[agentAt]) }),
          via: "agent",
          place: null,
          confidence: 0.8,
        });
        continue;
      }
      // A coordinated nationality after an accepted one: "وزيرا الدفاع الروسي والقطري".
      const prev = out[out.length - 1];
      if (prev && prev.end === m.start && m.reading.conj === "و" && (prev.via === "title" || prev.via === "agent")) {
        push({
          actorId: id,
          start: m.start,
          end: m.end,
          prep: prev.prep,
          conj: true,
          via: "title",
          place: null,
          confidence: 0.75,
        });
        continue;
      }
      // The definite plural names the people ("الفلسطينيين", "الروس"); a feminine dual describes a noun before it
      // ("القناتين المغربيتين").
      const described = /يت(ين|ان)$/.test(m.entry.tokens[0] ?? "");
      // A number of them is a crowd, not the people: "تظاهر العشرات من المصريين"، "آلاف الفلسطينيين".
      const crowd = QUANTITY_WORDS.has(tokens[tokens[m.start - 1]?.n === "من" ? m.start - 2 : m.start - 1]?.n ?? "");
      if (
        !described &&
        !crowd &&
        m.entry.tokens[0]?.startsWith("ال") &&
        (via === "nisbaPlural" || /(ين|ون)$/.test(m.entry.tokens[0] ?? ""))
      ) {
        push({
          actorId: id,
          start: m.start,
          end: m.end,
          ...prepBefore({ tokens, start: m.start, reading: m.reading }),
          via,
          place: null,
          confidence: 0.7,
        });
      }
      continue;
    }
    // Title + a named state or body: "وزير خارجية روسيا"، "المتحدث باسم الخارجية الإيرانية"، "رئيس حركة حماس".
    if (agentAt < 0 && via !== "city") {
      const head = titleStart(m.start);
      if (head >= 0 && head < m.start) {
        // A posting may come between the title and the name, as after a nationality: "سفير الصين في لبنان وو جيشان".
        const next = raw[ri + 1];
        const postPreps = cliticIn(tokens[head], ENVOY_HEADS) ? ["لدي", "في", "الي"] : ["لدي", "في"];
        const host = next && next.start === m.end + 1 && postPreps.includes(tokens[m.end]?.n ?? "") ? next : undefined;
        // (Not a king after a minister's title: see titleStart.)
        const kingAfter = MINISTERIAL_HEADS.has(tokens[head]?.n ?? "") && ROYAL_HEADS.has(tokens[m.end]?.n ?? "");
        const person =
          (kingAfter ? null : discoverAfter({ from: m.end, titleFrom: head, ofId: id })) ??
          (host && cliticIn(tokens[head], ENVOY_HEADS)
            ? discoverAfter({ from: host.end, titleFrom: head, ofId: id })
            : null);
        if (person) {
          if (host && person.end > host.end) {
            host.start = -1;
            if (host.entry.actorId) person.host = host.entry.actorId;
          }
          push(person);
          continue;
        }
        push({
          actorId: id,
          start: head,
          end: m.end,
          ...prepBefore({ tokens, start: head, reading: cliticIn(tokens[head], TITLE_HEADS) }),
          via: "title",
          place: null,
          confidence: 0.85,
        });
        continue;
      }
    }
    const start = agentAt >= 0 ? agentAt : m.start;
    const pb = prepBefore({
      tokens,
      start: start,
      reading: agentAt >= 0 ? agentReading(tokens[agentAt]) : m.reading,
    });
    let place: Mention["place"] = null;
    const isGeo = via === "capital" || via === "city" || (via === "name" && actor?.kind === "COUNTRY");
    // "بالرياض" is "in Riyadh": ب before a city is locative.
    const locative = pb.prep !== null && (PLACE_PREPS.has(pb.prep) || (pb.prep === "ب" && via !== "name"));
    if (isGeo && agentAt < 0 && locative) {
      place = m.entry.place ?? { name: actor?.name ?? id, nameAr: actor?.nameAr ?? id };
    }
    // "بريف دمشق"، "في مدينة حمص": a name after a place noun is that place, never the state acting.
    const placeNoun = tokens[start - 1]?.n ?? "";
    if (
      isGeo &&
      agentAt < 0 &&
      [placeNoun, placeNoun.replace(/^[وف]/, ""), placeNoun.replace(/^[وف]?[بلك]/, "")].some((w) => PLACE_NOUNS.has(w))
    ) {
      place = m.entry.place ?? { name: actor?.name ?? id, nameAr: actor?.nameAr ?? id };
    }
    // Other cities are places only: "غزة" does not act, "تل أبيب"/"موسكو" (capitals) do.
    if (via === "city" && agentAt < 0) place = m.entry.place ?? null;
    // A dateline ("بيروت -"، "تل أبيب (وكالات) -") names where the story was filed.
    if (isGeo && m.start === 0 && ["-", "–", "(", ":", "/"].includes(tokens[m.end]?.n ?? "")) {
      place = m.entry.place ?? { name: actor?.name ?? id, nameAr: actor?.nameAr ?? id };
    }
    push({
      actorId: id,
      start,
      end: m.end,
      ...pb,
      via: agentAt >= 0 ? "agent" : via,
      place,
      confidence: via === "capital" ? 0.8 : 0.9,
    });
  }

  // A title without nationality before a full name: "استقبل الرئيس عبد المجيد تبون،" (national news leaves the
  // state implicit). The person gets no affiliation rather than a guessed one.
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k) || covered.has(k) || !cliticIn(tokens[k], STRONG_TITLES)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && !taken.has(j) && !covered.has(j) && cliticIn(tokens[j], TITLE_WORDS)) {
      if (["في", "لدي"].includes(tokens[j]?.n ?? "")) break;
      j++;
    }
    if (covered.has(j) || taken.has(j)) continue;
    const person = discoverAfter({ from: j, titleFrom: k, ofId: null });
    if (person) {
      push(person);
      k = person.end - 1;
    }
  }

  // A dictionary person's family name after a title, the way news refers to the well known ("الرئيس عباس"، "الرئيس
  // الأسد") without ever giving the full name. Only names that one dictionary person has.
  const surnames = familyNames(matcher);
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k];
    if (!tok || taken.has(k) || covered.has(k) || taken.has(k - 1) || !cliticIn(tokens[k - 1], STRONG_TITLES)) continue;
    const id = surnames.get(tok.n);
    // A proper noun right after continues the name, unless a conjunction starts it ("الرئيس عباس وإنها/NNP").
    const next = tokens[k + 1];
    const continues = !!next && /NNP/.test(next.pos ?? "") && !/^[وف]/.test(next.n);
    if (!id || state.shortForms.get(tok.n) === null || continues) continue;
    // "الرئيس محمد عباس" is someone else: a given name between title and surname is not this pass's business.
    push({
      actorId: id,
      start: k - 1,
      end: k + 1,
      ...prepBefore({ tokens, start: k - 1, reading: cliticIn(tokens[k - 1], STRONG_TITLES) }),
      via: "short",
      place: null,
      confidence: 0.7,
    });
  }

  // Short forms of people named earlier in the article ("فيكتوروف" after "أناتولي فيكتوروف").
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k) || covered.has(k)) continue;
    const tok = tokens[k];
    if (!tok || tok.punct) continue;
    for (const len of [2, 1]) {
      if ([...Array(len).keys()].some((d) => taken.has(k + d) || covered.has(k + d) || tokens[k + d]?.punct)) continue;
      // A short form inside a longer "A بن B" chain is part of another name ("عبدالله بن حمد آل ثاني").
      if (NASAB.has(tokens[k - 1]?.n ?? "") || NASAB.has(tokens[k + len]?.n ?? "")) continue;
      const rest = tokens.slice(k + 1, k + len).map((t) => t.n);
      let hit: { id: string; r: StrippedForm } | null = null;
      for (const r of procliticReadings(tok.n).filter((x) => !x.article)) {
        const key = [r.form, ...rest].join(" ");
        const id = state.shortForms.get(key);
        // (Its hamza tells "بأن" from "بان": normalising merges them.)
        const merged = len === 1 && !!state.familyFirst?.has(key) && /[أإآؤئء]/.test(tok.raw);
        if (id && !merged) {
          hit = { id, r };
          break;
        }
        // "اتصل بطه أشخاص" after "طه مصطفى كلثوم": a first name alone, where no other name follows it.
        const given = len === 1 ? state.givenForms?.get(key) : undefined;
        const next = tokens[k + 1];
        if (
          given &&
          (!tok.pos || /NNP/.test(tok.pos)) &&
          !/NNP/.test(next?.pos ?? "") &&
          !GIVEN_NAMES.has(next?.n ?? "")
        ) {
          hit = { id: given, r };
          break;
        }
      }
      // "دي ميزير" after "توماس دي ميزيير": a foreign name spelt again with a long vowel more or less, where the tagger
      // reads a proper noun and only one person's short form has that skeleton.
      // (Never a word with the article, which native names and common words carry: "السيد" is no "الأسد".)
      if (!hit && /NNP/.test(tokens[k + len - 1]?.pos ?? "") && !/^ال/.test(tok.n) && !HONORIFIC_WORDS.has(tok.n)) {
        const key = [tok.n, ...rest].join(" ");
        const target = vowelSkeleton(key);
        if (target.replace(/ /g, "").length < 4) continue;
        const ids = new Set(
          [...state.shortForms]
            .filter(([other, id]) => id && other !== key && vowelSkeleton(other) === target)
            .map(([, id]) => id),
        );
        const [only] = ids;
        if (ids.size === 1 && only) hit = { id: only, r: { form: tok.n, conj: "", prep: "", article: false } };
      }
      if (!hit) continue;
      // "الشعب العربي" is no "نبيل العربي": a surname with the article right after a definite noun other than a
      // title is that noun's adjective, and so is one coordinated with an adjective ("المبعوث الأممي والعربي").
      const before = tokens[k - 1];
      if (
        len === 1 &&
        hit.r.form.startsWith("ال") &&
        before &&
        !before.punct &&
        (!taken.has(k - 1) || hit.r.conj) &&
        (before.pos ? /^DT/.test(before.pos) : before.n.startsWith("ال")) &&
        !cliticIn(before, TITLE_HEADS) &&
        !cliticIn(before, STRONG_TITLES)
      )
        continue;
      // "منصور الزنداني" is not "عبد ربه منصور هادي": a family name with the article right after a one-word short
      // form makes it someone else's given name.
      const after = tokens[k + len];
      if (len === 1 && after?.pos === "DTNNP" && /^ال\S{3,}ي$/.test(after.n) && !covered.has(k + len)) continue;
      // "حسين عبدالرازق" is not "محمود حسين": a short form that is also a given name, with a proper noun after it,
      // starts someone else's name — unless a title says who it is ("الرئيس سليمان"), or the word after is no name
      // (a clitic preposition or conjunction before it, a pronoun after it: "سليمان بمداخلة"، "عباس لكنها").
      if (
        len === 1 &&
        GIVEN_NAMES.has(hit.r.form) &&
        titleStart(k) < 0 &&
        /NNP/.test(after?.pos ?? "") &&
        !/^[وفبلك]|(ها|هم|هما|كم|نا)$/.test(after?.n ?? "") &&
        !covered.has(k + 1) &&
        !taken.has(k + 1)
      )
        continue;
      // "محمد باقري" is not "علي باقري كني": a different given name right before the surname is another person.
      const prevTok = tokens[k - 1];
      // (Not the preposition "على", which normalises to the given name "علي": "أن على الأسد مغادرة السلطة".)
      const preposition = prevTok?.n === "علي" && (/ى$/.test(prevTok.raw) || prevTok.pos === "IN");
      // "وحسين الحاج حسن" is not "علي حسن خليل": a given name and "الحاج" before the short form make it someone
      // else's family name.
      const given2 = tokens[k - 2]?.n.replace(/^[وف](?=\S{3,})/, "") ?? "";
      if (len === 1 && prevTok?.n === "الحاج" && !taken.has(k - 2) && GIVEN_NAMES.has(given2)) break;
      // The person's own given name right before it is part of the name repeated in full: "جون فيليكس باغنون" again.
      // (With its conjunction: "محمد فنيش وحسين الحاج حسن".)
      const givenReading =
        prevTok && !taken.has(k - 1) && !covered.has(k - 1)
          ? procliticReadings(prevTok.n).find((r) => !r.article && !r.prep && state.givenForms?.get(r.form) === hit.id)
          : undefined;
      const ownGiven = !!givenReading;
      if (prevTok && !taken.has(k - 1) && GIVEN_NAMES.has(prevTok.n) && !preposition && !ownGiven) {
        const names = matcher.personNames.get(hit.id) ?? [];
        const given = new Set(names.map((n) => n[0]));
        const disc = state.discovered.get(hit.id);
        if (disc) given.add(disc.nameAr.split(/\s+/)[0] ?? "");
        if (!given.has(prevTok.n)) break;
      }
      const head = titleStart(ownGiven ? k - 1 : k);
      const start = head >= 0 ? head : ownGiven ? k - 1 : k;
      push({
        actorId: hit.id,
        start,
        end: k + len,
        ...prepBefore({
          tokens,
          start: start,
          reading: head >= 0 ? cliticIn(tokens[head], TITLE_HEADS) : (givenReading ?? hit.r),
        }),
        via: "short",
        place: null,
        confidence: 0.8,
      });
      k += len - 1;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that open a body's name and are also adjectives ("الخارجية": foreign ministry, or "foreign"). */
const BODY_ADJECTIVES = new Set(["الخارجية", "الداخلية"].map(normalizeArabic));

/** A definite noun that an adjective after it describes: "السياسة" (not a title: "وزير الخارجية"). */
function describes(prev: Token | undefined): boolean {
  if (!prev || prev.punct || !prev.n.startsWith("ال")) return false;
  return /^DTNN/.test(prev.pos ?? "") && !TITLE_HEADS.has(prev.n) && !TITLE_WORDS.has(prev.n);
}

/** Heads after which a country name that is also an adjective is the country: "شمال مالي"، "جمهورية مالي". */
const COUNTRY_HEADS = new Set([
  ...DIRECTIONS,
  ...["جمهورية", "دولة", "حكومة", "رئيس", "عاصمة", "أراضي", "حدود"].map(normalizeArabic),
]);

/**
 * A match that is an adjective of the noun before it, and where reading resumes then (null: it is a name):
 * - "نظام مالي"، "اتحاد مصرفي ومالي": a country name that is also a common adjective (مالي, "financial") right after
 *   an indefinite noun or adjective is that adjective (skipped whole);
 * - "السياسة الخارجية الأمريكية"، "الشؤون الداخلية السورية": a body's first word after a definite noun describes it;
 *   the nationality after it is read on its own.
 */
function adjectiveReading(tokens: Token[], m: RawMatch): number | null {
  const prev = tokens[m.start - 1];
  if (m.end - m.start > 1) return BODY_ADJECTIVES.has(tokens[m.start]?.n ?? "") && describes(prev) ? m.start + 1 : null;
  if (!NAMES_ALSO_ADJECTIVES.has(m.reading.form) || m.reading.prep) return null;
  if (!prev || prev.punct || COUNTRY_HEADS.has(prev.n.replace(/^[وفبل]/, ""))) return null;
  return /^(NN|NNS|JJ)$/.test(prev.pos ?? "") && !prev.n.startsWith("ال") ? m.end : null;
}

const surnameCache = new WeakMap<ActorMatcher, Map<string, string>>();

/** Last words of dictionary people's names that belong to one person only (family name → person id). */
function familyNames(matcher: ActorMatcher): Map<string, string> {
  let out = surnameCache.get(matcher);
  if (out) return out;
  const owners = new Map<string, Set<string>>();
  for (const [id, names] of matcher.personNames) {
    for (const toks of names) {
      const last = toks[toks.length - 1];
      if (
        toks.length < 2 ||
        !last ||
        last.length < 3 ||
        NAME_PARTICLES.has(last) ||
        REGNAL_ORDINALS.has(last) ||
        PREP_WORDS.has(last)
      )
        continue;
      const set = owners.get(last) ?? new Set<string>();
      set.add(id);
      owners.set(last, set);
    }
  }
  out = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([w, ids]) => [w, [...ids][0] ?? ""]));
  surnameCache.set(matcher, out);
  return out;
}

/** Records the short forms of a person named in full: the name without its first word, and the last word. */
export function registerShortForms({
  state,
  personId,
  names,
}: {
  state: ArticleActorState;
  personId: string;
  names: string[][];
}): void {
  for (const named of names) {
    // A title the name was matched with ("اللواء علي محسن") is no part of it: its given name is no short form.
    let lead = 0;
    while (lead < named.length - 1 && [TITLE_HEADS, RANK_TITLES, HONORIFIC_WORDS].some((l) => l.has(named[lead] ?? "")))
      lead++;
    const toks = named.slice(lead);
    if (toks.length < 2) continue;
    const first = toks[0] ?? "";
    if (toks.length >= 3 && first.length >= 2 && !NAME_PARTICLES.has(first) && !NAME_PARTICLES.has(toks[1] ?? "")) {
      state.givenForms ??= new Map();
      const prev = state.givenForms.get(first);
      state.givenForms.set(first, prev === undefined || prev === personId ? personId : null);
    }
    // Every later name word is a key too, so that two people sharing one ("باقري") make it ambiguous.
    // A two-word name repeated in full is a short form too: "إسلام كاريموف" again, not "كاريموف" after "إسلام".
    const keys = new Set<string>([toks.slice(1).join(" "), ...(toks.length === 2 ? [toks.join(" ")] : [])]);
    // An East Asian name puts the family name first, its given name written as two short syllables: "بان كي مون" is
    // "بان" again ("وحذر بان من أن …").
    const syllables = toks.slice(1);
    if (
      toks.length === 3 &&
      syllables.every((w) => w.length <= 3 && !w.startsWith("ال") && !NAME_PARTICLES.has(w)) &&
      !NAME_PARTICLES.has(first)
    ) {
      keys.add(first);
      (state.familyFirst ??= new Set()).add(first);
    }
    for (let i = 1; i < toks.length; i++) {
      const w = toks[i] ?? "";
      if (!NAME_PARTICLES.has(toks[i - 1] ?? "") && !NAME_PARTICLES.has(w)) keys.add(w);
    }
    for (const key of keys) {
      // (Nor a word that is also a preposition: "علي" in "أحمد علي عبدالله صالح" is "على" once normalised.)
      if (key.length < 3 || NAME_PARTICLES.has(key) || REGNAL_ORDINALS.has(key) || PREP_WORDS.has(key)) continue;
      const prev = state.shortForms.get(key);
      if (prev === undefined) state.shortForms.set(key, personId);
      else if (prev !== personId) state.shortForms.set(key, null);
    }
  }
}

/** A name without its long vowels after the first letter and without doubled letters: "ميزيير" and "ميزير" alike. */
function vowelSkeleton(name: string): string {
  return name
    .split(" ")
    .map((w) => (w.slice(0, 1) + w.slice(1).replace(/[اويى]/g, "")).replace(/(.)\1+/g, "$1"))
    .join(" ");
}

/** Whether two spellings of a foreign name start and end with the same letters and differ little in length. */
function sameSkeletonEnds(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && a[0] === b[0] && a.at(-1) === b.at(-1) && Math.abs(a.length - b.length) <= 2;
}
