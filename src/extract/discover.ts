/**
 * Actors beyond the dictionary, found from the text and its part-of-speech tags: organisations by their head noun
 * ("نادي قضاة مصر"، "حزب التجمع الوطني للأحرار"، "لواء الإسلام"), quoted group names after a group noun
 * ("نواب “النهضة”"), and people from proper-noun runs ("حامد/NNP كرزاي/NNP"), with later surname-only mentions of
 * the same person resolved within the article. Arabic has no capital letters: the tagger's NNP is the main signal
 * that a word is a name, and closed word lists keep its errors out. Pure.
 */
import { shortId } from "./hash.js";
import { actorNamed, localBody, nisbaActor, type ActorMatcher } from "./dictionary.js";
import { registerShortForms, type ArticleActorState, type Mention } from "./actors.js";
import { transliterate } from "./transliterate.js";
import type { Token } from "./tokens.js";
import type { Actor, ActorKind } from "./types.js";
import {
  COMPLEMENTIZERS,
  COURTESY_TITLES,
  COUNTERPARTS,
  AIDE_HEADS,
  BODY_HEADS,
  FORMER_HOLDER,
  AGENT_NOUNS,
  GIVEN_NAMES as GIVEN,
  GROUP_HEADS,
  MEMBER_NOUNS,
  NAME_PARTICLES,
  NAME_STOP,
  PLACE_NOUNS,
  PREP_WORDS,
  SAYING,
  TITLE_HEADS,
  TITLE_WORDS,
  isPrepositionalMasdar,
} from "./words.js";
import { normalizeArabic, procliticReadings } from "./normalize.js";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Head nouns of named groups and bodies, with the kind they make. Normalised, without the article. */
const ORG_HEADS = new Map<string, ActorKind>([
  ...[...GROUP_HEADS].map((w) => [w, "ORGANIZATION" as ActorKind] as const),
  ...[...BODY_HEADS].map((w) => [w, "GOVERNMENT_BODY" as ActorKind] as const),
]);

/** Words that never continue an organisation name. */
const ORG_STOP = set(`
في من إلى الى على عن مع لدى بين قد إن أن بأن لأن إنه أنه كان كانت الذي التي الذين و أو ثم لكن بل حيث بعد قبل
خلال عند منذ حتى أمس اليوم يوم أيضا كذلك هذا هذه ذلك تلك كل بعض أي غير عدم ضد نحو حول عبر وقال قال قالت أكد
أمام امام بشأن حيال تجاه بسبب رغم إثر عقب جراء ضمن سابقا الأسبق السابق حاليا رئيس وزير الأمين نائب
إحدى أحد إحدى بعد ذات
الهجوم الهجمات الغارات الغارة القصف الاعتداء الاعتداءات التفجير التفجيرات مسؤولية المسؤولية
الذراع ذراع الجناح جناح
`);

/** Adjectives that may end a group name but never start one (a group needs a name word after its head). */
/** Adjectives of an institution after which its remit follows in its name ("الهيئة الوطنية للإعلام"). */
const INSTITUTION_ADJECTIVES = set(`
الوطني الوطنية الأعلى العليا المستقل المستقلة العام العامة الدولي الدولية المركزي المركزية القومي القومية الاتحادي
الاتحادية الاستشاري الاستشارية
`);

const GENERIC_TAILS = set(
  "العام العامة الجديد الجديدة الحاكم الحاكمة الأول الثاني المذكور المذكورة نفسه نفسها المدعوم المدعومة المدعومين المدعومون",
);

const CLITIC = /^([وف]?)(?:(ب|ل|ك)(?=ال)|(لل))?/u;

/** A word that describes the person named before it ("أحمد دراج القيادي بالجمعية"، "… الرئيس الأسبق"). */
function appositive(t: Token | undefined): boolean {
  const n = t?.n ?? "";
  return TITLE_HEADS.has(n) || TITLE_WORDS.has(n) || HONORIFICS.has(n) || AGENT_NOUNS.has(n) || FORMER_HOLDER.has(n);
}

/** The token's normalised form without a leading conjunction or preposition before the article. */
function stem(n: string): { form: string; prep: string | null; conj: boolean } {
  const m = CLITIC.exec(n);
  const conj = Boolean(m?.[1]);
  let form = n.slice((m?.[0] ?? "").length);
  let prep = m?.[2] ?? null;
  if (m?.[3]) {
    form = `ال${form}`;
    prep = "ل";
  }
  return { form, prep, conj };
}

/** A group or body head read whole: "وزارة"، "وكالة" start with the letter of a conjunction but have none to lose. */
function headStem(n: string): ReturnType<typeof stem> {
  if (ORG_HEADS.has(n.replace(/^ال/, ""))) return { form: n, prep: null, conj: false };
  return cliticHead(n) ?? stem(n);
}

/** Statements whose "لـ" names their author: "بيان لحزب الاستقلال"، "بلاغ لحركة …". */
const AUTHORED_BY = set("بيان بلاغ");

/** Verbs of naming: "ما يسمى بقوات الجبهة الثورية". */
const NAMING = set("يسمى تسمى سمي سميت يدعى تدعى");

/** An indefinite head with a clitic preposition ("لحزب"، "بحركة"), read without it; null for any other word. */
function cliticHead(n: string): ReturnType<typeof stem> | null {
  const m = /^([وف]?)([بلك])(\S{3,})$/.exec(n);
  if (!m?.[3] || !ORG_HEADS.has(m[3]) || ORG_HEADS.has(n.replace(/^[وف]/, ""))) return null;
  return { form: m[3], prep: m[2] ?? null, conj: Boolean(m[1]) };
}

const isProper = (t: Token | undefined): boolean => !!t && (t.pos === "NNP" || t.pos === "DTNNP" || t.pos === "NNPS");
const isVerb = (t: Token | undefined): boolean => !!t?.pos && /^VB/.test(t.pos);
const isWord = (t: Token | undefined): boolean => !!t && !t.punct && /^[\u0621-\u064A]{2,}$/.test(t.n);
const nominal = (t: Token | undefined): boolean =>
  !!t && !!t.pos && /^(DT)?(NN|NNS|NNP|NNPS|JJ|ADJ|NOUN)/.test(t.pos) && t.pos !== "NOUN_QUANT";

/** A participant mention (never a place) found by discovery. */
function mentionOf(m: Omit<Mention, "place">): Mention {
  return { ...m, place: null };
}

/** Per-article memory of discovered names: full names and the surnames that later stand for them. */
export interface DiscoveryState {
  actors: Map<string, Actor>;
  /** normalised surname (or given+surname) → actor id; null when two discovered people share it. */
  shortNames: Map<string, string | null>;
  /** A title last used with a person's name ("الرئيس محمد مرسي"): what the bare title ("الرئيس") then means. */
  titles: Map<string, string>;
  /** Titles of several words used without a name before any person was named with them (a headline's "وزير الاتصالات"). */
  unresolved: Set<string>;
}

/** A fresh per-article discovery state; `ahead` holds titles the article names people with later. */
export function newDiscoveryState(ahead?: ReadonlyMap<string, string>): DiscoveryState {
  return { actors: new Map(), shortNames: new Map(), titles: new Map(ahead ?? []), unresolved: new Set() };
}

function orgActor(params: {
  tokens: Token[];
  from: number;
  to: number;
  kind: ActorKind;
  parent?: string;
  /** The country a body named generically belongs to ("قوات الأمن"، "المحكمة الدستورية"), with its English name. */
  scope?: { id: string; name: string };
}): Actor {
  const { tokens, from, to, kind, scope } = params;
  const words = tokens.slice(from, to);
  const nameAr = words
    .map((t, i) => {
      if (i > 0) return t.raw;
      // The conjunction the head was read without ("ومؤسسة الرئاسة") is no part of the name, as the id says.
      const h = headStem(t.n);
      const raw = h.conj ? t.raw.replace(/^[وف]/, "") : t.raw;
      // Nor is the preposition on an indefinite head ("لحزب الاستقلال").
      if (h.prep && !/^ال/.test(h.form)) return raw.replace(/^[بلك]/, "");
      return raw.replace(/^(ب|ل|ك)?(?=ال)|^لل/, (p) => (p.endsWith("لل") ? "ال" : ""));
    })
    .join(" ")
    .replace(/[“”"«»]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const norm = words.map((t, i) => (i === 0 ? headStem(t.n).form : t.n)).join(" ");
  const actor: Actor = {
    id: `org-${shortId(scope ? `${norm} ${scope.id}` : norm)}`,
    name: scope ? `${transliterate(nameAr)} (${scope.name})` : transliterate(nameAr),
    nameAr,
    kind,
    aliases: [],
    roles: [],
    discovered: true,
  };
  if (params.parent ?? scope) actor.parent = params.parent ?? scope?.id;
  return actor;
}

/** The country a nisba adjective inside a name points to ("مجلس الشيوخ الأميركي" → USA). */
function countryIn(params: { tokens: Token[]; from: number; to: number; matcher: ActorMatcher }): string | undefined {
  for (let k = params.from; k < params.to; k++) {
    const t = params.tokens[k];
    if (!t) continue;
    for (const e of params.matcher.byFirst.get(t.n) ?? []) {
      if ((e.via === "nisba" || e.via === "name") && e.tokens.length === 1 && e.actorId) {
        const a = params.matcher.actors.get(e.actorId);
        if (a?.kind === "COUNTRY") return a.id;
      }
    }
  }
  return undefined;
}

/**
 * Finds organisation and person mentions in one sentence that the dictionary did not cover (`taken` token
 * indices), registering discovered actors in `state`.
 */
export function discoverMentions(params: {
  tokens: Token[];
  taken: Set<number>;
  matcher: ActorMatcher;
  state: DiscoveryState;
  verbForms: Set<string>;
  /** The per-article state of the dictionary matcher (actors.ts), whose short forms discovered names join. */
  actorState?: ArticleActorState;
  /** The country the article is about: a body named without nationality may be that country's. */
  country?: string | null;
  /** The same when the article names it far more than any other: a body named by common words alone is its. */
  homeCountry?: string | null;
  /** Actors the article has named before: a name cut short ("المجلس الوطني") may be one of theirs. */
  recent?: readonly Actor[];
}): Mention[] {
  const { tokens, taken, matcher, state, verbForms } = params;
  const out: Mention[] = [];
  const used = new Set<number>(taken);
  const free = (k: number): boolean => !used.has(k) && !!tokens[k];
  const take = (from: number, to: number): void => {
    for (let k = from; k < to; k++) used.add(k);
  };
  const register = (a: Actor): Actor => {
    const known = state.actors.get(a.id);
    if (known) return known;
    state.actors.set(a.id, a);
    return a;
  };

  // 1. Organisations by head noun: head + a genitive/adjective chain of nominal words.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !free(i) || !isWord(t)) continue;
    const s = headStem(t.n);
    const bare = s.form.replace(/^ال/, "");
    const kind = ORG_HEADS.get(bare) ?? ORG_HEADS.get(s.form);
    if (!kind) continue;
    // "لحزب X" is mostly what a title or a thing belongs to ("رئيس الكتلة البرلمانية لحزب الإصلاح"، "زيارته لقوات
    // بلاده"): a group of its own only after a verb ("التقى بحركة …") or as a statement's author ("بيان لحزب …").
    // (Not "ما يسمى بقوات …": what follows a verb of naming is the name, read without the head.)
    const prevWord = tokens[i - 1]?.n ?? "";
    if (cliticHead(t.n) && ((!isVerb(tokens[i - 1]) && !AUTHORED_BY.has(prevWord)) || NAMING.has(prevWord))) continue;
    // A news agency is where a report comes from, not an actor in it: "وكالة الأنباء اليمنية"، "وكالة أنباء مهر".
    if (bare === "وكاله" && /^(ال)?انباء$/.test(tokens[i + 1]?.n ?? "")) continue;
    // "القوات المسلحة" names no group: it is a country's army (resolveDefiniteHeads).
    if (s.form === "القوات" && tokens[i + 1]?.n === "المسلحه") continue;
    // Nor do the regime's forces ("جيش النظام"، "القوات النظامية"): the army of the country the regime rules.
    if (/^(ال)?(قوات|جيش)$/.test(s.form) && REGIME_WORDS.has(tokens[i + 1]?.n ?? "")) continue;
    // A ruler's forces named by his family name alone ("قوات الأسد"، "كتائب القذافي") are his state's army.
    if (/^(ال)?(قوات|جيش|كتائب)$/.test(s.form)) {
      const army = leaderArmy(matcher, tokens[i + 1]?.n ?? "");
      if (army && free(i + 1)) {
        take(i, i + 2);
        out.push(
          mentionOf({ actorId: army, start: i, end: i + 2, prep: s.prep, conj: s.conj, via: "body", confidence: 0.6 }),
        );
        i++;
        continue;
      }
    }
    // Nor does the cabinet, "مجلس الوزراء": the government of its country (resolveDefiniteHeads).
    if (bare === "مجلس" && tokens[i + 1]?.n === "الوزراء") continue;
    let k = i + 1;
    const quoted = /^["“«]$|^''$/.test(tokens[k]?.raw ?? "");
    if (quoted) k++;
    // A quoted dictionary name after the head ("جماعة ''التوحيد والجهاد''") is that actor, described by the head.
    if (quoted && used.has(k)) continue;
    // So is one after a head that only says what kind of body it is: "منظمة اليونسكو"، "شركة عربسات".
    if (used.has(k) && /^(منظم|شرك|وكال)(ه|تي|تا)$/.test(bare)) continue;
    const nameStart = k;
    // Between quotes every word is the name's, whatever else it could be: "حركة «وعد»"، "حركة «وفاء»".
    const closing = quoted ? tokens.findIndex((u, j) => j > k && j <= k + 4 && /^["”»]$|^''$/.test(u.raw)) : -1;
    if (closing > k && tokens.slice(k, closing).every((u) => isWord(u) && !u.punct)) k = closing;
    while (k - nameStart < 5 && k !== closing) {
      const u = tokens[k];
      if (!u || u.punct || !isWord(u)) break;
      if (ORG_STOP.has(u.n) || ORG_STOP.has(stem(u.n).form)) break;
      if (isVerb(u) || verbForms.has(u.n)) break;
      // (A given name inside the quotes is the body's name: "حركة «وفاء»".)
      if (TITLE_HEADS.has(u.n) || HONORIFICS.has(u.n) || (GIVEN.has(u.n) && !quoted)) break;
      // A conjunction continues a party's name only between two definite nouns ("حزب العدالة والتنمية").
      // (Nor is a first letter "و" right after the opening quote a conjunction: "حركة «وفاء»".)
      if (
        /^[وف]/.test(u.n) &&
        !(quoted && k === nameStart) &&
        !(kind === "ORGANIZATION" && k === nameStart + 1 && /^وال/.test(u.n))
      )
        break;
      // … never before another body's head: "نقابة المحامين | والجمعية الوطنية".
      if (/^وال/.test(u.n) && ORG_HEADS.has(u.n.slice(3))) break;
      if (!nominal(u) && !isProper(u) && !(used.has(k) && k > nameStart)) break;
      // What a body is for, a verbal noun with "لـ" and no article after its adjective, is still its name: "اللجنة
      // العليا لإسناد جنوب كردفان"، "اللجنة الوطنية لتقصي الحقائق".
      const remitAct = k > nameStart && INSTITUTION_ADJECTIVES.has(tokens[k - 1]?.n ?? "") && /^ل[^ل]\S{3,}$/.test(u.n);
      // After an adjective only adjectives follow: "حزب النور السلفي | الحكومة".
      if (
        k > nameStart &&
        /JJ/.test(tokens[k - 1]?.pos ?? "") &&
        !/JJ/.test(u.pos ?? "") &&
        !/^لل/.test(u.n) &&
        !remitAct
      )
        break;
      // After a definite genitive an indefinite noun starts a new phrase: "قوات النظام | أحياء الخالدية".
      // ("والتنمية" is definite: "حزب العدالة والتنمية".)
      // "الهيئة العامة للاستعلامات"، "المجلس الوطني للإعلام": after an institution's adjective, what the body is for
      // is still its name ("البرلمان المنحل للانعقاد" is not; nor is another body, "التجمع الوطني للجيش").
      const remit =
        /^لل/.test(u.n) && INSTITUTION_ADJECTIVES.has(tokens[k - 1]?.n ?? "") && !ORG_HEADS.has(u.n.slice(2));
      const definiteU = /^[وف]?ال/.test(u.n) || remit;
      const definitePrev = /^[وف]?ال/.test(tokens[k - 1]?.n ?? "");
      if (k > nameStart && definitePrev && !definiteU && !isProper(u)) break;
      // So does one after a proper name: "صحيفة نيويورك تايمز | سياسة الرئيس".
      if (k > nameStart && isProper(tokens[k - 1]) && !isProper(u) && !u.n.startsWith("ال") && !/JJ/.test(u.pos ?? ""))
        break;
      // After a definite head an indefinite word is a predicate: "الحركة | متمسكة بـ"; so is a word with "بـ" whatever
      // its tag ("الحزب | برحيل/NNP الحكومة").
      if (
        s.form.startsWith("ال") &&
        !/^(ال|لل)/.test(u.n) &&
        !remitAct &&
        (!isProper(u) || (/^[وف]?[بك]/.test(u.n) && !quoted))
      )
        break;
      // Nor does a bare proper name follow a definite head in a name ("حزب حماس", never "الحزب حماس"): "وحض المجلس
      // أنان على" is the council (named before) urging Annan.
      if (k === nameStart && s.form.startsWith("ال") && !quoted && !/^(ال|لل)/.test(u.n) && !/JJ/.test(u.pos ?? ""))
        break;
      // A definite genitive closes the construct: only adjectives follow it ("مجلس الشعب | الابتعاد", but "مجلس
      // الأمن الدولي", "حزب العدالة والتنمية").
      if (
        k > nameStart &&
        /^(ال|لل)/.test(tokens[k - 1]?.n ?? "") &&
        !/JJ/.test(tokens[k - 1]?.pos ?? "") &&
        u.n.startsWith("ال") &&
        /^DTNN/.test(u.pos ?? "") &&
        !isProper(u)
      )
        break;
      // A feminine head never takes a masculine adjective: "رفض الحركة المبدئي" describes the refusal.
      if (k === nameStart && /^ال\S+ه$/.test(s.form) && /^DTJJ/.test(u.pos ?? "") && /^ال\S+ي$/.test(u.n)) break;
      // Nor a complement first: "ترشيحات الجبهة للحكومة" (for the government) names no front; a name's "لل" comes
      // after its adjective ("الهيئة العامة للاستعلامات").
      if (k === nameStart && s.form.startsWith("ال") && /^[وف]?لل/.test(u.n) && !quoted) break;
      // A definite head takes adjectives, not a genitive: "الوكالة الدولية" but not "الوكالة الوصول".
      if (s.form.startsWith("ال") && u.n.startsWith("ال") && !/^(DT)?JJ/.test(u.pos ?? "") && !isProper(u)) break;
      // "بمحافظة تعز"، "باغتيال": a preposition on a word starts a place or circumstance, not the name ("للأحرار"
      // with the article continues it).
      if (
        k > nameStart &&
        /^[وف]?[بكل]/.test(u.n) &&
        !/^[وف]?لل/.test(u.n) &&
        !remitAct &&
        !(k === nameStart && quoted)
      )
        break;
      k++;
    }
    if (quoted && /^["”»]$|^''$/.test(tokens[k]?.raw ?? "")) k++;
    // A body of rights names its cause in full, preposition and all: "الرابطة التونسية للدفاع عن حقوق الإنسان"،
    // "المنظمة العربية لحقوق الإنسان".
    if (k > nameStart) k += rightsRemit(tokens, k);
    let end = k;
    while (end > nameStart && GENERIC_TAILS.has(tokens[end - 1]?.n ?? "")) end--;
    const nameWords = end - nameStart;
    if (nameWords < 1) continue;
    // A single generic adjective is no name ("المجلس الجديد"); a single word must be definite or proper.
    const w1 = tokens[nameStart];
    // "حركة الاتصالات" (traffic), "جهاز الاتصالات": a lone plural common noun names an activity, not a group.
    if (nameWords === 1 && !quoted && /NNS$/.test(w1?.pos ?? "") && !used.has(nameStart)) continue;
    if (nameWords === 1 && !(isProper(w1) || /^(ال|لل)/.test(w1?.n ?? "") || quoted)) continue;
    // "لجنة تحقيق دولية" describes a body without naming it: a name has a definite or proper word.
    const named = tokens
      .slice(nameStart, end)
      .some((u, j) => isProper(u) || /^(ال|لل)/.test(u.n) || used.has(nameStart + j));
    if (!named && !quoted) continue;
    // Inside a title ("ولي العهد رئيس مجلس الوزراء"، "نائب رئيس محكمة النقض") the body describes a person.
    if (TITLE_HEADS.has(tokens[i - 1]?.n ?? "")) {
      i = end - 1;
      continue;
    }
    const parent = countryIn({ tokens, from: nameStart, to: end, matcher });
    // "مجلس الشعب" in an Egyptian story is the dictionary's "مجلس الشعب المصري".
    const words = [s.form, ...tokens.slice(i + 1, end).map((u) => u.n)];
    // A dictionary name with its last words quoted is that actor: "كتلة «المستقبل»"، "حزب “القوات اللبنانية”".
    const quotedName = quoted ? actorNamed({ matcher, words: words.filter((w) => !/^["“”«»]$|^''$/.test(w)) }) : null;
    if (quotedName) {
      take(i, end);
      out.push(
        mentionOf({ actorId: quotedName, start: i, end, prep: s.prep, conj: s.conj, via: "name", confidence: 0.8 }),
      );
      i = end - 1;
      continue;
    }
    const local = !parent && params.country ? localBody({ matcher, words, country: params.country }) : null;
    if (local && end === i + words.length) {
      take(i, end);
      out.push(mentionOf({ actorId: local, start: i, end, prep: s.prep, conj: s.conj, via: "body", confidence: 0.7 }));
      i = end - 1;
      continue;
    }
    // "المجلس الوطني" after "المجلس الوطني السوري": the start of a name the article gave in full is that actor.
    if (s.form.startsWith("ال") && !parent) {
      const phrase = `${words.join(" ")} `;
      const fuller = [...(params.recent ?? [])]
        .reverse()
        .find(
          (a) => a.kind !== "COUNTRY" && [a.nameAr, ...a.aliases].some((n) => normalizeArabic(n).startsWith(phrase)),
        );
      if (fuller) {
        take(i, end);
        out.push(
          mentionOf({ actorId: fuller.id, start: i, end, prep: s.prep, conj: s.conj, via: "short", confidence: 0.6 }),
        );
        i = end - 1;
        continue;
      }
    }
    // A body named by common words alone ("قوات الأمن"، "مجلس النواب"، "المحكمة الدستورية") is one of the country the
    // article is about, as bare "الحكومة" is: one article's parliament is not another's. (Not an international one.)
    const generic =
      !parent &&
      !quoted &&
      !tokens.slice(i, end).some((u, j) => isProper(u) || used.has(i + j) || SUPRANATIONAL.has(u.n));
    const home = params.homeCountry;
    const scopeName = generic && home ? matcher.actors.get(home)?.name : undefined;
    const scope = scopeName && home ? { id: home, name: scopeName } : undefined;
    const actor = register(
      orgActor({ tokens, from: i, to: end, kind, ...(parent ? { parent } : {}), ...(scope ? { scope } : {}) }),
    );
    take(i, end);
    // A preposition written apart ("إلى حزب الأصالة") introduces the group as a clitic would. (Not "في": "رؤساء
    // اللجان في مجلس الشورى" are members, whom the body stands for.)
    const before = tokens[i - 1]?.n ?? "";
    const apart = PREP_WORDS.has(before) && before !== "في" ? before : null;
    out.push(
      mentionOf({
        actorId: actor.id,
        start: i,
        end: end,
        prep: s.prep ?? apart,
        conj: s.conj,
        via: "discovered",
        confidence: 0.6,
      }),
    );
    i = end - 1;
  }

  // 2. Quoted group names after a member noun: نواب “النهضة”.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !MEMBER_NOUNS.has(stem(t.n).form) || !free(i)) continue;
    if (!/^["“«]$|^''$/.test(tokens[i + 1]?.raw ?? "")) continue;
    let k = i + 2;
    while (k < tokens.length && k - i < 6 && isWord(tokens[k])) k++;
    if (!/^["”»]$|^''$/.test(tokens[k]?.raw ?? "") || k === i + 2) continue;
    // (The dictionary's when it names one, by its name or its short name: نواب «النهضة» are Ennahda's.)
    const words = tokens.slice(i + 2, k).map((u) => u.n);
    const listedId = actorNamed({ matcher, words }) ?? matcher.shortNames?.get(words.join(" ")) ?? null;
    const listed = listedId ? matcher.actors.get(listedId) : undefined;
    const actor = listed ?? register(orgActor({ tokens, from: i + 2, to: k, kind: "ORGANIZATION" }));
    take(i, k + 1);
    out.push(
      mentionOf({
        actorId: actor.id,
        start: i,
        end: k + 1,
        prep: null,
        conj: stem(t.n).conj,
        via: "discovered",
        confidence: 0.6,
      }),
    );
  }

  // "آل" as written ("آل خليفة"), not the article cut off a word ("الـ 14 عاما"): both are "ال" once normalised.
  const familyParticle = (u: Token | undefined): boolean => u?.n === "ال" && /^آل$/.test(u.raw);
  // Words a name runs longer for: "آل", each "بن"/"ابن"/"بنت" inside it (never opening it: "ابن عمي" is a cousin),
  // and each "عبد" of a compound given name.
  const lengthening = (run: readonly Token[]): number =>
    run.filter((u, j) => familyParticle(u) || u.n === "عبد" || (j > 0 && ["بن", "ابن", "بنت"].includes(u.n))).length;

  // 3. People: runs of proper nouns (two or more words, particles allowed inside), or one proper noun that is the
  //    surname of a person named in full earlier in the article.
  const nameWord = (k: number): boolean => {
    const u = tokens[k];
    if (!u || !free(k) || !isWord(u)) return false;
    const n = u.n;
    // "بن علي" is a father's name, never the preposition "على" it is spelt like once normalised ("حمد بن علي العطية").
    if (n === "علي" && ["بن", "ابن", "بنت"].includes(tokens[k - 1]?.n ?? "")) return true;
    // So is it after a title or a given name and before a family name: "وزير الإعلام علي العمراني"، "جمعة محمد علي
    // البورسعيدي" (no preposition follows a title, nor stands between two names).
    const prev = tokens[k - 1]?.n ?? "";
    if (
      n === "علي" &&
      (TITLE_HEADS.has(prev) ||
        TITLE_WORDS.has(prev) ||
        HONORIFICS.has(prev) ||
        GIVEN.has(prev.replace(/^[وف](?=\S{3,})/, ""))) &&
      (isProper(tokens[k + 1]) || /^ال\S{3,}ي$/.test(tokens[k + 1]?.n ?? ""))
    )
      return true;
    // "حسين الحاج حسن": "الحاج" inside a name, between a given name and a proper noun, is a family name's part.
    if (n === "الحاج" && GIVEN.has((tokens[k - 1]?.n ?? "").replace(/^[وف](?=\S{3,})/, "")) && isProper(tokens[k + 1]))
      return true;
    if (NAME_STOP.has(n) || TITLE_HEADS.has(n) || TITLE_WORDS.has(n) || verbForms.has(n)) return false;
    // Nor a trigger verb after its conjunction that the tagger called a proper noun: "وأدان/NNP حسام النمري".
    if (k === 0 || tokens[k - 1]?.punct) {
      if (procliticReadings(n).some((r) => r.conj && verbForms.has(r.form))) return false;
    }
    // "أمين عام" after a name opens the title that follows it: "محمود قليج أمين عام الاتحاد".
    if (n === "امين" && ["عام", "عاما"].includes(tokens[k + 1]?.n ?? "")) return false;
    if (PERSON_STOP.has(n) || PERSON_STOP.has(n.replace(/^[وفبل]/, ""))) return false;
    // A rank's grade is the rank's: "الفريق أول حسين".
    if (RANK_GRADES.has(n) && RANKS.has(tokens[k - 1]?.n ?? "")) return false;
    // A future verb ("سنقوم"، "سيزور") is never a name word.
    if (/^[وف]?س[يتنا]/.test(n) && verbForms.has(n.replace(/^[وف]?س/, "ي"))) return false;
    if (/^[وف]?سن|^[وف]?سي|^[وف]?ست/.test(n) && u.pos !== "NNP") return false;
    // Possessive suffixes ("محادثاته"، "أبلغه") and a preposition glued to a word ("بسيارة") mark common words.
    // A definite word takes no possessive: "البنا" is a family name.
    const suffixed = /(ته|تها|تهم|ها|هم|هما|كم|نا)$/.test(n) && !/^[وف]?(ال|لل)/.test(n);
    if (!GIVEN.has(n) && (suffixed || (/^[بلك]/.test(n) && !isProper(u)))) return false;
    // A preposition and a pronoun on one word ("بانضمامه"، "لقيامه") make a verbal noun, whatever its tag.
    if (!GIVEN.has(n) && /^[وف]?[بلك]\S{3,}(ه|ها|هم)$/.test(n)) return false;
    // So does a preposition on a verbal noun's pattern ("لإجراء"، "لاستئناف"، "لزيارة"), whatever its tag.
    if (k > 0 && !GIVEN.has(n) && isPrepositionalMasdar(n)) return false;
    if (NAME_PARTICLES.has(n) || /^عبدال/.test(n)) return true;
    // A given name the tagger missed still starts a name when a proper noun follows it ("سها/NN عرفات/NNP").
    if (GIVEN.has(n) && (isProper(tokens[k + 1]) || GIVEN.has(tokens[k + 1]?.n ?? ""))) return true;
    // So does a foreign given name it took for a verb by its first letter, right after a title or honorific and
    // before a proper noun: "المحامي يتسحاق/VBP مولخو".
    const before = tokens[k - 1]?.n ?? "";
    if (
      isVerb(u) &&
      /^[يت]/.test(n) &&
      !verbForms.has(n) &&
      isProper(tokens[k + 1]) &&
      (TITLE_HEADS.has(before) || HONORIFICS.has(before))
    )
      return true;
    // A family name the tagger took for an adjective, right after a courtesy title ("السيد البدوي/DTJJ"); never after
    // an office, whose adjective it is ("الرئيس الحالي").
    if (COURTESY_TITLES.has(before) && u.pos === "DTJJ" && /^ال\S{3,}ي$/.test(n)) return true;
    // The family name of one person named in full before, right after a verb (of saying or tagged one), whatever its
    // tag: "وأضاف العمراني/DTJJ أن …" after "وزير الإعلام علي العمراني".
    if (/^ال\S{3,}$/.test(n) && state.shortNames.get(n) && (SAYING.has(before) || isVerb(tokens[k - 1]))) return true;
    return isProper(u);
  };
  // Foreign names often start with the letter of a preposition ("باتريك فينتريل"، "كارلوس"): such a word opens
  // a name, not a prepositional phrase, where only a name can stand — right after a verb of saying or a title — and
  // when the tagger calls it and the next word proper nouns. (Elsewhere "بشكل/NNP كامل" is the preposition's.)
  const foreignNameStart = (k: number): boolean => {
    const t = tokens[k];
    const before = tokens[k - 1]?.n ?? "";
    const slot =
      SAYING.has(before) ||
      TITLE_HEADS.has(before) ||
      TITLE_WORDS.has(before) ||
      HONORIFICS.has(before) ||
      RANKS.has(before) ||
      COUNTERPARTS.has(before);
    return (
      !!t &&
      slot &&
      // (Not "ل": after a speaker it is who was spoken to, "قال الناشط لفرانس برس".)
      /^[بك]/.test(t.n) &&
      !/^(بال|لل|كال)/.test(t.n) &&
      t.pos === "NNP" &&
      tokens[k + 1]?.pos === "NNP" &&
      !/^و/.test(tokens[k + 1]?.n ?? "")
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(i)) continue;
    // A name after a place noun names the place: "حي صلاح الدين"، "شارع الحمرا"، "مخيم اليرموك"; so does one that
    // starts with it: "جبل محسن".
    // (The word itself first: "ولاية" is no "و" + "لاية".)
    const placeNoun = (n: string): boolean => PLACE_NOUNS.has(n) || PLACE_NOUNS.has(stem(n).form);
    if (placeNoun(tokens[i - 1]?.n ?? "") || placeNoun(tokens[i]?.n ?? "")) {
      // … one word of it, when three or more follow a place noun: "حاكم ولاية مريلاند مارتن أومالي" names a person
      // after the state.
      const long = placeNoun(tokens[i - 1]?.n ?? "") && nameWord(i + 1) && nameWord(i + 2);
      if (!long) while (i + 1 < tokens.length && nameWord(i + 1)) i++;
      continue;
    }
    const firstTok = tokens[i];
    if (
      firstTok &&
      /^[وفبلك]/.test(firstTok.n) &&
      !GIVEN.has(firstTok.n) &&
      !GIVEN.has(firstTok.n.slice(1)) &&
      !foreignNameStart(i)
    ) {
      // Not a name's start: skip the whole run, so that its tail ("وعبدو | مصطفى ربيع") is no name of its own.
      while (i + 1 < tokens.length && nameWord(i + 1) && !/^[وف]/.test(tokens[i + 1]?.n ?? "")) i++;
      continue;
    }
    let k = i + 1;
    // A conjunction inside a run starts the next name ("عاطف البنا وثروت بدوي"); a family name with the article
    // ends it ("البارودي | بسحب"), except the second part of a compound name ("صلاح الدين مزوار").
    // (Four words, one more after "آل" and after each "بن" or "عبد" of a compound: "محمد بن زايد آل نهيان"،
    // "عبد الله بن عبد الرحمن الغامدي".)
    while (
      k < tokens.length &&
      k - i < Math.min(7, 4 + lengthening(tokens.slice(i, k))) &&
      nameWord(k) &&
      // A name that starts with the letter of a conjunction is no conjunction: "أنور وجدي"، "محمد فاروق". Nor is a
      // proper noun's "ف" ("باتريك فينتريل"): "ف" joins clauses, never one name to the next.
      (!/^[وف]/.test(tokens[k]?.n ?? "") ||
        GIVEN.has(tokens[k]?.n ?? "") ||
        (/^ف/.test(tokens[k]?.n ?? "") && tokens[k]?.pos === "NNP")) &&
      // ("آل", written "ال" once normalised, is the family particle: "آل خليفة".)
      !(
        /^ال/.test(tokens[k - 1]?.n ?? "") &&
        !familyParticle(tokens[k - 1]) &&
        !THEOPHORIC.has(tokens[k - 1]?.n ?? "") &&
        // ("حسين الحاج حسن": "الحاج" inside a name goes on to the family name.)
        !(tokens[k - 1]?.n === "الحاج" && k - 1 > i) &&
        // (A given name that starts like the article opens the name: "الكسندر باستريكين"، "الحبيب خضر".)
        !(k - 1 === i && GIVEN.has(tokens[i]?.n ?? ""))
      )
    )
      k++;
    while (k > i && NAME_PARTICLES.has(tokens[k - 1]?.n ?? "")) k--;
    const first = tokens[i];
    if (!first) continue;
    // A conjunction or preposition is split off only when what remains is a known given name ("ومحمد").
    const cut = stem(first.n);
    const s =
      GIVEN.has(cut.form) || (cut.form !== first.n && GIVEN.has(first.n.slice(1)))
        ? cut
        : { form: first.n, prep: null, conj: false };
    const words = tokens.slice(i, k);
    const norms = words.map((w, j) => (j === 0 ? s.form : w.n));
    // Names do not start with the article: such a word is at most a family name alone.
    if (/^(ال|لل)/.test(s.form) && !GIVEN.has(s.form)) k = i + 1;
    // A run is a person's name when it starts with a given name, follows a title or honorific, or the tagger
    // calls every word of it a proper noun without the article.
    const before = tokens[i - 1]?.n ?? "";
    // "يقول د. أحمد دراج": "د." is the doctor's title abbreviated; the mention starts with it, as with a title.
    const doctor = before === "." && tokens[i - 2]?.n === "د" && free(i - 2);
    const titled =
      doctor ||
      TITLE_HEADS.has(before) ||
      HONORIFICS.has(before) ||
      // "بالفنان أنور وجدي": an honorific with a preposition on it.
      (stem(before).form !== before && HONORIFICS.has(stem(before).form)) ||
      TITLE_WORDS.has(before) ||
      COUNTERPARTS.has(before) ||
      // "الفريق أول حسين …"، "اللواء الركن …": a rank and its grade.
      (RANK_GRADES.has(before) && RANKS.has(tokens[i - 2]?.n ?? "")) ||
      taken.has(i - 1);
    // After a title, a given name is followed by its family name even when the tagger calls it a common noun
    // ("نظيره مراد مدلسي/NNS").
    // (So is a compound given name, "عبد الرازق مقري/JJ", wherever it stands: "عبد" + a divine name is a name.)
    const compound = k === i + 2 && norms[0] === "عبد" && /^ال/.test(norms[1] ?? "");
    // (Or an apposition about the person follows the family name: "اتهم أحمد الموفق، وهو أحد فقهاء المدينة، …".)
    const described =
      k === i + 1 &&
      GIVEN.has(norms[0] ?? "") &&
      /^ال\S{3,}$/.test(tokens[k]?.n ?? "") &&
      [",", "،"].includes(tokens[k + 1]?.n ?? "") &&
      ["وهو", "وهي"].includes(tokens[k + 2]?.n ?? "");
    if ((k === i + 1 && titled && GIVEN.has(norms[0] ?? "")) || compound || described) {
      const u = tokens[k];
      const n = u?.n ?? "";
      const plain =
        !!u &&
        !u.punct &&
        /^[\u0621-\u064A]{3,}$/.test(n) &&
        /^(NN|NNS|NNP|JJ)$/.test(u.pos ?? "") &&
        !/^(ال|[وفبلك])/.test(n) &&
        !/(ه|ها|هم|هما|كم|نا)$/.test(n) &&
        !NAME_STOP.has(n) &&
        !PERSON_STOP.has(n) &&
        !TITLE_HEADS.has(n) &&
        !TITLE_WORDS.has(n) &&
        !verbForms.has(n) &&
        // (A common noun in construct with a definite one is a verbal noun, not a family name: "وأكد الأمير سلمان
        // دعم المملكة لليمن".)
        !(u.pos !== "NNP" && /^DTNN/.test(tokens[k + 1]?.pos ?? "") && !appositive(tokens[k + 1]));
      // … or a nisba-shaped family name it calls an adjective ("وزير الإعلام علي العمراني/DTJJ").
      const nisba =
        !!u && /^ال\S{3,}ي$/.test(n) && /^DT(JJ|NN)$/.test(u.pos ?? "") && !TITLE_WORDS.has(n) && !NAME_STOP.has(n);
      // … or, after a military rank, any definite word it calls a common noun that no adjective follows ("الفريق
      // حسين القبيل/DTNN"): an officer is named in full.
      const ranked = RANKS.has(before) || (RANK_GRADES.has(before) && RANKS.has(tokens[i - 2]?.n ?? ""));
      const family =
        ranked &&
        !!u &&
        /^ال\S{3,}$/.test(n) &&
        /^DTNNP?$/.test(u.pos ?? "") &&
        !/^DTJJ/.test(tokens[k + 1]?.pos ?? "") &&
        !TITLE_WORDS.has(n) &&
        !TITLE_HEADS.has(n) &&
        !NAME_STOP.has(n) &&
        !PERSON_STOP.has(n);
      const describedFamily = described && !NAME_STOP.has(n) && !TITLE_WORDS.has(n);
      if ((plain || nisba || family || describedFamily) && u && free(k)) {
        k++;
        words.push(u);
        norms.push(n);
      }
    }
    const allProper = words.every((w, j) => w.pos === "NNP" || (j === words.length - 1 && w.pos === "DTNNP"));
    const isName = GIVEN.has(norms[0] ?? "") || NAME_PARTICLES.has(norms[0] ?? "") || titled || allProper;
    if (k - i >= 2 && isName) {
      const nameAr = words.map((w, j) => (j === 0 ? w.raw.slice(w.raw.length - norms[0]!.length) : w.raw)).join(" ");
      const id = `person-${shortId(norms.join(" "))}`;
      const known = state.actors.get(id) ?? matcher.actors.get(id);
      const actor =
        known ??
        register({
          id,
          name: transliterate(nameAr),
          nameAr,
          kind: "PERSON",
          aliases: [],
          roles: [],
          discovered: true,
        });
      // The strict grammar's registry of short forms too, so that two people sharing a family name make it
      // ambiguous in both ("أيمن محمد ربيع" and "عبدو مصطفى ربيع": "ربيع" alone is neither).
      if (params.actorState) registerShortForms({ state: params.actorState, personId: actor.id, names: [norms] });
      const surname = norms[norms.length - 1] ?? "";
      for (const short of [surname, surname.replace(/^ال/, "")]) {
        if (short.length < 3) continue;
        const prev = state.shortNames.get(short);
        state.shortNames.set(short, prev === undefined || prev === actor.id ? actor.id : null);
      }
      if (titled && (TITLE_HEADS.has(before) || HONORIFICS.has(before))) state.titles.set(before, actor.id);
      take(doctor ? i - 2 : i, k);
      out.push(
        mentionOf({
          actorId: actor.id,
          start: doctor ? i - 2 : i,
          end: k,
          prep: s.form !== first.n && s.prep ? s.prep : null,
          conj: s.conj,
          via: "discovered",
          confidence: 0.6,
        }),
      );
      i = k - 1;
      continue;
    }
    const single = s.form;
    let ref = state.shortNames.get(single) ?? state.shortNames.get(single.replace(/^ال/, ""));
    // A rank before one proper noun names a person by the family name alone: "العقيد ادغيمر"، "اللواء العصار".
    if (
      !ref &&
      RANKS.has(tokens[i - 1]?.n ?? "") &&
      first.pos === "NNP" &&
      s.form === first.n &&
      single.length >= 3 &&
      !/NNP/.test(tokens[i + 1]?.pos ?? "") &&
      !NAME_STOP.has(single) &&
      !PERSON_STOP.has(single) &&
      !verbForms.has(single)
    ) {
      const nameAr = first.raw;
      const id = `person-${shortId(single)}`;
      const actor =
        state.actors.get(id) ??
        register({ id, name: transliterate(nameAr), nameAr, kind: "PERSON", aliases: [], roles: [], discovered: true });
      state.shortNames.set(single, actor.id);
      // The rank is part of the mention, as a title is: the verb's subject starts with it.
      take(i, i + 1);
      const at = taken.has(i - 1) ? i : i - 1;
      out.push(
        mentionOf({
          actorId: actor.id,
          start: at,
          end: i + 1,
          prep: null,
          conj: false,
          via: "discovered",
          confidence: 0.55,
        }),
      );
      continue;
    }
    // A family name alone with the article ("البارودي"، "الكتاتني"): the tagger's proper noun, nisba-shaped.
    // Only where an argument stands: after a verb, a title, or another actor ("طالب نواب النهضة البارودي بسحب").
    const slot = isVerb(tokens[i - 1]) || HONORIFICS.has(tokens[i - 1]?.n ?? "") || taken.has(i - 1) || used.has(i - 1);
    // (After a courtesy title the tagger may call it an adjective: "زعيم حزب الوفد السيد البدوي/DTJJ".)
    const honored = COURTESY_TITLES.has(tokens[i - 1]?.n ?? "") && first.pos === "DTJJ";
    if (
      !ref &&
      slot &&
      (first.pos === "DTNNP" || honored) &&
      /^ال\S{3,}ي$/.test(single) &&
      !/^(DT)?JJ/.test(tokens[i + 1]?.pos ?? "")
    ) {
      const nameAr = first.raw.slice(first.raw.length - single.length);
      const id = `person-${shortId(single)}`;
      const actor =
        state.actors.get(id) ??
        register({ id, name: transliterate(nameAr), nameAr, kind: "PERSON", aliases: [], roles: [], discovered: true });
      state.shortNames.set(single, actor.id);
      ref = actor.id;
    }
    if (ref) {
      take(i, i + 1);
      out.push(
        mentionOf({ actorId: ref, start: i, end: i + 1, prep: s.prep, conj: s.conj, via: "short", confidence: 0.55 }),
      );
    }
  }
  return out;
}

/**
 * The army of the state whose head a family name names, when one dictionary person holding a head of state's title
 * bears it ("الأسد" → the Syrian army); null otherwise.
 */
function leaderArmy(matcher: ActorMatcher, word: string): string | null {
  let byName = LEADER_ARMIES.get(matcher);
  if (!byName) {
    // Built once per dictionary: family name → the armies of the states its bearers headed.
    const armies = new Map<string, Set<string>>();
    for (const [id, names] of matcher.personNames) {
      const head = matcher.actors
        .get(id)
        ?.roles.find((r) => /^(President|King|Emir|Leader|Sultan)\b/.test(r.title) && r.of);
      const army = head?.of ? `${head.of}-army` : null;
      if (!army || !matcher.actors.has(army)) continue;
      for (const n of names) {
        const family = n.length >= 2 ? n[n.length - 1] : undefined;
        if (family && /^ال\S{3,}$/.test(family)) armies.set(family, (armies.get(family) ?? new Set()).add(army));
      }
    }
    byName = new Map([...armies].filter(([, a]) => a.size === 1).map(([n, a]) => [n, [...a][0] ?? ""]));
    LEADER_ARMIES.set(matcher, byName);
  }
  return byName.get(word) ?? null;
}

const LEADER_ARMIES = new WeakMap<ActorMatcher, Map<string, string>>();

/** Words the tagger sometimes calls proper nouns that are never names (nor the formulas after a ruler's name, "نصره الله"). */
const PERSON_STOP = set(`
فيه فيها به بها له لها عليه عليها منه منها إليه إليها عنه عنها معه معها بأن لأن كأن أن إن إنه أنه سلفه خلفه نظيره
اللهم جميعا بعضهم بشأن حول ضد نحو لدى عبر إثر عقب خلال أثناء بين بينما حين عندما لكن غير سوى طلبه قوله السيد السيدة الدكتور الشيخ المستشار المهندس الأستاذ العماد اللواء العقيد المقدم الرائد
الحاج السادة جنرال لواء عقيد عميد مقدم رائد نقيب ملازم فريق مشير شيخ سيد دكتور مستشار رئيس وزير سفير يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر يناير فبراير مارس أبريل مايو جويلية جوان أوت
تموز حزيران آب أيلول آذار نيسان أيار شباط كانون تشرين الثاني الأول
إدارة إدارتي إدارتا إدارات شركة شركتي شركات مؤسسة مؤسستي
نصره حفظه رعاه أيده رحمه يرحمه سدده وفقه حفظها رعاها حفظهم رعاهم
`);

/** Second parts of compound given names: the article inside them does not end the name. */
const THEOPHORIC = set("الله الدين الرحمن الرحيم الكريم العزيز الحميد المجيد الستار السلام القادر الوهاب الإله الناصر");

/** Honorifics and ranks written before a name. */
const HONORIFICS = set(`
السيد السيدة الدكتور الدكتورة الشيخ المستشار المهندس الأستاذ العماد اللواء العقيد المقدم الرائد الحاج الفريق
المشير العميد الإرهابي المدعو المواطن الناشط الناشطة النائب النائبة الرئيس الزعيم القيادي المحامي الكاتب
الصحفي الإعلامي السفير المبعوث الوزير المرشد الأمير الملك الخبير المحلل الباحث الفنان الإمام الأكاديمي المفكر
`);

/** A rank's grade after it: "الفريق أول"، "اللواء الركن". */
const RANK_GRADES = set("اول الركن");
/** Military and honorific ranks after which one proper noun is a person's family name. */
const RANKS = set("العقيد اللواء العميد المشير الجنرال الفريق العماد المقدم الرائد النقيب السيناتور السناتور");

/** Records the title a named person was introduced with ("الرئيس محمد مرسي"), for later bare titles. */
export function noteTitle(params: { tokens: Token[]; mention: Mention; actor: Actor; state: DiscoveryState }): void {
  const { tokens, mention, actor, state } = params;
  if (actor.kind !== "PERSON") return;
  // The title is inside the mention ("وزير الاتصالات نقولا الصحناوي" matched with its title) or just before it.
  let start = -1;
  if (isTitleStart(tokens[mention.start])) start = mention.start;
  else {
    for (let k = mention.start - 1; k >= Math.max(0, mention.start - 5); k--) {
      if (isTitleStart(tokens[k])) {
        start = k;
        break;
      }
      // "المجلس الوطني السوري المعارض ان إقرار أنان": a complementiser or verb between ends any title.
      if (tokens[k]?.punct || NAME_STOP.has(tokens[k]?.n ?? "") || tokens[k]?.pos?.startsWith("VB")) break;
    }
  }
  // "الشيخ عبدالله بن زايد وزير خارجية الإمارات": after an honorific alone, the office may follow the name.
  const honorificOnly =
    start >= 0 &&
    HONORIFICS.has(tokens[start]?.n ?? "") &&
    (start === mention.start || start === mention.start - 1) &&
    !isTitleStart(tokens[start + 1]);
  if (start < 0 || honorificOnly) {
    noteTitleAfter({ tokens, mention, actor, state });
    if (start < 0) return;
  }
  // "مستشار رئيس الجمهورية عبدالله غانم": the title starts at the first head of a chain of them, so that he is not
  // recorded as "رئيس الجمهورية".
  while (
    start > 0 &&
    mention.start - start < 6 &&
    (isTitleStart(tokens[start - 1]) || AIDE_HEADS.has(tokens[start - 1]?.n ?? ""))
  )
    start--;
  // Every prefix of the title up to four words: "وزير"، "وزير الاتصالات" — a later bare "وزير الاتصالات" is him.
  const words: string[] = [];
  for (let k = start; k < Math.min(start + 4, tokens.length); k++) {
    const t = tokens[k];
    if (!t || t.punct || (k > start && (isProper(t) || k >= mention.end))) break;
    words.push(k === start ? titleForm(t.n) : t.n);
  }
  // (A former holder's title is his only with the word that says so: after "الرئيس السابق حسني مبارك", "الرئيس"
  // alone is the one in office.)
  const former = words.findIndex((w) => FORMER_HOLDER.has(w));
  for (let n = former >= 0 ? former + 1 : 1; n <= words.length; n++)
    state.titles.set(words.slice(0, n).join(" "), actor.id);
  if (former >= 0) return;
  // The head with the nationality alone: "الوزيرة الأمريكية" after "وزيرة الخارجية الأمريكية هيلاري كلينتون"; and
  // the head alone, definite: "الوزيرة".
  const head = words[0];
  // (Never "الرئيس" for the head of a party, council or committee: alone it is the head of state, "رئيس حزب غد
  // الثورة أيمن نور … قرار الرئيس بعودة البرلمان".)
  const headOfState = head !== "رئيس" || ["الجمهوريه", "الدوله", "البلاد"].includes(words[1] ?? "");
  if (head && words.length > 1 && !head.startsWith("ال") && TITLE_HEADS.has(head) && headOfState)
    state.titles.set(`ال${head}`, actor.id);
  const nationality = words.length > 1 ? words[words.length - 1] : undefined;
  if (head && nationality && /^ال.+(ي|يه)$/.test(nationality) && TITLE_HEADS.has(head)) {
    state.titles.set(`${head.startsWith("ال") ? "" : "ال"}${head} ${nationality}`, actor.id);
  }
}

/**
 * "علي جمعة مفتي الديار المصرية"، "فلان، رئيس الحزب،": a person named without a title of office and then given one
 * in apposition; the bare title ("المفتي"، "رئيس الحزب") later means him. Only when no other name follows the title
 * ("استقبل هادي رئيس الوزراء القطري حمد بن جاسم" is another man's), and a title another person holds stays theirs.
 */
function noteTitleAfter(params: { tokens: Token[]; mention: Mention; actor: Actor; state: DiscoveryState }): void {
  const { tokens, mention, actor, state } = params;
  const at = tokens[mention.end]?.n === "،" ? mention.end + 1 : mention.end;
  const first = tokens[at];
  // (Not a counterpart: "التقى X نظيره الفرنسي" is the object.)
  if (!first || !TITLE_HEADS.has(first.n) || /^(نظير|نظرا)/.test(first.n)) return;
  const words: string[] = [first.n];
  let k = at + 1;
  for (; k < Math.min(at + 4, tokens.length); k++) {
    const t = tokens[k];
    if (!t || t.punct || isVerb(t)) break;
    // (Nor a relative pronoun or "إلى" spelt with its alef: "رئيس الوزراء السابق الذي …"، "رئيس الحكومة إلى".)
    if ((t.pos ? !nominal(t) : false) || ["الذي", "التي", "الذين", "الي", "الا"].includes(t.n)) break;
    const definite = t.n.startsWith("ال");
    // "وزير خارجية الإمارات": a definite proper noun (the state) ends the chain; any other is another person's name.
    if (isProper(t)) {
      if (definite && t.pos === "DTNNP") {
        words.push(t.n);
        k++;
      }
      break;
    }
    // An indefinite noun only in construct, before its definite genitive.
    if (!definite && !tokens[k + 1]?.n.startsWith("ال")) break;
    words.push(t.n);
  }
  const next = tokens[k];
  if (words.length < 2 || (next && !next.punct && (isProper(next) || /^(DT)?NNP/.test(next.pos ?? "")))) return;
  // The head alone too ("المفتي"), unless it is the head of state's or a member's ("الرئيس"، "النائب"، "العضو").
  const bareHead = !first.n.startsWith("ال") && !["رئيس", "نائب", "عضو"].includes(first.n);
  const keys = [
    ...words.slice(1).map((_, j) => words.slice(0, j + 2).join(" ")),
    ...(bareHead ? [`ال${first.n}`] : []),
  ];
  // (The article's headline may have given this very title already: the second reading starts with it.)
  // (An honorific alone, "الشيخ", is no title of office.)
  const own = [...state.titles].filter(([k, v]) => v === actor.id && !HONORIFICS.has(k)).map(([k]) => k);
  if (own.some((k) => !keys.includes(k))) return;
  // (A title someone else holds in this article stays theirs: "الوزير" of the minister named first.)
  for (const key of keys) if (!state.titles.has(key)) state.titles.set(key, actor.id);
}

/**
 * The person a body's mention that starts with a title stands for: "زيارة وزيرة الخارجية الأمريكية لمصر" after
 * "وزيرة الخارجية الأمريكية هيلاري كلينتون" is her visit, not the ministry's.
 */
export function titledHolder(params: { tokens: Token[]; mention: Mention; state: DiscoveryState }): string | null {
  const { tokens, mention, state } = params;
  const first = tokens[mention.start];
  if (!first || !TITLE_HEADS.has(first.n)) return null;
  const words = tokens.slice(mention.start, mention.end).map((t, j) => (j === 0 ? titleForm(t.n) : t.n));
  return state.titles.get(words.join(" ")) ?? null;
}

const isTitleStart = (t: Token | undefined): boolean => {
  if (!t) return false;
  // "وزير" starts with و but has no conjunction: the whole word is tried first.
  return [t.n, stem(t.n).form].some((form) => TITLE_HEADS.has(form) || HONORIFICS.has(form));
};

/** The title word as recorded: the whole word when it is a title ("وزير"), else without its clitics ("والرئيس"). */
const titleForm = (n: string): string => (TITLE_HEADS.has(n) || HONORIFICS.has(n) ? n : stem(n).form);

/** The country a definite nationality adjective names ("السورية" → SYR), or null. */
function nisbaCountryOf(matcher: ActorMatcher, word: string): string | null {
  const id = nisbaActor(matcher, word);
  return id && matcher.actors.get(id)?.kind === "COUNTRY" && word.startsWith("ال") ? id : null;
}

/** Definite heads that, alone, mean the body of the country the article is about ("الحكومة"، "المعارضة"). */
const COUNTRY_BODIES = new Map<string, string>([
  [normalizeArabic("الحكومة"), "government"],
  [normalizeArabic("السلطات"), "government"],
  [normalizeArabic("الجيش"), "army"],
  [normalizeArabic("البرلمان"), "parliament"],
  [normalizeArabic("الرئاسة"), "presidency"],
  // "أشاد مرسي بدور القوات المسلحة والشرطة": the police of the article's country, like its army.
  [normalizeArabic("الشرطة"), "police"],
  [normalizeArabic("المعارضة"), "opposition"],
  // "اتهمت المعارضة النظام بـ": the regime is the government, as opponents call it.
  [normalizeArabic("النظام"), "government"],
]);

/** Adjectives of a body above states: "القوات الدولية"، "اللجنة العربية" belong to no one country. */
const SUPRANATIONAL = set(
  "الدولي الدولية دولي دولية الأممي الأممية العربي العربية الإسلامي الإسلامية الإفريقي الإفريقية الأفريقي الأفريقية الأوروبي الأوروبية الخليجي الخليجية المشترك المشتركة العالمي العالمية الإقليمي الإقليمية",
);

/** What makes forces the regime's: "جيش النظام"، "الجيش النظامي"، "القوات النظامية". */
const REGIME_WORDS = set("النظام النظامي النظامية الحكومي الحكومية");

/** The cause a rights body is named for, as normalised words ("للدفاع عن حقوق الإنسان"). */
const RIGHTS_REMITS = [
  "لحقوق الانسان",
  "للدفاع عن حقوق الانسان",
  "لحمايه حقوق الانسان",
  "للدفاع عن الحقوق والحريات",
  "للحقوق والحريات",
  "لحقوق المراه",
  "لحقوق الطفل",
].map((r) => r.split(" "));

/** How many tokens from `k` spell a rights body's cause, or 0. */
function rightsRemit(tokens: readonly Token[], k: number): number {
  const hit = RIGHTS_REMITS.find((r) => r.every((w, j) => tokens[k + j]?.n === w));
  return hit?.length ?? 0;
}

/** Adjectives that date a body without making it another one: "الحكومة الحالية" is still the government. */
const TEMPORAL_ADJECTIVES = set("الحالية الحالي الجديدة الجديد المؤقتة المؤقت المقبلة");

/** Offices named by their institution alone ("رئيس الجمهورية"), with the dictionary's English title of the role. */
const HEAD_OFFICES = new Map([
  ["الجمهوريه", "President"],
  ["الحكومه", "Prime Minister"],
  ["الوزراء", "Prime Minister"],
]);

/** Heads of state named by "البلاد", the country itself ("ملك البلاد"), with the dictionary's English title. */
const LAND_HEADS = new Map([
  ["رئيس", "President"],
  ["ملك", "King"],
  ["عاهل", "King"],
  ["امير", "Emir"],
  ["سلطان", "Sultan"],
]);

/** Heads that refer back to the last body named with them ("الوكالة" after "الوكالة الدولية للطاقة الذرية"). */
const ANAPHORIC_HEADS = set(`
الوكالة المؤسسة الشركة المجلة الصحيفة الحزب الحركة الجماعة المجلس الجهاز اللجنة المحكمة الهيئة المنظمة
الجبهة التحالف الائتلاف التنظيم النادي النقابة الجمعية الكتلة التيار اللواء الكتيبة الاتحاد الجامعة
الرابطة المرصد المركز التجمع المنتدى الشبكة الكتائب السرايا المجموعة
`);

const headOf = (nameAr: string): string => {
  const first = normalizeArabic(nameAr.split(/\s+/)[0] ?? "");
  return first.startsWith("ال") ? first : `ال${first}`;
};

/** The opposition of a country ("المعارضة السورية"), made once per article; null for a country without a government. */
export function oppositionOf(params: { country: string; matcher: ActorMatcher; state: DiscoveryState }): Actor | null {
  const { country, matcher, state } = params;
  const nisba = matcher.actors.get(`${country}-government`)?.nameAr.split(/\s+/)[1];
  if (!nisba) return null;
  const id = `${country}-opposition`;
  const actor: Actor = state.actors.get(id) ?? {
    id,
    name: `${matcher.actors.get(country)?.name ?? country} opposition`,
    nameAr: `المعارضة ${nisba}`,
    kind: "ORGANIZATION",
    aliases: ["المعارضة"],
    roles: [],
    discovered: true,
  };
  state.actors.set(id, actor);
  return actor;
}

/**
 * Bare definite heads that stand for an actor: the last one named with the same head in the article, or the
 * government, army, parliament, presidency or opposition of the article's main country.
 */
export function resolveDefiniteHeads(params: {
  tokens: Token[];
  taken: Set<number>;
  /** Actors named so far in the article, most recent last. */
  recent: Actor[];
  /** The main subject of the sentence before: a head that names it refers to it before any later-named actor. */
  topic?: Actor | undefined;
  /** Actors named in this sentence, with where: one named just before is likelier than any of earlier sentences. */
  here?: { start: number; actor: Actor }[];
  /** The country the article is mostly about, if any. */
  country: string | null;
  matcher: ActorMatcher;
  state: DiscoveryState;
}): Mention[] {
  const { tokens, taken, recent, country, matcher, state } = params;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken.has(i) || t.punct) continue;
    const s = stem(t.n);
    // A following adjective or genitive makes it a description ("الحكومة الانتقالية"), handled elsewhere or not an actor.
    const next = tokens[i + 1];
    const adjective = (t: Token | undefined): boolean =>
      !!t && !t.punct && /^(DT)?JJ/.test(t.pos ?? "") && t.n.startsWith("ال");
    let actor: Actor | undefined;
    let end = i + 1;
    // A title used before with a name, now without one: "وزير الاتصالات" after "وزير الاتصالات نقولا الصحناوي",
    // "الرئيس" after "الرئيس محمد مرسي" — the longest such title, not followed by a name. An adjective that is no
    // nationality may follow ("المقرر الأممي"; a nationality would be a dictionary match).
    for (let len = 4; len >= 1 && !actor; len--) {
      const span = tokens.slice(i, i + len);
      if (span.length < len || span.some((t, j) => t.punct || (j > 0 && taken.has(i + j)))) continue;
      const key = span.map((t, j) => (j === 0 ? titleForm(t.n) : t.n)).join(" ");
      const titledId = state.titles.get(key);
      if (!titledId && len >= 2 && TITLE_HEADS.has(titleForm(span[0]?.n ?? "")) && /^(ال|لل)/.test(span[1]?.n ?? ""))
        state.unresolved.add(key);
      const after = tokens[i + len];
      // (A complementiser the tagger calls a proper noun is no name after it: "وقال الرئيس إنه/NNP …"; nor is a
      // verbal noun with "بـ" or "لـ": "قرار الرئيس بعودة/NNP البرلمان".)
      const clitic = /^[بل][^ل]\S+ه$/.test(after?.n ?? "") && !GIVEN.has(after?.n ?? "");
      if (!titledId || (/NNP/.test(after?.pos ?? "") && !COMPLEMENTIZERS.has(after?.n ?? "") && !clitic)) continue;
      // A title is definite: its head has the article or a definite genitive ("وزير الاتصالات", not "رئيس منتخب").
      const head = titleForm(span[0]?.n ?? "");
      if (len > 1 && !head.startsWith("ال") && !/^(ال|لل)/.test(span[1]?.n ?? "")) continue;
      // One word alone refers back only when definite ("الرئيس"), never "رئيس" ("أول رئيس مدني منتخب").
      const relative = ["التي", "الذي"].includes(after?.n ?? ""); // "الوزيرة التي كانت تدرك …"
      // A verb spelt with "ال" is no genitive: "إن الرئيس التقى …".
      // Nor is "إلى"، spelt "الي" once normalised: "وتوجه الرئيس إلى …".
      const genitive =
        !!after?.n.startsWith("ال") &&
        !adjective(after) &&
        !relative &&
        !/^VB/.test(after?.pos ?? "") &&
        !["الي", "الا"].includes(after?.n ?? "");
      if (len === 1 && (genitive || !head.startsWith("ال"))) continue;
      actor = recent.find((a) => a.id === titledId) ?? state.actors.get(titledId) ?? matcher.actors.get(titledId);
      end = i + len;
    }
    // "رئيس الجمهورية"، "رئيس الحكومة" with no name or nationality: the head of state or government of the article's
    // country, when the article has named him (the dictionary's role of that title, of that country).
    // "رئيس مجلس الوزراء" is "رئيس الوزراء".
    const cabinetHead = tokens[i + 1]?.n === "مجلس" && tokens[i + 2]?.n === "الوزراء";
    const officeWord = cabinetHead ? i + 2 : i + 1;
    // "ملك البلاد"، "أمير البلاد"، "رئيس البلاد": the head of state of the article's country, by his own title.
    const ofLand = tokens[i + 1]?.n === "البلاد" ? LAND_HEADS.get(t.n.replace(/^[وف]?[بل]?/, "")) : undefined;
    const office = actor
      ? undefined
      : /^[وف]?[بل]?رئيس$/.test(t.n)
        ? (HEAD_OFFICES.get(tokens[officeWord]?.n ?? "") ?? ofLand)
        : ofLand;
    if (
      office &&
      country &&
      !taken.has(officeWord) &&
      // (The country's own head may be praised, "ملك البلاد المفدى"; "رئيس الجمهورية اللبنانية" is named elsewhere.)
      (!adjective(tokens[officeWord + 1]) || !!ofLand) &&
      !/NNP/.test(tokens[officeWord + 1]?.pos ?? "")
    ) {
      const holders = new Set(
        recent
          .filter((a) => a.kind === "PERSON" && a.roles.some((r) => r.of === country && r.title === office))
          .map((a) => a.id),
      );
      if (holders.size === 1) {
        actor = recent.find((a) => holders.has(a.id));
        end = officeWord + 1;
      } else if (ofLand && holders.size === 0) {
        // (Not named yet: the country, as "أمير الكويت" with no name is Kuwait.)
        actor = matcher.actors.get(country);
        end = officeWord + 1;
      }
    }
    while (actor && adjective(tokens[end]) && !taken.has(end)) {
      // "الرئيس السابق" after "الرئيس عبد ربه منصور هادي" is his predecessor: a former holder is someone else.
      if (FORMER_HOLDER.has(tokens[end]?.n ?? "")) {
        actor = undefined;
        end = i + 1;
        break;
      }
      end++;
    }
    // A name right after the title and its adjectives is the one it introduces: "النائب الكويتي أحمد الحربي" after
    // "النائب الكويتي أحمد السعدون" is another member of parliament. So is one after a longer title that goes on
    // with definite words: "وزير الخارجية والمغتربين اللبناني عدنان منصور" after "وزير الخارجية الروسي".
    let longer = end;
    while (
      actor &&
      longer < end + 3 &&
      /^[وف]?ال/.test(tokens[longer]?.n ?? "") &&
      /^DT(NN|JJ)/.test(tokens[longer]?.pos ?? "") &&
      !taken.has(longer)
    )
      longer++;
    const longerNamed = tokens[longer];
    if (
      actor &&
      longer > end &&
      longerNamed &&
      ((params.here ?? []).some((h) => h.start === longer && h.actor.kind === "PERSON") ||
        /NNP/.test(longerNamed.pos ?? ""))
    ) {
      actor = undefined;
      end = i + 1;
    }
    const named = tokens[end];
    if (
      actor &&
      named &&
      (GIVEN.has(named.n) ||
        (params.here ?? []).some((h) => h.start === end && h.actor.kind === "PERSON") ||
        // A given name the tagger calls a noun, before a tagged family name: "النائب مسلم البراك".
        (!named.punct &&
          /^[\u0621-\u064A]{3,}$/.test(named.n) &&
          !named.n.startsWith("ال") &&
          /NNP/.test(tokens[end + 1]?.pos ?? "") &&
          !isTitleStart(named)))
    ) {
      actor = undefined;
      end = i + 1;
    }
    const ofNation = COUNTRY_BODIES.has(s.form) && !!next && !!nisbaCountryOf(matcher, next.n);
    // "القوات المسلحة" with no nationality after it is the army of the article's country, as "الجيش" is.
    // So are the regime's forces: "جيش النظام"، "قوات النظام"، "الجيش النظامي"، "القوات النظامية (السورية)".
    const regime = /^(ال)?(قوات|جيش)$/.test(s.form) && REGIME_WORDS.has(next?.n ?? "");
    const armed = !actor && (s.form === "القوات" || regime) && (next?.n === "المسلحه" || regime) && !taken.has(i + 1);
    // "المعارضة المسلحة": the armed opposition of the article's country is its opposition still.
    const armedOpposition = !actor && s.form === "المعارضه" && next?.n === "المسلحه" && !taken.has(i + 1);
    if (!actor && adjective(next) && !TEMPORAL_ADJECTIVES.has(next?.n ?? "") && !ofNation && !armed && !armedOpposition)
      continue;
    const headed = (a: Actor | undefined): boolean =>
      !!a && a.kind !== "COUNTRY" && [a.nameAr, ...a.aliases].some((n) => headOf(n) === s.form);
    // "أدان المجلس الوطني للإعلام قرار مجلس الوزراء العرب … ودعا المجلس في بيانه …": the sentence before's subject
    // goes on, unless this sentence has named another such body before the head.
    if (
      !actor &&
      ANAPHORIC_HEADS.has(s.form) &&
      headed(params.topic) &&
      !(params.here ?? []).some((h) => h.start < i && headed(h.actor))
    )
      actor = params.topic;
    if (!actor && ANAPHORIC_HEADS.has(s.form))
      // Searched from the end: this sentence's actors before it, nearest first, then earlier sentences' latest first.
      actor = [
        ...recent,
        ...(params.here ?? [])
          .filter((h) => h.start < i)
          .sort((a, b) => a.start - b.start)
          .map((h) => h.actor),
      ]
        .reverse()
        // (Or by a name it has besides: "الكتلة" after "كتلة «المستقبل»", the dictionary's "تيار المستقبل".)
        .find((a) => a.kind !== "COUNTRY" && [a.nameAr, ...a.aliases].some((n) => headOf(n) === s.form));
    // "زيارة سليمان للمملكة": the kingdom named last, or the one the article is about.
    if (!actor && s.form === "المملكه" && !adjective(next) && !/NNP/.test(next?.pos ?? "")) {
      const kingdom = (a: Actor | undefined): boolean =>
        a?.kind === "COUNTRY" && [a.nameAr, ...a.aliases].some((n) => /^(ال)?مملكه/.test(normalizeArabic(n)));
      actor =
        [...recent, ...(params.here ?? []).filter((h) => h.start < i).map((h) => h.actor)].reverse().find(kingdom) ??
        (country && kingdom(matcher.actors.get(country)) ? matcher.actors.get(country) : undefined);
    }
    // "مجلس الوزراء" (the cabinet) is the government of its country, like "الحكومة".
    // (Not after "رئيس": "رئيس مجلس الوزراء" is the head of government, a title.)
    const cabinet =
      !actor &&
      !armed &&
      /^[وف]?[بل]?مجلس$/.test(t.n) &&
      next?.n === "الوزراء" &&
      !taken.has(i + 1) &&
      !/^[وف]?[بل]?رئيس$/.test(tokens[i - 1]?.n ?? "");
    let suffix = armed ? "army" : cabinet ? "government" : COUNTRY_BODIES.get(s.form);
    if (armed || cabinet || armedOpposition) end = i + 2;
    // "حكومة الوفاق (الوطني)": the unity government of the country the article is about (Yemen's in 2012, Libya's
    // later), named without the article on its head and with any clitic: "لحكومة الوفاق".
    const unity = /^([وف]?)([بلك]?)حكومه$/.exec(t.n);
    let unityPrep: string | null = null;
    let unityCountry: string | null = null;
    if (!actor && !suffix && unity && tokens[i + 1]?.n === "الوفاق" && !taken.has(i + 1)) {
      suffix = "government";
      end = tokens[i + 2]?.n === "الوطني" && !taken.has(i + 2) ? i + 3 : i + 2;
      unityPrep = unity[2] || null;
      // (A nationality after it says whose, whatever the story is about: "حكومة الوفاق الوطني الليبية".)
      unityCountry = taken.has(end) ? null : nisbaCountryOf(matcher, tokens[end]?.n ?? "");
      if (unityCountry) end++;
    }
    // "المعارضة السورية": a body named with a nationality belongs to that country, whatever the article is about.
    const nisbaCountry = suffix && next ? nisbaCountryOf(matcher, next.n) : null;
    // "القوات النظامية السورية": the nationality after the army's adjective.
    const armedOf = (armed || cabinet) && !taken.has(i + 2) ? nisbaCountryOf(matcher, tokens[i + 2]?.n ?? "") : null;
    if (!actor && suffix && nisbaCountry && !taken.has(i + 1)) {
      end = i + 2;
    } else if (nisbaCountry) suffix = undefined;
    if (armedOf) end = i + 3;
    const bodyCountry = unityCountry ?? nisbaCountry ?? armedOf ?? country;
    if (!actor && suffix && bodyCountry) {
      const country = bodyCountry;
      if (suffix === "opposition") actor = oppositionOf({ country, matcher, state }) ?? undefined;
      else actor = matcher.actors.get(`${country}-${suffix}`);
    }
    if (!actor) continue;
    // A preposition written apart ("إلى المعارضة السورية") introduces the body as a clitic would.
    const apart = PREP_WORDS.has(tokens[i - 1]?.n ?? "") ? (tokens[i - 1]?.n ?? null) : null;
    const prep = unity && unityPrep !== null ? unityPrep : s.prep || apart;
    const conj = unity ? unity[1] === "و" : s.conj;
    out.push(mentionOf({ actorId: actor.id, start: i, end: end, prep, conj, via: "short", confidence: 0.5 }));
  }
  return out;
}
