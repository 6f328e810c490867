/**
 * Trigger patterns → relations. Handles verb–subject–object and subject–verb–object order, coordinated verbs that
 * share a subject, verbal nouns with a genitive subject ("زيارة أبو مرزوق لموسكو"), light verbs ("أجرى محادثات
 * مع"), frames ("خلال لقائه مع X، أكد Y"), invitations ("دعوة وفد من حماس لزيارة موسكو"), the passive
 * ("تم استدعاء السفير الروسي لدى إسرائيل"), coordination and reciprocal meetings ("اجتمع ممثلو روسيا وإيران").
 */
import { namedByAct, type ArticleActorState, type Mention } from "./actors.js";
import { rootState } from "./mention-context.js";
import { isSubjectPosition } from "./reference.js";
import type { ArgumentPrep, TriggerEntry, TriggerLexicon, TriggerSet } from "./lexicon-types.js";
import { normalizeArabic, procliticReadings, asWritten } from "./normalize.js";
import type { Token } from "./tokens.js";
import type { Actor } from "./types.js";
import {
  TITLE_HEADS,
  AGENT_ADJECTIVES,
  AGENT_NOUNS,
  CLAUSE_BREAKS,
  FILLERS,
  HONORIFIC_WORDS,
  FRAME_PREPS,
  LIGHT_VERBS,
  CARRY_OUT_SUFFIXED,
  CARRY_OUT_VERBS,
  DECLARE_VERBS,
  NAMING_WORDS,
  PASSIVE_AUX,
  POSSESSIVE_SUFFIXES,
  PREP_WORDS,
  AFFILIATED,
  PLACE_NOUNS,
  PLACE_PREPS,
  VICTIM_NOUNS,
  SITE_NOUNS,
  TARGETING_VERBS,
  APPOSITION_HEADS,
  GENERIC_SUBJECTS,
  SAYING,
  ACT_NOUNS,
  STATEMENT_NOUNS,
  SPEECH_NOUNS,
  OPENING_QUOTES,
  RELATIVE_PRONOUNS,
  isPrepositionalMasdar,
  COUNTERPARTS,
  MEMBER_NOUNS,
  AUXILIARIES,
  VENUE_NOUNS,
  ownVenue,
  atOwnVenue,
} from "./words.js";

/** A trigger entry compiled for matching. */
export interface CompiledTrigger {
  set: TriggerSet;
  entry: TriggerEntry;
  tokens: string[];
  objectPreps: Set<string>;
  requires: string[];
  excludes: string[];
  purpose: string[];
  /** Verbs a claimed act must follow (`governedBy`), folded. */
  governedBy: string[];
  passivePreps: Set<string>;
}

/** The compiled trigger lexicon. */
export interface TriggerIndex {
  byFirst: Map<string, CompiledTrigger[]>;
  /** Every verb form and possessed trigger noun (first word), used to stop personal names. */
  verbForms: Set<string>;
  /** Forms matched as written (hamza kept, harakat dropped): `writtenForms` of the lexicon. */
  byWritten: Map<string, CompiledTrigger[]>;
}

const fold = (s: string): string => normalizeArabic(s).replace(/[ئؤ]/g, "ء");

/** Compiles the trigger lexicon (normalising every form). */
export function compileTriggers(lexicon: TriggerLexicon): TriggerIndex {
  const byFirst = new Map<string, CompiledTrigger[]>();
  const byWritten = new Map<string, CompiledTrigger[]>();
  const verbForms = new Set<string>();
  const preps = (ps: ArgumentPrep[] | undefined): Set<string> =>
    new Set((ps ?? []).map((p) => (p === "direct" ? "direct" : normalizeArabic(p))));
  for (const set of lexicon.sets) {
    for (const entry of set.triggers) {
      const compiled = (tokens: string[]): CompiledTrigger => ({
        set,
        entry,
        tokens,
        objectPreps: preps(entry.object),
        requires: (entry.requires ?? []).map(fold),
        excludes: (entry.excludes ?? []).map(fold),
        purpose: (entry.purpose ?? []).map(fold),
        governedBy: (entry.governedBy ?? []).map(fold),
        passivePreps: preps(entry.passiveSubjectPrep),
      });
      for (const form of entry.writtenForms ?? [])
        byWritten.set(asWritten(form), [...(byWritten.get(asWritten(form)) ?? []), compiled([normalizeArabic(form)])]);
      for (const form of entry.forms) {
        const tokens = normalizeArabic(form).split(" ");
        const c = compiled(tokens);
        const first = tokens[0] ?? "";
        const list = byFirst.get(first) ?? [];
        list.push(c);
        byFirst.set(first, list);
        if (entry.pos === "verb") verbForms.add(first);
        // A trigger noun with a possessive pronoun is no name either: "الرئيس الفرنسي تأييده لخطة أنان".
        else if (!first.startsWith("ال"))
          for (const stem of [first, first.replace(/ه$/, "ت")])
            for (const suf of POSSESSIVE_SUFFIXES) verbForms.add(`${stem}${suf}`);
      }
    }
  }
  return { byFirst, verbForms, byWritten };
}

/** A trigger found in a sentence. */
/**
 * "تدعم الحركة الشعبية والحكومة وافقت على …"، "ترفض انتقادات كلينتون.. وأنان يؤكد": a conjunct followed by its own verb
 * (without a conjunction of its own) is the subject of a clause of its own, not one more of a list.
 */
export function opensOwnClause(tokens: readonly Token[], conjunct: Mention): boolean {
  const after = tokens[conjunct.end];
  return !!after && /^VB[DP]$/.test(after.pos ?? "") && !/^[وف]/.test(after.n);
}

/** Words after which an accusative participle is their predicate ("كان مطالبا بـ"), not a circumstantial phrase. */
const PREDICATE_TAKERS = new Set(
  "كان كانت يكون تكون ليس ليست اصبح اصبحت يصبح ظل ظلت بات باتت بدا بدت يبدو ان انه انها لا غير".split(" "),
);

/** A subject by its verb's tag, or — untagged — after a verb of saying ("وقال الوزير … داعيا"). */
export function standsAsSubject(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.start - 1];
  return (
    isSubjectPosition(tokens, m) ||
    (m.prep === null && !!before && before.pos === undefined && SAYING.has(before.n.replace(/^[وف]/, "")))
  );
}

/**
 * The break before a circumstantial participle: a comma, or the end of a quotation ("وقال X إن «…» داعيا طهران إلى"),
 * after which the participle goes back to the sentence's subject, the quotation's speaker.
 */
export function participleBreak(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.n;
  if (prev === "،" || prev === "," || prev === "»" || prev === "”") return true;
  // A straight quote closes when it is the second of a pair.
  return prev === '"' && tokens.slice(0, at).filter((t) => t.n === '"').length % 2 === 0;
}

/**
 * "… على هذا البلد داعيا طهران إلى التعاون": a masculine accusative participle (its "-ا" ending) is circumstantial
 * even where the paper set no comma before it — unless a copula, negator or preposition takes it as its predicate
 * or genitive. (The feminine "مطالبة" is also the verbal noun "demand": only after a comma.)
 */
export function bareCircumstantial(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  if (!t || !prev || prev.punct || !/ا$/.test(t.n)) return false;
  const p = prev.n.replace(/^[وف]/, "");
  return !PREDICATE_TAKERS.has(p) && !PREP_WORDS.has(p);
}

export interface TriggerHit {
  trigger: CompiledTrigger;
  start: number;
  end: number;
  conj: boolean;
  future: boolean;
  possessed: boolean;
}

interface Reading {
  form: string;
  conj: boolean;
  future: boolean;
  possessed: boolean;
}

function verbReadings(n: string): Reading[] {
  const out: Reading[] = [{ form: n, conj: false, future: false, possessed: false }];
  for (const c of ["و", "ف"])
    if (n.startsWith(c) && n.length > 2) out.push({ form: n.slice(1), conj: true, future: false, possessed: false });
  for (const r of [...out]) {
    // The future prefix: "سيزور" = س + يزور.
    if (r.form.startsWith("س") && /^[يتن]/.test(r.form.slice(1)) && r.form.length > 3) {
      out.push({ form: r.form.slice(1), conj: r.conj, future: true, possessed: false });
    }
  }
  return out;
}

function nounReadings(n: string): Reading[] {
  const out: Reading[] = [];
  for (const r of procliticReadings(n)) {
    const base = { conj: r.conj === "و" || r.conj === "ف", future: false };
    const form = r.form;
    out.push({ form, ...base, possessed: false });
    if (r.article) continue;
    for (const suf of POSSESSIVE_SUFFIXES) {
      if (!form.endsWith(suf) || form.length < suf.length + 3) continue;
      const stem = form.slice(0, -suf.length);
      out.push({ form: stem, ...base, possessed: true });
      if (stem.endsWith("ت")) out.push({ form: `${stem.slice(0, -1)}ه`, ...base, possessed: true });
      // The hamza's seat moves with the case: "لقائهما" and "لقاؤهما" are both "لقاء" possessed.
      if (stem.endsWith("ئ") || stem.endsWith("ؤ"))
        out.push({ form: `${stem.slice(0, -1)}ء`, ...base, possessed: true });
    }
  }
  return out;
}

/**
 * Whether the verb-like word at `i` is a verbal noun in the genitive of the indefinite feminine noun before it
 * ("جريمة خطف رئيس اللجنة", "محاولة فرض"): a verb after such a noun would agree with it ("خطفت"), so a masculine past
 * form there, which the tagger also calls a noun, is the act's name, not a report of it.
 */
function constructMasdar(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t?.pos || !/^NNS?$/.test(t.pos) || !prev || prev.punct) return false;
  return /^NNS?$/.test(prev.pos ?? "") && prev.raw.endsWith("ة") && !prev.n.startsWith("ال");
}

/**
 * "قررت الحكومة الأردنية وقف التعاون مع إيران": a past verb form the tagger reads as a noun, right after a noun phrase
 * and before a definite common noun, is the verbal noun in construct with it ("stopping the cooperation") — the
 * object of the verb before, not a verb of its own. (Imperfect forms are verbs whatever their tag.)
 */
function objectMasdar(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t?.pos || !/^NNS?$/.test(t.pos) || /^[يتن]/.test(t.n) || !prev || prev.punct || !next) return false;
  return /^DT(NN|JJ)/.test(prev.pos ?? "") && /^DTNNS?$/.test(next.pos ?? "");
}

/**
 * "مواصلة دعم جهود أنان وحث الحكومة على …": a verb form after "و" that the tagger reads as a noun, inside a sentence
 * rather than opening a clause, is a verbal noun coordinated with the nouns before it — "and urging", not "and he
 * urged". (A clause-opening "وانتقد" is often mis-tagged too: after punctuation the verb reading stays.)
 */
function coordinatedMasdar(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // Only a past form can be a verbal noun too ("حث"، "دعم"، "رفض"); an imperfect ("وتطالب") is a verb, whatever its tag.
  const bare = t?.n.replace(/^[وف]/, "") ?? "";
  if (/^[يتن]/.test(bare)) return false;
  return !!t?.pos && /^NNS?$/.test(t.pos) && !!prev && !prev.punct && /^(DT)?NN/.test(prev.pos ?? "");
}

const THEN = new Set(["ثم", "وثم"]);

/** Finds trigger words in a sentence (longest match per position). */
export function findTriggers(tokens: Token[], index: TriggerIndex): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.punct) continue;
    const found: TriggerHit[] = [];
    const seen = new Set<CompiledTrigger>();
    for (const reading of [...verbReadings(tok.n), ...nounReadings(tok.n)]) {
      for (const c of index.byFirst.get(reading.form) ?? []) {
        if (seen.has(c)) continue;
        const isVerbReading = verbReadings(tok.n).some((v) => v.form === reading.form && !v.possessed);
        if (
          c.entry.pos === "verb" &&
          (!isVerbReading ||
            reading.possessed ||
            (!reading.conj && (constructMasdar(tokens, i) || objectMasdar(tokens, i))) ||
            (reading.conj && coordinatedMasdar(tokens, i)))
        )
          continue;
        if (c.entry.pos === "noun" && reading.future) continue;
        let ok = true;
        // A quotation may open inside a phrase: 'أن "على الأسد أن يرحل"'.
        let quote = 0;
        for (let k = 1; k < c.tokens.length; k++) {
          if (quote === 0 && OPENING_QUOTES.has(tokens[i + k]?.n ?? "")) quote = 1;
          const t = tokens[i + k + quote];
          const w = c.tokens[k] ?? "";
          // A one-letter preposition in a phrase is a clitic on the next word: "شركاء ب" in "شركاء بهذه المذابح".
          const clitic = w.length === 1 && !!t && t.n.length > 2 && t.n.startsWith(w);
          if (!t || (t.n !== w && !clitic && !procliticReadings(t.n).some((r) => r.form === w))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        seen.add(c);
        found.push({
          trigger: c,
          start: i,
          end: i + c.tokens.length + quote,
          // "ثم التقى …": a verb after "then" is coordinated as one with "و" is.
          conj: reading.conj || (c.entry.pos === "verb" && THEN.has(tokens[i - 1]?.n ?? "")),
          future: reading.future,
          possessed: reading.possessed,
        });
      }
    }
    // Forms told apart only by their written hamza: "وهنأ الملك الرئيس" (never "هنا").
    const written = asWritten(tok.raw);
    const conjWritten = /^[وف]/.test(written) ? written.slice(1) : null;
    for (const [w, conj] of [
      [written, false],
      [conjWritten, true],
    ] as const) {
      for (const c of (w && index.byWritten.get(w)) || []) {
        if (seen.has(c)) continue;
        seen.add(c);
        found.push({ trigger: c, start: i, end: i + 1, conj, future: false, possessed: false });
      }
    }
    // An obligation opening a quotation after a colon: 'وأضاف أوباما: على بشار الأسد أن يرحل' is the phrase "إن على"
    // without its "إن".
    if (found.length === 0 && tok.n === "علي" && [":", '"', "«"].includes(tokens[i - 1]?.n ?? "")) {
      const owed = [...(index.byFirst.get("ان") ?? [])].find(
        (c) => c.entry.speakerSubject && c.tokens.length === 2 && c.tokens[1] === "علي",
      );
      if (owed) found.push({ trigger: owed, start: i, end: i + 1, conj: false, future: false, possessed: false });
    }
    if (found.length === 0) continue;
    const maxLen = Math.max(...found.map((f) => f.end - f.start));
    hits.push(...found.filter((f) => f.end - f.start === maxLen));
    i += maxLen - 1;
  }
  return hits;
}

/** Heads coordinated before a body's members: "رئيس وأعضاء"، "هيئة وأعضاء". */
const BOARD_HEADS = new Set(["رئيس", "هيئه", "رئاسه", "قياده", "اعضاء", "قيادات"]);

/** A noun of a place or a building, whose name follows it ("مدينة عسقلان"، "قصر بعبدا"). */
const isVenue = (t: Token | undefined): boolean =>
  inSet(t, PLACE_NOUNS) || inSet(t, VENUE_NOUNS) || (!!t && ownVenue(t.n));

/** One relation found in a sentence, before dates, modality and provenance are attached. */
export interface RawRelation {
  hit: TriggerHit;
  subject: Mention;
  object: Mention;
  /** Actor to use instead of the object mention's actor (the state of a summoned ambassador). */
  objectActorId?: string;
  location: Mention | null;
  confidence: number;
  /** Done before the clause's event, whatever its tense: the invitation a future visit answers. */
  prior?: boolean;
}

// "أن"/"إن" with a resumptive pronoun stand between a topic and its verb: "قالت مصر إنها لن تستقبل …".
const COMPLEMENTIZERS = new Set([
  "ان",
  "انه",
  "انها",
  "انهم",
  "انهما",
  "بان",
  "بانه",
  "بانها",
  "لان",
  "لانه",
  "لانها",
  // Auxiliaries: "أردوغان كان قد التقى بوتين".
  "كان",
  "كانت",
  "كانوا",
  "يكون",
  "تكون",
]);
/** Verbs whose subject needs, asks for or receives the act of the verbal noun after them rather than doing it. */
const NOT_AGENT_VERBS = new Set(
  `احتاج يحتاج تحتاج حصل حصلت يحصل تحصل تلقى تلقت يتلقى تتلقى نال نالت طلب طلبت يطلب تطلب طالب طالبت يطالب تطالب
  دعا دعت يدعو تدعو ناشد ناشدت يناشد تناشد حث حثت يحث تحث رفض رفضت يرفض ترفض انتظر ينتظر تنتظر`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeArabic),
);
/** Relations whose verbal noun, governed by another verb, takes that verb's subject as its agent. */
const GOVERNED_TYPES = new Set(["SUPPORTED", "CONDEMNED"]);
/** Pronouns that open a parenthetical about the subject: "، وهو ضابط في الحركة،". */
const PARENTHETICAL_OPENERS = new Set(["وهو", "وهي"]);
/** The parts of a period that name a time ("بداية العام"), and the periods. */
const TIME_HEADS = new Set(["بدايه", "مطلع", "نهايه", "منتصف", "اواخر", "اوائل", "مستهل", "اول"]);
const TIME_PERIODS = new Set(["العام", "الشهر", "الاسبوع", "السنه", "الصيف", "الربيع", "الخريف", "الشتاء"]);

/**
 * The end of a phrase of time starting at `k` — "بداية العام (الجاري)"، "مطلع الأسبوع الماضي"، "في وقت سابق"، "في
 * الوقت نفسه" — or `k` itself when none starts there.
 */
export function timePhraseEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.n ?? "";
  if (TIME_HEADS.has(t) && TIME_PERIODS.has(tokens[k + 1]?.n ?? "")) {
    const end = k + 2;
    return ["الماضي", "الجاري", "الحالي", "المنصرم", "المقبل"].includes(tokens[end]?.n ?? "") ? end + 1 : end;
  }
  if (t === "في" && tokens[k + 1]?.n === "وقت" && /^(سابق|لاحق|متاخر|مبكر)/.test(tokens[k + 2]?.n ?? "")) return k + 3;
  if (t === "في" && tokens[k + 1]?.n === "الوقت" && ["نفسه", "ذاته"].includes(tokens[k + 2]?.n ?? "")) return k + 3;
  // "في ذات الوقت"، "في نفس الوقت"، "في الوقت ذاته".
  if (t === "في" && ["ذات", "نفس"].includes(tokens[k + 1]?.n ?? "") && tokens[k + 2]?.n === "الوقت") return k + 3;
  // How often: "(في) أكثر من مرة/مناسبة"، "مرة أخرى"، "مرارا (وتكرارا)"، "في مناسبات عدة".
  const at = t === "في" ? k + 1 : k;
  const w = (j: number): string => tokens[at + j]?.n ?? "";
  if (w(0) === "اكثر" && w(1) === "من" && ["مره", "مناسبه"].includes(w(2))) return at + 3;
  if (t === "في" && w(0) === "مناسبات" && ["عده", "عديده", "كثيره", "مختلفه"].includes(w(1))) return at + 2;
  if (t === "مره" && ["اخري", "ثانيه", "جديده"].includes(w(1))) return k + 2;
  if (t === "مرارا") return w(1) === "وتكرارا" ? k + 2 : k + 1;
  return k;
}

/** Where something was said or done, after "في/خلال": "في مؤتمر صحافي"، "في بيانه"، "خلال زيارته لطهران". */
const SPEECH_EVENTS = /^(بيان|مؤتمر|تصريح|حديث|كلم|مقابل|لقاء|رسال|خطاب|ندو|جلس|تغريد|زيار|جول|اجتماع)/;
/** "له"، "لها": a statement's owner as a pronoun, after which no genitive follows ("في بيان لها"). */
const OWNER_PRONOUNS = new Set(["له", "لها", "لهم", "لهما"]);
const HELD = new Set(["جري", "جرت", "عقد", "عقدت", "اجري", "اجريت", "تم", "جرى"]);
/** Verbs of a relative clause by which talks took place: "المفاوضات التي دارت/جرت/عقدت بين …". */
const HELD_AFTER = new Set(["دارت", "دار", "جرت", "جري", "عقدت", "عقد", "اجريت", "تمت"]);
/**
 * Talks, contacts and meetings named with their two sides after "بين", no verb needed: "اتصالات بين X وY"، "الاتصال
 * الهاتفي بين X وY"، "اللقاء بين X وY".
 */
const BETWEEN_TALKS = new Set([
  "اتصالات",
  "الاتصالات",
  "اتصال",
  "الاتصال",
  "لقاء",
  "اللقاء",
  "اجتماع",
  "الاجتماع",
  "مفاوضات",
  "المفاوضات",
  "محادثات",
  "المحادثات",
  "مباحثات",
  "المباحثات",
]);
/** Words of address before the members of a body: "الإخوة أعضاء مجلس النواب"، "السادة النواب". */
const ADDRESS_WORDS = new Set(["الاخوه", "الساده", "الزملاء"]);
/** The part of an event that frames a statement after "في": "في ختام زيارته لموسكو، قال …". */
const FRAME_NOUNS = new Set(["ختام", "نهايه", "مستهل", "بدايه", "اعقاب", "اطار"]);
/** Verbal nouns of light verbs, whose genitive holds the talks or makes the call: "إجراء"، "تلقي". */
const LIGHT_MASDARS = new Set(["اجراء", "تلقي"]);
const GATHER = new Set(["جمع", "جمعت", "يجمع", "تجمع", "ضم", "ضمت"]);
const NEGATORS = new Set(["لم", "لن", "لا", "قد", "ليس", "ما"]);
const STOP_PREPS = new Set(["الي", "علي", "عن", "ضد", "من"]);
// Relations whose object may be the agent of a verbal noun ("أدان قصف إسرائيل لـ…").
const ACT_OBJECT_TYPES = new Set(["CONDEMNED", "ACCUSED", "REJECTED"]);
/** Acts whose target the writer may name afterwards, "في إشارة إلى X". */
const REFERRED_TYPES = new Set(["CONDEMNED", "ACCUSED", "THREATENED"]);
/** Nouns of an attack, whose "على"/"ضد" (or a downing's "لـ") names its target. */
const ATTACK_NOUNS = new Set(
  "الاعتداء اعتداء الاعتداءات اعتداءات الهجوم هجوم الهجمات هجمات الغارات غارات الغارة غارة القصف قصف العدوان عدوان التفجير تفجير إسقاط الإسقاط إطلاق"
    .split(" ")
    .map((w) => normalizeArabic(w)),
);

/** A conjunct that shares a preposition of the mentions it is coordinated with: "في مصر وتركيا والأردن". */
export function conjunctOfPrep(m: Mention, mentions: Mention[], except?: Set<string>): boolean {
  let cur = m;
  for (let d = 0; cur.conj && d < 8; d++) {
    const prev = mentions.find((x) => x.end === cur.start);
    if (!prev) return false;
    if (prev.prep !== null) return !except?.has(prev.prep);
    cur = prev;
  }
  return false;
}

/** Whether token `k` stands inside a mention of more than one word, after its first. */
export function insideName(mentions: readonly Mention[], k: number): boolean {
  return mentions.some((m) => m.start < k && k < m.end);
}

function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  if ([".", "؛", ";", "!", "?", "؟", ":"].includes(t.n)) return true;
  return CLAUSE_BREAKS.has(t.n) || procliticReadings(t.n).some((r) => r.conj && CLAUSE_BREAKS.has(r.form));
}

/** Nouns that measure out an act ("حزمة من العقوبات"), and the adjectives they or the act may take. */
const MEASURE_NOUNS = new Set(["حزمه", "سلسله", "مجموعه", "جمله", "دفعه", "رزمه"]);
const MEASURE_ADJECTIVES = new Set(["جديده", "اخري", "اضافيه", "جديد", "اضافي", "واسعه", "صارمه", "مشدده"]);

/** Words before a fight that is prevented or stopped, not fought: "لمنع اشتباكات بين …"، "وقف المعارك". */
const PREVENTING = new Set("منع تجنب تفادي خشية خوفا احتمال وقف إنهاء".split(" ").map((w) => normalizeArabic(w)));

/** Who fights for a side, in construct with it: "كتائب الجيش الحر"، "عناصر حركة …"، "مقاتلي المعارضة". */
const FIGHTER_NOUNS = new Set(
  "كتائب عناصر مقاتلي مقاتلو وحدات ميليشيات مسلحي مسلحو أنصار".split(" ").map((w) => normalizeArabic(w)),
);

/** Conjunctions of time and cause that open a subordinate clause: "عندما اتهم"، "حين التقى". */
const SUBORDINATORS = new Set(["عندما", "حينما", "حين", "بعدما", "لما", "كلما", "عندئذ", "وعندما", "وحين", "وحينما"]);

function isFiller(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.punct) return t.n === "،" || t.n === "," || t.n === '"' || t.n === "(" || t.n === ")" || t.n === "-";
  if (/^\d+$/.test(t.n)) return true;
  return FILLERS.has(t.n) || procliticReadings(t.n).some((r) => FILLERS.has(r.form));
}

function inSet(t: Token | undefined, s: Set<string>): boolean {
  if (!t || t.punct) return false;
  return s.has(t.n) || procliticReadings(t.n).some((r) => s.has(r.form));
}

// A content word without proclitic preposition or article: the head noun of "مواقع لحزب الله".
function isBareNoun(t: Token | undefined): boolean {
  if (!t || t.punct || isFiller(t) || PREP_WORDS.has(t.n) || t.n.startsWith("ال")) return false;
  return !procliticReadings(t.n).some((r) => r.prep !== "");
}

/** Whether a token is a word of a trigger's list (folded), past its clitics and article, or begins with a long one. */
export function tokenMatchesWord(t: Token, w: string): boolean {
  const forms = [t.n, ...procliticReadings(t.n).map((r) => r.form)].map(fold);
  // (A short word takes its indefinite accusative too: "رفضت إيران طلبا/حظرا …".)
  return forms.some((f) => f === w || f === `${w}ا` || (w.length >= 4 && f.startsWith(w)));
}

/** Whether a run of tokens holds a trigger's condition word, or its phrase word by word ("غير مقبول" in "غير مقبولة"). */
export function tokensHold(tokens: readonly Token[], w: string): boolean {
  const words = w.split(" ");
  return tokens.some((_, i) => words.every((x, j) => !!tokens[i + j] && tokenMatchesWord(tokens[i + j] as Token, x)));
}

/** Whether a token is one of the words a trigger requires ("فرض … عقوبات"): part of its phrase, not a trigger of its own. */
export function requiredBy(trigger: CompiledTrigger, t: Token | undefined): boolean {
  return !!t && trigger.requires.some((w) => tokenMatchesWord(t, w));
}

/**
 * Whether the verb at `at` has a subject before it that names no one ("إن الجميع يدعم النظام"، "كان فيه الجميع
 * يدفع …"): a quantifier or generic noun, inside no mention, and not after a preposition ("في المقابل ندد X" names its
 * subject after the verb).
 */
export function genericSubjectBefore(params: { tokens: Token[]; at: number; mentions: readonly Mention[] }): boolean {
  const { tokens, at, mentions } = params;
  const pre = tokens[at - 1];
  return (
    !!pre &&
    (pre.pos === "NOUN_QUANT" || GENERIC_SUBJECTS.has(pre.n)) &&
    !mentions.some((m) => m.start <= at - 1 && at - 1 < m.end) &&
    !PREP_WORDS.has(tokens[at - 2]?.n ?? "")
  );
}

/**
 * What an act falls on, named by a nationality at the end of a chain of nouns from `from`: sanctions "على النفط
 * الإيراني"، "تستهدف قطاع النفط الإيراني" are on Iran; an attack on "طائرة تركية" is on Turkey.
 */
export function nationalityChain(params: {
  tokens: Token[];
  from: number;
  prep: string | null;
  nisbaOf?: (word: string) => string | null;
  /** A state named at a token, for a nationality spelt as its name ("كيانا سوريًا" is "سوريا" once normalised). */
  stateAt?: (k: number) => string | null;
  /** A country named at a token after "من": where goods bought come from ("على استيراد النفط من إيران"). */
  sourceAt?: (k: number) => string | null;
}): Mention | undefined {
  const { tokens, from, prep, nisbaOf } = params;
  if (!nisbaOf || !/^(DT)?NN/.test(tokens[from]?.pos ?? "")) return undefined;
  const imported = (k: number): boolean => tokens.slice(from, k).some((t) => IMPORT_NOUNS.has(t.n));
  for (let k = from + 1; k <= from + 5; k++) {
    const t = tokens[k];
    if (!t || t.punct) return undefined;
    const source = tokens[k - 1]?.n === "من" && imported(k - 1) ? (params.sourceAt?.(k) ?? null) : null;
    const id = nisbaOf(t.n) ?? params.stateAt?.(k) ?? source;
    if (id) return { actorId: id, start: k, end: k + 1, prep, conj: false, via: "short", place: null, confidence: 0.5 };
    // (Counts may stand among the nouns: "على سفر 34 فردا".)
    if (!/^(DT)?(NN|CD)/.test(t.pos ?? "") && !/^\d+$/.test(t.n) && !["علي", "من"].includes(t.n)) return undefined;
  }
  return undefined;
}

/** Buying from a state: a ban on it targets the state sold from. */
const IMPORT_NOUNS = new Set(["استيراد", "واردات", "الواردات", "شراء"]);

/** Extracts raw relations from one sentence. */
export function extractSentenceRelations(params: {
  tokens: Token[];
  mentions: Mention[];
  hits: TriggerHit[];
  actorOf: (id: string) => Actor | undefined;
  state: ArticleActorState;
  /** The state a nationality adjective names, for targets named by one ("قطاع النفط الإيراني"). */
  nisbaOf?: (word: string) => string | null;
}): RawRelation[] {
  const { tokens, mentions, hits, actorOf } = params;
  const out: RawRelation[] = [];
  const actors = mentions.filter((m) => m.place === null);
  const places = mentions.filter((m) => m.place !== null);
  const startsAt = (k: number): Mention | undefined => actors.find((m) => m.start === k);
  const sourceAt = (k: number): string | null => {
    const named = actors.find((m) => m.start === k && m.prep === "من");
    return named && actorOf(named.actorId)?.kind === "COUNTRY" ? named.actorId : null;
  };
  // "طالب X بأن تعلن إسرائيل موقفها"، "مطالبا بضرورة أن يعلن المفتي …"، "دعا إلى أن تجري السلطات …": with no one
  // named as called on, the subject of the verb demanded is.
  const demandedOfSubject = (p: { from: number; subjects: Mention[] }): Mention[] | null => {
    const w = (j: number): string => tokens[j]?.n ?? "";
    const opener = [["بان"], ["بضروره", "ان"], ["الي", "ان"], ["الي", "ضروره", "ان"]].find((ws) =>
      ws.every((x, j) => w(p.from + j) === x),
    );
    if (!opener) return null;
    const k = p.from + opener.length;
    const verb = tokens[k];
    if (!verb || !(verb.pos ? /^VBP/.test(verb.pos) : /^[يت]\S{2,}$/.test(verb.n))) return null;
    const m = startsAt(k + 1);
    // (Opener, verb and name stand together: the clause that "أن" opens is the demand's own.)
    if (!m || m.prep !== null || m.place !== null) return null;
    return p.subjects.some((x) => x.actorId === m.actorId) ? null : [m];
  };
  /** The state a nationality adjective right after the noun at `k` names ("المطالب الأمريكية"), as a mention. */
  const nisbaAfter = (k: number): Mention | undefined => {
    const t = tokens[k + 1];
    const id = t && /^DTJJ/.test(t.pos ?? "") ? params.nisbaOf?.(t.n) : null;
    return id
      ? { actorId: id, start: k + 1, end: k + 2, prep: null, conj: false, via: "nisba", place: null, confidence: 0.5 }
      : undefined;
  };
  const verbHits = hits.filter((h) => h.trigger.entry.pos === "verb");
  const triggerAt = (k: number): boolean => verbHits.some((h) => h.start === k);

  // A clause word inside a name ends no clause: "بان كي مون" holds "كي" ("so that").
  const breaksAt = (k: number): boolean => isBoundary(tokens[k]) && !insideName(mentions, k);
  const clauseOf = (at: number): [number, number] => {
    let s = at;
    while (s > 0 && !breaksAt(s - 1)) s--;
    let e = at + 1;
    while (e < tokens.length && !breaksAt(e)) e++;
    return [s, e];
  };
  const chainAfter = (m: Mention, limit: number): Mention[] => {
    const list = [m];
    let cur = m;
    for (;;) {
      let k = cur.end;
      // ("..", which separates statements in headlines, never continues a list.)
      if (tokens[k]?.raw === "..") break;
      if (tokens[k]?.n === "،" || tokens[k]?.n === ",") k++;
      const next = startsAt(k);
      if (!next || !next.conj || k >= limit) break;
      if (opensOwnClause(tokens, next)) break;
      list.push(next);
      cur = next;
    }
    return list;
  };
  const chainBefore = (m: Mention, from: number): Mention[] => {
    const list = [m];
    let cur = m;
    while (cur.conj) {
      const prev = actors.find(
        (p) =>
          (p.end === cur.start ||
            (p.end === cur.start - 1 && tokens[p.end]?.n === "،" && tokens[p.end]?.raw !== "..")) &&
          p.start >= from,
      );
      if (!prev) break;
      list.unshift(prev);
      cur = prev;
    }
    return list;
  };
  const related = (a: string, b: string): boolean => {
    if (a === b) return true;
    const up = (x: string): string[] => {
      const chain: string[] = [];
      let cur = actorOf(x);
      for (let d = 0; cur?.parent && d < 5; d++) {
        chain.push(cur.parent);
        cur = actorOf(cur.parent);
      }
      return chain;
    };
    return up(a).includes(b) || up(b).includes(a);
  };
  // The state an actor belongs to, following parents; null when none is known.
  const countryOf = (id: string): string | null => rootState(id, actorOf);
  // Subject search shared by verbs and the main clause of frames.
  const vsoSubject = (from: number, end: number): Mention[] | null => {
    let k = from;
    let skipped = 0;
    while (k < end && isFiller(tokens[k]) && skipped < 6) {
      k++;
      skipped++;
    }
    // "وطالب ما يسمى بالمجلس الوطني": the name stands where "ما" does.
    if (tokens[k]?.n === "ما" && NAMING_WORDS.has(tokens[k + 1]?.n ?? "") && !startsAt(k)) k += 2;
    // "ودعا بيان كتلة المعارضة الشعب إلى …": a statement speaks for whoever issued it, its genitive.
    if (STATEMENT_NOUNS.has(tokens[k]?.n ?? "") && startsAt(k + 1)?.prep === null) k++;
    // "وأكدت التصريحات الرسمية للجماعة على دعم الشاطر"، "دعا البيان الختامي لحزب X الحكومة إلى …": a definite
    // statement, past its adjectives, then its owner with "لـ".
    const said = tokens[k]?.n ?? "";
    if (/^ال/.test(said) && (STATEMENT_NOUNS.has(said.slice(2)) || SPEECH_NOUNS.has(said.slice(2)))) {
      let j = k + 1;
      while (j < k + 3 && /^DTJJ/.test(tokens[j]?.pos ?? "") && !startsAt(j)) j++;
      const owner = startsAt(j);
      if (owner && owner.prep === "ل" && !owner.conj && actorOf(owner.actorId)?.kind !== "PERSON")
        return chainAfter({ ...owner, prep: null }, end);
    }
    // "ودعا ناطق حزب المؤتمر الحكومة إلى …": so does a spokesperson for the body named after.
    const spoken = SPOKESPEOPLE.has(tokens[k]?.n ?? "") ? startsAt(k + 1) : undefined;
    if (spoken && spoken.prep === null && actorOf(spoken.actorId)?.kind !== "PERSON") k++;
    // "وطالب رئيس الكتلة النيابية لحزب "الأمة"، خالد الحربي، …": a title that names no actor, then the
    // person it describes after a comma.
    if (!startsAt(k) && TITLE_HEADS.has(tokens[k]?.n ?? "")) {
      let j = k + 1;
      while (j < Math.min(end, k + 10) && !["،", ","].includes(tokens[j]?.n ?? "")) {
        if (/^VB/.test(tokens[j]?.pos ?? "") || actors.some((x) => x.start === j) || tokens[j]?.n === ".") break;
        j++;
      }
      // (An honorific may open the name after the comma: "رئيس الجمهورية، السيد عبد المجيد تبون، …".)
      const comma = ["،", ","].includes(tokens[j]?.n ?? "");
      const named = comma
        ? (startsAt(j + 1) ?? (inSet(tokens[j + 1], HONORIFIC_WORDS) ? startsAt(j + 2) : undefined))
        : undefined;
      if (named && named.prep === null && actorOf(named.actorId)?.kind === "PERSON") k = named.start;
    }
    const m = startsAt(k);
    const site = m?.via === "agent" && procliticReadings(tokens[m.start]?.n ?? "").some((r) => SITE_NOUNS.has(r.form));
    // An act named with its author's nationality after a fronted adverb ("وأدانت بشدة الهجوم الإسرائيلي على غزة") is
    // the verb's object, its subject dropped: the looser linker reads it.
    const actByNisba = !!m && skipped > 0 && namedByAct(tokens, m) && /^[وف]/.test(tokens[from - 1]?.n ?? "");
    if (m && m.prep === null && !site && !actByNisba) return chainAfter(m, end);
    return null;
  };
  // Subject before the verb: "روسيا تتهم …"، "أن وفد حماس التقى …". `tight` when nothing but fillers stands between.
  const svoSubject = (at: number, cs: number): { subj: Mention[]; tight: boolean } | null => {
    let k = at - 1;
    let nonFiller = 0;
    let tight = true;
    let complement = false;
    while (k >= cs) {
      const m = actors.find((x) => x.end === k + 1);
      if (m) {
        // A verb before the actor makes it that verb's argument; a verb whose conditions fail is no verb of a
        // relation there ("نفى الكرملين أن يكون بوتين قد التقى": "نفى" without "اتهامات" only negates).
        // (Not past a complementizer: "أرسل المجلس تقريرا يقول إن روسيا تزود إيران" — the verb of the clause it opens.)
        const governed = verbHits.some(
          (h) =>
            h.start >= cs &&
            h.start < m.start &&
            isSatisfied(h) &&
            !tokens.slice(h.end, m.start).some((t) => COMPLEMENTIZERS.has(t.n)),
        );
        if (m.prep !== null || governed) return null;
        // Nor the genitive of a noun inside a prepositional phrase: "من مؤسستي الجيش والأمن طالبوا" (whose the
        // institutions are is not who demands).
        // (Of every conjunct: "من مؤسستي الجيش والشرطة طالبوا".)
        const head = firstConjunct(m, actors);
        if (head.start - 2 >= cs && genitiveInPhrase(tokens, head.start)) return null;
        // Nor is the one who says it: "وأضاف X قد يرفض المجلس …" (a quotation without its colon; "قالت مصر إنها
        // لن تستقبل" says it of herself).
        if (!complement && SAYING.has(tokens[m.start - 1]?.n ?? "")) return null;
        // Nor a second actor after a verb and its subject, which is that verb's object: "وأبلغ وزير الخارجية الروسي
        // نظيره الأمريكي رفض موسكو للقرار" (the American was told; Moscow rejects).
        // (Without tags, a word that opens the clause before the first actor is taken for its verb.)
        const first = actors.find((x) => x.end === m.start && x.prep === null && !x.conj);
        const verb = first ? tokens[first.start - 1] : undefined;
        const verbLike =
          !!verb &&
          !verb.punct &&
          (verb.pos
            ? /^VB/.test(verb.pos)
            : first?.start === cs + 1 && !PREP_WORDS.has(verb.n) && !procliticReadings(verb.n).some((r) => r.prep));
        if (!m.conj && verbLike) return null;
        return { subj: chainBefore(m, cs), tight };
      }
      const t = tokens[k];
      // A conjunction between the actor and the verb starts a new clause: "بعد هجوم حماس، ولم تدن …" — except the
      // "فـ" answering "أما": "أما عبدالله صعتر فقد هاجم إيران".
      const answersTopic =
        !!t && /^ف(قد|لم|لن|لا)$/.test(t.n) && tokens.slice(cs, k).some((x) => x.n === "اما" || x.n === "واما");
      if (answersTopic) {
        k--;
        continue;
      }
      if (
        !t ||
        t.n === "و" ||
        t.n === "ف" ||
        (!t.punct &&
          procliticReadings(t.n).some((r) => r.conj !== "" && r.form.length >= 2) &&
          /^[وف](لم|لن|لا|قد|ما|ليس)$/.test(t.n))
      )
        return null;
      // "داخل مجلس النواب، عندما اتهم نائب الحزب …": a subordinator opens a clause whose subject follows its verb.
      if (SUBORDINATORS.has(t.n)) return null;
      if (t.n === "،" || t.n === ",") tight = false;
      // (An auxiliary carries the verb and shares its subject: "الولايات المتحدة ظلت تدعم مبارك".)
      if (AGENT_ADJECTIVES.has(t.n) || auxiliaryAt(tokens, k)) {
        k--;
        continue;
      }
      if (COMPLEMENTIZERS.has(t.n)) complement = true;
      if (!isFiller(t) && !COMPLEMENTIZERS.has(t.n)) {
        if (NEGATORS.has(t.n)) {
          k--;
          continue;
        }
        tight = false;
        nonFiller++;
        if (nonFiller > 1) return null;
      }
      k--;
    }
    return null;
  };
  const firstContent = (from: number): number => {
    let k = from;
    while (k < tokens.length && isFiller(tokens[k])) k++;
    return k;
  };
  // The preposition of the head of "على شبكة مرتبطة بـX", when the trigger takes it.
  // Only a preposition the trigger takes counts: "كيانات" is not "ك" + "يانات".
  const affiliatedPrep = (from: number, to: number, preps: Set<string>): string | undefined => {
    for (let j = to - 1; j >= from; j--) {
      const t = tokens[j];
      if (!t || t.punct) continue;
      if (PREP_WORDS.has(t.n)) return t.n;
      const r = procliticReadings(t.n).find((x) => x.prep !== "" && !x.article && preps.has(x.prep));
      if (r) return r.prep;
    }
    return undefined;
  };
  // "على هامش أعمال الجمعية العامة للأمم المتحدة": a frame, its head and the definite words and names of its
  // genitive chain; where it ends (or `at` when it is none).
  const marginEnd = (at: number): number => {
    if (tokens[at]?.n !== "علي" || tokens[at + 1]?.n !== "هامش") return at;
    // The head ("أعمال"، "قمة"، "القمة"); an indefinite one takes a genitive, a name among them ("قمة مجموعة العشرين").
    const head = tokens[at + 2]?.n ?? "";
    let j = at + 3;
    const genitive = mentions.find((x) => x.start === j && x.prep === null);
    if (genitive && !/^ال/.test(head)) j = genitive.end;
    // … then adjectives, definite words and names with "لـ" ("العامة للأمم المتحدة"), never another definite name.
    while (j < at + 12) {
      const m = mentions.find((x) => x.start === j);
      if (m && m.prep === "ل") j = m.end;
      else if (!m && /^(ال|لل)/.test(tokens[j]?.n ?? "")) j++;
      else break;
    }
    return j;
  };
  // "في قصر الاتحادية بالقاهرة": where it was held, a building after "في" with its name (proper nouns, or a definite
  // noun or adjective: "في قصر السلام") and then its city with "بـ"; where that ends (or `at` when it is none).
  const venueEnd = (at: number): number => {
    // (One's own office with "بـ" stands alone, or before the building: "بمكتبه في قصر السلام بجدة".)
    if (atOwnVenue(tokens[at]?.n ?? "")) return Math.max(at + 1, venueEnd(at + 1));
    if (tokens[at]?.n !== "في" || !isVenue(tokens[at + 1])) return at;
    let k = at + 2;
    while (k < at + 4 && !startsAt(k) && !places.some((p) => p.start === k)) {
      const t = tokens[k];
      if (!/NNP/.test(t?.pos ?? "") && !(/^(DT)?(NN|JJ)/.test(t?.pos ?? "") && /^ال/.test(t?.n ?? ""))) break;
      k++;
    }
    const city = places.find((p) => p.start === k && /^[وف]?ب/.test(tokens[k]?.n ?? ""));
    return city ? city.end : k;
  };
  const directPathClear = (from: number, to: number): boolean => {
    let content = 0;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      const place = places.find((p) => p.start <= j && j < p.end);
      if (place) {
        j = place.end - 1;
        continue;
      }
      if (!t || isFiller(t) || t.punct) continue;
      // A role right after the subject describes it: "ندد X محامي Y" is no condemnation of Y.
      if (j === from && APPOSITION_HEADS.has(t.n) && startsAt(j)?.start !== j) return false;
      if (PREP_WORDS.has(t.n) && places.some((p) => p.start === j + 1)) continue;
      // Where it happened, named by a place noun and its name: "استقبل X في قصر بعبدا السفير الأمريكي".
      const frameEnd = Math.max(marginEnd(j), venueEnd(j));
      if (frameEnd > j) {
        j = frameEnd - 1;
        continue;
      }
      // A title right after the subject that names no one describes the subject: "الأمير محمد بن سلمان ولي العهد".
      if (
        j === from &&
        TITLE_HEADS.has(t.n) &&
        /^ال/.test(tokens[j + 1]?.n ?? "") &&
        !startsAt(j) &&
        !startsAt(j + 1) &&
        !mentions.some((m) => m.start <= j + 1 && j + 1 < m.end)
      ) {
        j++;
        continue;
      }
      // … or by a building with "بـ" and its name, which the tagger may call a common noun: "استقبل X بقصر قرطاج Y".
      if (procliticReadings(t.n).some((r) => r.prep === "ب" && !r.article && VENUE_NOUNS.has(r.form))) {
        let k = j + 1;
        const name = tokens[k];
        if (k < to && name && !startsAt(k) && !TITLE_HEADS.has(name.n) && /^(DT)?NNP?$/.test(name.pos ?? "")) k++;
        while (k < to && k < j + 4 && /NNP/.test(tokens[k]?.pos ?? "") && !startsAt(k)) k++;
        j = k - 1;
        continue;
      }
      // The head of the subject's delegation: "التقى وفد حماس برئاسة X مسؤولين مصريين".
      const chair = startsAt(j + 1);
      if (chair?.prep === "برئاسة") {
        j = chair.end - 1;
        continue;
      }
      if (PREP_WORDS.has(t.n) || procliticReadings(t.n).some((r) => r.prep !== "" && !r.article)) return false;
      // An indefinite accusative noun not followed by its genitive is the object itself: "استهدفت الحركة ضريحا
      // تصنفه المنظمة" targets a shrine, not the organisation.
      if (/^NNS?$/.test(t.pos ?? "") && /[^ا]ا$/.test(t.n) && !t.n.startsWith("ال") && !startsAt(j + 1)) return false;
      content++;
    }
    return content <= 2;
  };
  const findObject = (params2: {
    from: number;
    end: number;
    preps: Set<string>;
    exclude: Mention[];
    maxTokens: number;
    type?: string;
    /** The trigger whose object is sought: the words it requires are part of its phrase, not another trigger. */
    trigger?: CompiledTrigger;
  }): Mention[] | null => {
    const { end, preps, exclude, maxTokens, type = "", trigger } = params2;
    // "اتهم العقيد X، وهو ضابط في الحركة، جماعة Y": a parenthetical about the subject, between commas, is passed over.
    let from = params2.from;
    if ((tokens[from]?.n === "،" || tokens[from]?.n === ",") && PARENTHETICAL_OPENERS.has(tokens[from + 1]?.n ?? "")) {
      const close = tokens.findIndex((t, j) => j > from + 2 && j <= from + 16 && (t.n === "،" || t.n === ","));
      if (close > 0 && tokens.slice(from + 1, close).every((t) => !/^VB/.test(t.pos ?? "") || t === tokens[from + 1]))
        from = close + 1;
    }
    // "تهديد الرئيس هادي النائب الأول لرئيس المؤتمر": an office held "لـ" a body, right after the person, describes
    // him; what the act is done to comes after it.
    const office = tokens[from];
    if (
      office &&
      exclude.some((m) => m.end === from) &&
      /^ال/.test(office.n) &&
      inSet(office, TITLE_HEADS) &&
      !COUNTERPARTS.has(office.n)
    ) {
      // (The body after "لـ", or another office of it: "للحزب"، "لرئيس المؤتمر" — never a purpose, "لزيارة".)
      const lam = [1, 2]
        .map((d) => from + d)
        .find((j) => /^ل\S{3,}/.test(tokens[j]?.n ?? "") && !isPrepositionalMasdar(tokens[j]?.n ?? ""));
      const titled = lam !== undefined && TITLE_HEADS.has((tokens[lam]?.n ?? "").replace(/^ل/, ""));
      const held =
        lam === undefined ? undefined : actors.find((m) => m.start === lam || (titled && m.start === lam + 1));
      if (held) from = held.end;
    }
    // "دعا بداية العام المغرب والجزائر إلى …": a time named by a noun and its period stands before the object.
    from = timePhraseEnd(tokens, from);
    // "حمّل النائب X في مؤتمر صحافي عقده أمس في منزله الحكومة مسؤولية …": where he said it is passed over, up to the
    // first actor or act that no preposition governs (a definite name after a definite word starts a new phrase).
    if (["في", "خلال"].includes(tokens[from]?.n ?? "") && SPEECH_EVENTS.test(tokens[from + 1]?.n ?? "")) {
      for (let j = from + 2; j < Math.min(end, from + 16); j++) {
        const t = tokens[j];
        const prev = tokens[j - 1];
        if (!t || t.punct || !prev || [".", ":", "؛"].includes(t.n)) break;
        // (A name ends its phrase: nothing after "لطهران" is its genitive.)
        const named = mentions.some((m) => m.start <= j - 1 && j - 1 < m.end);
        // (Nor anything after "له"/"لها", whose owner is a pronoun: "في بيان لها تركيا وقطر بـ…".)
        const governed =
          PREP_WORDS.has(prev.n) ||
          (!named &&
            !prev.n.startsWith("ال") &&
            !isFiller(prev) &&
            !prev.punct &&
            !/^DT/.test(prev.pos ?? "") &&
            !OWNER_PRONOUNS.has(prev.n));
        const free = !governed && !procliticReadings(t.n).some((r) => r.prep !== "" && !r.article);
        const m = startsAt(j);
        if (free && ((m && m.prep === null) || ACT_NOUNS.has(t.n))) {
          from = j;
          break;
        }
      }
    }
    // A coordinated definite noun after the trigger's phrase opens a phrase of its own: "تهديد وزير المالية والتعرض
    // للحكومة" threatens the minister; the government is what the second act is done to.
    let conjunctNoun = false;
    for (let k = from; k < end && k < from + maxTokens; k++) {
      // A past-verb form right at the object position of a condemnation is its verbal noun, whose genitive is the
      // agent condemned: "استنكرت مصر بشدة قصف الاحتلال الإسرائيلي لمدرسة".
      const masdar = k === firstContent(from) && ACT_OBJECT_TYPES.has(type);
      if (k > from && triggerAt(k) && !masdar) return null;
      // Another trigger of the same relation starts its own phrase: "زيارة المرزوقي بعد زيارة لرئيس الوزراء".
      const own = !!trigger && requiredBy(trigger, tokens[k]);
      if (k > from && type !== "" && hits.some((h) => h.start === k && h.trigger.set.type === type) && !own)
        return null;
      const m = startsAt(k);
      const tk = tokens[k];
      // "أدانت مصر قصف مواقع حماس": the sites an attack struck are its target's, not the one condemned.
      const struck =
        !!m &&
        ACT_OBJECT_TYPES.has(type) &&
        SITE_NOUNS.has((tokens[m.start]?.n ?? "").replace(/^[وف]?[بل]?/, "")) &&
        hits.some((h) => h.trigger.set.type === "ATTACKED" && h.end === m.start);
      if (struck) return null;
      // The trigger's own words, behind their preposition, are its phrase: "أعرب X عن استيائه من Y".
      if (!m && tk && trigger && PREP_WORDS.has(tk.n) && requiredBy(trigger, tokens[k + 1])) {
        k++;
        continue;
      }
      // A frame or where it was held stands before the object: "التقى X على هامش أعمال الجمعية العامة نظيره"،
      // "استقبل الرئيس في قصر الاتحادية بالقاهرة سفير الصين".
      const frameEnd = m ? k : Math.max(marginEnd(k), venueEnd(k));
      if (frameEnd > k + 2) {
        k = frameEnd - 1;
        continue;
      }
      if (
        !m &&
        tk &&
        preps.has("direct") &&
        STOP_PREPS.has(tk.n) &&
        !preps.has(tk.n) &&
        !startsAt(k + 1) &&
        !places.some((p) => p.start === k + 1)
      ) {
        // "دعت إلى طرد الوفد من روسيا": what follows the preposition is a demand, not the addressee.
        return null;
      }
      if (!m) {
        // "رفضت روسيا المطالب الأمريكية"، "ترفض الانصياع للرغبات الغربية": an act the rejection requires, owned by a
        // nationality adjective, is that state's.
        const owner = type === "REJECTED" && tk && trigger && requiredBy(trigger, tk) ? nisbaAfter(k) : undefined;
        if (owner) return [owner];
        if (tk && isCoordinatedNoun(tk)) conjunctNoun = true;
        if (places.some((p) => p.start === k)) {
          const p = places.find((x) => x.start === k);
          if (p) k = p.end - 1;
        }
        continue;
      }
      // (Nor the head of the subject's delegation: "التقى الوفد الفلسطيني برئاسة صائب عريقات بالمبعوث الأمريكي".)
      if (exclude.includes(m) || (m.prep === "برئاسة" && exclude.some((x) => x.end === m.start - 1))) {
        k = m.end - 1;
        continue;
      }
      if (conjunctNoun && m.prep !== null) return null;
      // A conjunct shares the preposition of the place or actor before it: "في مصر وتركيا".
      if (conjunctOfPrep(m, mentions, preps)) {
        k = m.end - 1;
        continue;
      }
      let prep = m.prep ?? "direct";
      // A place named as a part of a city or country, with "لـ": "غارات على الضاحية الجنوبية لبيروت" strikes Lebanon.
      if (m.prep === "ل" && k > from) {
        let j = k - 1;
        while (j > from && /^DTJJ/.test(tokens[j]?.pos ?? "")) j--;
        const place = tokens[j];
        const before = tokens[j - 1]?.n ?? "";
        if (inSet(place, PLACE_NOUNS) && /^ال/.test(place?.n ?? "") && PREP_WORDS.has(before) && preps.has(before))
          prep = before;
      }
      // The preposition may sit on the head noun of which the actor is the genitive: "نددت بتصريحات نتنياهو".
      if (m.prep === null && k > from) {
        const head = tokens[k - 1];
        // (Not on a place's name after its place noun, whose first letter is its own: "في قصر بعبدا السفير".)
        // (Nor on a place named with "بـ" after where it was held: "في قصر الاتحادية بالقاهرة سفير الصين".)
        // (Nor on one's own office: "استقبل الملك بمكتبه رئيس الوزراء".)
        const placeName =
          (/NNP/.test(head?.pos ?? "") && isVenue(tokens[k - 2])) ||
          (/^[وف]?ب/.test(head?.n ?? "") && places.some((p) => p.start <= k - 1 && k - 1 < p.end)) ||
          atOwnVenue(head?.n ?? "");
        const r =
          head && !head.punct && !placeName
            ? procliticReadings(head.n).find((x) => x.prep !== "" && !x.article)
            : undefined;
        // A genitive after a head noun with a preposition the trigger does not take is no object: "أدانت إيران
        // الضربات ووصفتها بأنها انتهاك لسيادة اليمن" does not condemn Yemen.
        if (r && !startsAt(k - 1) && (preps.has(r.prep) || !isFiller(head))) prep = r.prep;
        // Or on a separate word before the head: "احتجت الصين على تصريحات وزير الخارجية الياباني".
        const before = tokens[k - 2];
        if (
          !r &&
          k - 2 >= from &&
          isBareNoun(head) &&
          before &&
          PREP_WORDS.has(before.n) &&
          preps.has(before.n) &&
          directPathClear(from, k - 2)
        )
          prep = before.n;
        // Or on a word of address before the members of a body: "أشادت بالإخوة أعضاء مجلس النواب".
        const addressed =
          !r && inSet(head, MEMBER_NOUNS) && before && k - 2 >= from
            ? procliticReadings(before.n).find((x) => x.prep !== "" && ADDRESS_WORDS.has(x.form))
            : undefined;
        if (addressed && preps.has(addressed.prep)) prep = addressed.prep;
        // Or on a separate word before a body's board and members: "لقاء مع هيئة وأعضاء مجلس الشورى".
        if (!r && prep === "direct" && inSet(head, MEMBER_NOUNS)) {
          let j = k - 2;
          while (j >= from && j > k - 4 && BOARD_HEADS.has((tokens[j]?.n ?? "").replace(/^و/, ""))) j--;
          const p = tokens[j]?.n ?? "";
          if (j >= from && PREP_WORDS.has(p) && preps.has(p)) prep = p;
        }
        // A direct object stands right after the subject or heads a short genitive chain ("قصف الاحتلال
        // الإسرائيلي"); past a preposition or a longer stretch the actor belongs to another phrase ("أدانت الكويت
        // الهجوم ووصفته بأنه اعتداء على سيادة العراق").
        // An indefinite act the trigger requires, then a verb carrying it as its pronoun, is that actor's act: "رفضت
        // إيران حظرا فرضه الاتحاد الأوروبي" (a relative clause after an indefinite noun has no relative pronoun).
        const actOf =
          !!trigger &&
          k - 2 >= from &&
          requiredBy(trigger, tokens[k - 2]) &&
          !(tokens[k - 2]?.n ?? "").startsWith("ال") &&
          /\S{2,}(ه|ها)$/.test(head?.raw.replace(/[\u064B-\u0652]/g, "") ?? "") &&
          /^(VB|NN)/.test(head?.pos ?? "") &&
          directPathClear(from, k - 2);
        if (prep === "direct" && head && !head.punct && !isFiller(head) && !actOf && !directPathClear(from, k))
          prep = "genitive";
        // What happened to someone is no act of theirs: "وصفت مقتل موسكاليك بالهجوم الإرهابي" condemns no Moskalik.
        // (Nor behind the preposition the trigger takes: "أعرب عن أسفه لمقتل السفير الروسي" condemns no Russia.)
        if ((prep === "direct" || prep === r?.prep) && inSet(head, VICTIM_NOUNS)) prep = "genitive";
      } else if (m.prep !== null && k - 1 >= from && AFFILIATED.has(tokens[k - 1]?.n ?? "")) {
        // "عقوبات على شبكة مرتبطة بالحوثيين": what is affiliated with an actor stands for that actor.
        prep = affiliatedPrep(from, k - 1, preps) ?? "direct";
      } else if (m.prep === "ل" && k - 1 > from && isBareNoun(tokens[k - 1]) && !preps.has("ل")) {
        // The possessive lam: "غارات على مواقع للحوثيين" strikes the Houthis' positions.
        prep = affiliatedPrep(from, k - 1, preps) ?? "direct";
      }
      // "شجبت الجامعة الاعتداء على السفارة السعودية": a preposition after an attack noun names the attack's target,
      // never what the verb is done to.
      if (
        prep !== "direct" &&
        prep !== "genitive" &&
        tokens.slice(from, k).some(
          (t, j) =>
            ATTACK_NOUNS.has(t.n.replace(/^[وف]?(ب|ل)?/, "")) &&
            !(trigger && requiredBy(trigger, t)) &&
            // (Nor the genitive of the trigger's own word: "حمّلت X مسؤولية الاعتداء إلى الحكومة"; one behind a
            // preposition is its complement: "أبدى أسفه لإسقاط قواته لطائرة تركية" regrets the downing, not Turkey.)
            !(trigger && requiredBy(trigger, tokens[from + j - 1]) && !/^[وف]?[بل]/.test(t.n)),
        )
      ) {
        // "أدانت مصر إطلاق الصواريخ على إسرائيل من قبل حركة الجهاد": the attack's agent, named after "من قبل"
        // right after its target, is the one a condemnation is aimed at.
        const agent = ACT_OBJECT_TYPES.has(type)
          ? actors.find((x) => x.prep === "من قبل" && x.start >= m.end && x.start <= m.end + 5 && x.start < end)
          : undefined;
        return agent ? chainAfter(agent, end) : null;
      }
      if (preps.has(prep)) return chainAfter(m, end);
      if (["في", "قرب", "داخل", "خارج", "عبر"].includes(prep)) {
        k = m.end - 1;
        continue;
      }
      return null;
    }
    return null;
  };
  // Where the event happened: a place after a locative preposition ("في موسكو"، "بالرياض") or a dateline, never a
  // place that is only talked about ("رفع الحصار عن قطاع غزة").
  const isWhere = (p: Mention): boolean => p.prep === null || PLACE_PREPS.has(p.prep) || p.prep === "ب";
  const locationIn = (cs: number, ce: number): Mention | null =>
    places.find((p) => p.start >= cs && p.end <= ce && isWhere(p)) ?? null;

  // "ولم تستضف النرويج أي محادثات بين X وY": talks a negated verb governs, or "any" talks, took place nowhere.
  const deniedTalks = (hit: TriggerHit): boolean =>
    ["اي", "ايه"].includes(tokens[hit.start - 1]?.n ?? "") ||
    tokens.slice(Math.max(0, hit.start - 6), hit.start).some((t) => /^[وف]?(لم|لن|لا|ما)$/.test(t.n));
  const isSatisfied = (hit: TriggerHit): boolean => {
    const c = hit.trigger;
    const clauseEnd = clauseOf(hit.start)[1];
    // A comma and a verb start another statement: ", واصلت فعاليات لبنانية تنديدها بزيارة …" says nothing of this one.
    const cut = tokens.findIndex(
      (t, k) => k > hit.end && k < clauseEnd && (t.n === "،" || t.n === ",") && /^VB/.test(tokens[k + 1]?.pos ?? ""),
    );
    const after = tokens.slice(hit.end, cut > 0 ? cut : clauseEnd);
    const has = (w: string): boolean => tokensHold(after, w);
    return (c.requires.length === 0 || c.requires.some(has)) && !c.excludes.some(has);
  };
  // "قال الجيش الإسرائيلي إن طائراته قصفت …": an agent noun with a pronoun after "إن" is the reporter's own force.
  const possessedAgentSubject = (at: number, cs: number): Mention | undefined => {
    let k = at - 1;
    while (k > cs && (isFiller(tokens[k]) || NEGATORS.has(tokens[k]?.n ?? ""))) k--;
    const t = tokens[k];
    const c = tokens[k - 1];
    if (!t || t.punct || !c || !["ان", "بان"].includes(c.n)) return undefined;
    const owned = POSSESSIVE_SUFFIXES.filter((x) => x !== normalizeArabic("نا")).some(
      (suf) =>
        t.n.endsWith(suf) &&
        [t.n.slice(0, -suf.length), t.n.slice(0, -suf.length).replace(/ت$/, "ه")].some((x) => AGENT_NOUNS.has(x)),
    );
    if (!owned) return undefined;
    return actors.filter((m) => m.end <= k - 1 && m.prep === null).shift();
  };
  const isVerbalNounObject = (hit: TriggerHit, cs: number): boolean => {
    if (hit.conj) return false;
    const prev = verbHits.filter((h) => h !== hit && h.start >= cs && h.end <= hit.start).pop();
    if (!prev) return false;
    let k = prev.end;
    while (k < hit.start && isFiller(tokens[k])) k++;
    const subj = startsAt(k);
    if (!subj || subj.prep !== null) return false;
    k = subj.end;
    while (k < hit.start && isFiller(tokens[k])) k++;
    return k === hit.start;
  };
  // The named subject of a non-trigger verb that governs a verbal noun at `at`: verb, subject, at most three words of
  // its own (an object, "على"، "في"), then the noun, all in one clause.
  const governingSubject = (at: number, cs: number): Mention | undefined => {
    for (let v = at - 1; v >= cs && v >= at - 8; v--) {
      const t = tokens[v];
      if (!t || t.punct) return undefined;
      if (!/^VB/.test(t.pos ?? "") || verbHits.some((h) => h.start === v)) continue;
      // "تحتاج الولايات المتحدة إلى دعم باكستان": one needs, asks for or gets someone else's act.
      if (NOT_AGENT_VERBS.has(t.n.replace(/^[وف]/, ""))) return undefined;
      const subj = startsAt(v + 1);
      if (!subj || subj.prep !== null || subj.end > at) return undefined;
      if (at - subj.end > 3) return undefined;
      for (let g = subj.end; g < at; g++) {
        const w = tokens[g];
        if (!w || w.punct || startsAt(g) || /^VB/.test(w.pos ?? "")) return undefined;
      }
      return subj;
    }
    return undefined;
  };
  // The verb a verbal noun of purpose ("لتهنئة"، "لتهنئته") serves, before it in its clause: its subject right after
  // it and its first object after that.
  const purposeOf = (hit: TriggerHit, cs: number): { subject: Mention; object: Mention | undefined } | undefined => {
    const n = tokens[hit.start]?.n ?? "";
    if (!/^[وف]?ل/.test(n) || /^[وف]?ال/.test(n)) return undefined;
    for (let v = hit.start - 1; v >= cs && v >= hit.start - 12; v--) {
      const t = tokens[v];
      if (!t || t.punct) return undefined;
      const verb = /^VB/.test(t.pos ?? "") || verbHits.some((h) => h.start === v);
      if (!verb) continue;
      let k = v + 1;
      while (k < hit.start && isFiller(tokens[k])) k++;
      const subject = startsAt(k);
      if (!subject || subject.prep !== null) return undefined;
      const object = actors.find((m) => m.start >= subject.end && m.end <= hit.start && m.place === null);
      // Nothing but the verb's object may stand between: another verb or clause has its own purpose.
      for (let g = subject.end; g < hit.start; g++)
        if (/^VB/.test(tokens[g]?.pos ?? "") || tokens[g]?.punct) return undefined;
      return { subject, object };
    }
    return undefined;
  };
  const lastSubject: { at: number; subj: Mention[] }[] = [];
  for (const hit of hits) {
    const c = hit.trigger;
    const [cs, nounEnd] = clauseOf(hit.start);
    // A relative clause saying who carried out the act named by a noun belongs to the noun's clause.
    const carrier = c.entry.pos === "noun" && !startsAt(hit.end) ? carriedOutBy(tokens, hit.end) : null;
    const ce = carrier === null ? nounEnd : clauseOf(carrier)[1];
    const after = tokens.slice(hit.end, ce);
    const satisfied = isSatisfied(hit);
    // Nouns without their conditions are skipped at once; verbs still lend their subject to coordinated verbs.
    if (!satisfied && c.entry.pos === "noun") continue;
    let subjects: Mention[] | null = null;
    let objects: Mention[] | null = null;
    let route = 1;
    // "المرة التي يزور فيها الوزير أفغانستان"، "الصفحة التي استنكرت فيها تونس …": a relative clause whose pronoun
    // hangs on "في"/"خلال" names its own subject after the verb; the noun before it is when or where.
    const relativeVerb = c.entry.pos === "verb" && afterRelative(tokens, hit.start);
    // ("الطريقة التي عاقبت بها X Y": "بها" is the manner, when the verb takes no object with "بـ".)
    const adjunct =
      relativeVerb &&
      (ADJUNCT_RESUMPTIVES.has(tokens[hit.end]?.n ?? "") ||
        (["به", "بها"].includes(tokens[hit.end]?.n ?? "") && !c.objectPreps.has("ب")));
    const purposeAt = c.purpose.length > 0 ? after.findIndex((t) => c.purpose.some((w) => tokenMatchesWord(t, w))) : -1;
    const purposeIdx = purposeAt >= 0 ? hit.end + purposeAt : -1;

    // Obligations stated of someone are the speaker's: the looser linker, which knows who speaks, reads them.
    if (c.entry.speakerSubject || c.entry.predicate) continue;
    if (c.entry.circumstantial && c.entry.pos === "noun") {
      // "انسحبت الكتلة من الجلسة احتجاجا على قرار الحكومة": a verbal noun of purpose is done by the subject of the
      // verb before it, named right after that verb or right before it; right after a verb it is its object
      // ("ووفرت دعما للمعارضة"). Without tags the clause's first word is taken for its verb.
      if (!satisfied || /^VB/.test(tokens[hit.start - 1]?.pos ?? "")) continue;
      let v = hit.start - 1;
      while (v > cs && !/^VB/.test(tokens[v]?.pos ?? "")) v--;
      const verb = tokens[v];
      if (!verb || (verb.pos ? !/^VB/.test(verb.pos) : v !== cs || startsAt(v) !== undefined)) continue;
      const after = startsAt(firstContent(v + 1));
      const before = actors.find((m) => m.end === v && m.prep === null);
      const doer = after && after.prep === null ? after : before;
      if (!doer || doer.end > hit.start) continue;
      // (After a light or declaring verb and its subject it is that verb's object: "قدمت قطر دعما ماليا لـ…".)
      const carried = inSet(verb, LIGHT_VERBS) || inSet(verb, DECLARE_VERBS);
      if (carried && firstContent(doer.end) === hit.start) continue;
      subjects = [doer];
      route = 0.8;
      objects = findObject({ from: hit.end, end: ce, preps: c.objectPreps, exclude: subjects, maxTokens: 8 });
    } else if (c.entry.circumstantial) {
      // "…، مطالبا الولايات المتحدة برفع العقوبات": the participle's subject is the sentence's subject, the first
      // actor standing without a preposition before it. Only after a comma, where the ḥāl reading is safe.
      const pt = tokens[hit.start - 1];
      const broken = participleBreak(tokens, hit.start);
      if (!satisfied || !pt || (!broken && !bareCircumstantial(tokens, hit.start))) continue;
      // The subject is never the genitive of a prepositional phrase ("تتوقع دعما … ومن مؤسسة ياسر عرفات، مطالبة
      // النائب العام": not Arafat).
      const subjectSlot = (m: Mention): boolean => {
        const prev = tokens[m.start - 1];
        const prep = tokens[m.start - 2]?.n.replace(/^[وف]/, "") ?? "";
        return !(prev && !prev.punct && PREP_WORDS.has(prep));
      };
      const first = actors.find((m) => m.end <= hit.start && m.prep === null && subjectSlot(m));
      if (!first) continue;
      // Without the comma, only a subject standing as one (by its verb) is the participle's.
      if (!broken && !standsAsSubject(tokens, first)) continue;
      subjects = [first];
      route = 0.8;
      objects = findObject({ from: hit.end, end: ce, preps: c.objectPreps, exclude: subjects, maxTokens: 10 });
      if (!objects && c.set.type === "DEMANDED") objects = demandedOfSubject({ from: hit.end, subjects });
    } else if (c.entry.pos === "verb" && isVerbalNounObject(hit, cs)) {
      // "استنكرت مصر بشدة قصف الاحتلال …": a past form right after another verb and its subject is that verb's
      // object, a verbal noun, and states no act of its own.
      continue;
    } else if (relativeVerb && !adjunct) {
      // "الهجوم الذي استهدف السفارة": the subject is the noun before the relative pronoun; the looser linker takes it.
      continue;
    } else if (c.entry.pos === "verb") {
      // A verb right after "و"/"ف" or "حيث" continues the previous clause and may share its subject.
      const continues = hit.conj || tokens[hit.start - 1]?.n === "حيث";
      const prev = continues ? lastSubject.filter((l) => l.at < hit.start).pop() : undefined;
      const svo = hit.conj || adjunct ? null : svoSubject(hit.start, cs);
      // "إن الجميع يدعم النظام السوري": a subject that names no one; the name after the verb is its object.
      const bareSubject = !svo?.tight && !hit.conj && genericSubjectBefore({ tokens, at: hit.start, mentions: actors });
      const vso = bareSubject ? null : vsoSubject(adjunct ? hit.end + 1 : hit.end, ce);
      if (bareSubject) {
        subjects = null;
      } else if (svo && (svo.tight || !vso)) {
        subjects = svo.subj;
        route = 0.95;
      } else {
        subjects = vso;
      }
      let subjEnd = subjects && subjects === vso ? Math.max(...subjects.map((x) => x.end)) : hit.end;
      if (prev && subjects === vso) {
        // "رفضت موسكو …، واتهمت حلف الناتو بـ…": when the mention after the verb leaves no object, it is the object
        // and the subject is the previous verb's.
        const objAfterVso = vso
          ? findObject({ from: subjEnd, end: ce, preps: c.objectPreps, exclude: vso, maxTokens: 10 })
          : null;
        // "وتدعم باريس المقترح": a noun right after the named subject is the verb's object, the name its subject.
        const after = tokens[firstContent(subjEnd)];
        const nominalObject =
          !!vso &&
          !!after &&
          !after.punct &&
          /^(DT)?(NN|JJ)/.test(after.pos ?? "") &&
          !PREP_WORDS.has(after.n) &&
          !/^[وفبل]/.test(after.n) &&
          !startsAt(firstContent(subjEnd));
        if ((!vso || !objAfterVso) && !nominalObject) {
          subjects = prev.subj;
          subjEnd = hit.end;
          route = 0.8;
        }
      }
      if (!subjects) {
        const reporter = possessedAgentSubject(hit.start, cs);
        if (reporter) {
          subjects = [reporter];
          route = 0.8;
        }
      }
      if (subjects && subjects.length > 0) lastSubject.push({ at: hit.start, subj: subjects });
      if (!satisfied) continue;
      objects = findObject({
        from: subjEnd,
        end: ce,
        preps: c.objectPreps,
        exclude: subjects ?? [],
        maxTokens: 16,
        type: c.set.type,
        trigger: c,
      });
      if (!objects && subjects && c.set.type === "DEMANDED") objects = demandedOfSubject({ from: subjEnd, subjects });
      // "اتهم مسؤول في الوزارة «دولة خارجية» بالسعي إلى …، في إشارة إلى إيران": an act aimed at someone left unnamed,
      // whom the writer then names.
      if (!objects && subjects && REFERRED_TYPES.has(c.set.type)) {
        const at = tokens.findIndex(
          (t, j) => j > hit.end && t.n === "في" && tokens[j + 1]?.n === "اشاره" && tokens[j + 2]?.n === "الي",
        );
        const named = at > 0 ? actors.find((m) => m.start === at + 3 && m.place === null) : undefined;
        const between = actors.some((m) => m.start >= hit.end && m.start < at && !(subjects ?? []).includes(m));
        // (A verb coordinated after it may stand between: "…، ودعا المتظاهرين إلى …، في إشارة إلى إيران".)
        const otherVerb = verbHits.some((h) => h.start > hit.start && h.start < at && !h.conj);
        if (named && !between && !otherVerb) objects = [named];
      }
      // "أرسل المجلس تقريرا إلى الكونغرس يقول إن روسيا تزود إيران بالصواريخ": what is given stands before the
      // receiver; a required aid noun only after it belongs to another statement.
      const firstObject = objects?.[0];
      if (c.set.type === "SUPPLIED" && c.requires.length > 0 && firstObject && firstObject.prep !== null) {
        const given = tokens.slice(hit.end, firstObject.start);
        if (!c.requires.some((w) => tokensHold(given, w))) objects = null;
      }
      if (!objects && subjects && c.set.type === "ATTACKED") {
        // "هاجمت روسيا منشآت للطاقة في خاركيف": striking targets in another state's territory attacks that state
        // (CAMEO codes the target country so). Never the subject's own territory.
        // A subject of no known state ("قوات النظام") may be shelling its own country's towns: no target then.
        const subs = subjects;
        const stated = subs.every((sub) => countryOf(sub.actorId) !== null);
        // (Only in the verb's own phrase: not past a comma or a complementizer, "…، مشيرا إلى أن البعض في لبنان …".)
        const p = places.find(
          (x) =>
            stated &&
            x.start >= subjEnd &&
            x.start < ce &&
            x.start - subjEnd <= 8 &&
            !tokens.slice(subjEnd, x.start).some((t) => t.punct || COMPLEMENTIZERS.has(t.n)) &&
            !subs.some((sub) => related(sub.actorId, x.actorId)),
        );
        if (p) {
          objects = [{ ...p, place: null }];
          route *= 0.9;
        }
      }
      if (!objects && subjects && c.set.type === "SANCTIONED") {
        // "فرض الاتحاد حظرا على سفر 34 فردا وكيانا سوريا": the state whose people, bodies or goods the measure targets,
        // named by their nationality a few nouns after "على".
        const on = tokens.findIndex((t, k) => k >= hit.end && k < Math.min(ce, hit.end + 4) && t.n === "علي");
        const stateAt = (k: number): string | null => {
          const named = actors.find((x) => x.start === k && x.prep === null);
          return named && actorOf(named.actorId)?.kind === "COUNTRY" ? named.actorId : null;
        };
        const owner =
          on >= 0
            ? nationalityChain({ tokens, from: on + 1, prep: "علي", nisbaOf: params.nisbaOf, stateAt, sourceAt })
            : undefined;
        if (owner && owner.start < ce) objects = [owner];
      }
      if (!objects && c.entry.mode === "hosting") {
        // "استضافت قطر محادثات بين X وY": the host meets each party. The parties' own meeting is left out: it would
        // need the host verb's negation and modality ("لم تستضف"، "ستستضيف"), which belong to the verb, not the noun.
        const talk = hits.find(
          (h) =>
            h.trigger.set.type === "MET" &&
            h.trigger.entry.pos === "noun" &&
            h.start >= subjEnd &&
            h.start - subjEnd <= 3 &&
            tokens[h.end]?.n === "بين",
        );
        const first = talk ? startsAt(talk.end + 1) : undefined;
        const pair = first && first.prep === "بين" ? chainAfter(first, ce) : [];
        if (pair.length >= 2) objects = pair;
      }
      if (!objects && subjects?.length === 2 && c.entry.mutual) {
        // "تبادلت الهند وباكستان الاتهامات": two coordinated subjects do it to each other.
        objects = [subjects[1] as Mention];
        subjects = [subjects[0] as Mention];
      }
      if (!subjects && c.passivePreps.size > 0 && objects) {
        // Passive verb: "استُدعي السفير الروسي لدى إسرائيل".
        const host = actors.find(
          (m) => m.start >= (objects?.[0]?.end ?? 0) && m.start < ce && m.prep !== null && c.passivePreps.has(m.prep),
        );
        if (host) {
          subjects = [host];
          route = 0.85;
        }
      }
    } else {
      const prevTok = tokens[hit.start - 1];
      // (Two words may frame it: "على هامش"، "في ختام/نهاية/مستهل/أعقاب زيارته".)
      const framed =
        inSet(prevTok, FRAME_PREPS) ||
        (prevTok?.n === "هامش" && tokens[hit.start - 2]?.n === "علي") ||
        (FRAME_NOUNS.has(prevTok?.n ?? "") && /^[وف]?في$/.test(tokens[hit.start - 2]?.n ?? ""));
      const passive = inSet(prevTok, PASSIVE_AUX);
      let objFrom = hit.end;
      // (Or past a relative clause's verb: "المفاوضات التي دارت بين أميركا وإسرائيل".)
      const relativeHeld =
        ["التي", "الذي"].includes(tokens[hit.end]?.n ?? "") && inSet(tokens[hit.end + 1], HELD_AFTER);
      const between = [hit.end, hit.end + 1, ...(relativeHeld ? [hit.end + 2] : [])].find(
        (k) => k < Math.max(ce, hit.end + 3) && tokens[k]?.n === "بين",
      );
      // (The relative pronoun ends the trigger's clause: the two sides are read to the end of the relative clause.)
      const pairEnd = between !== undefined && between >= ce ? clauseOf(between)[1] : ce;
      const pair =
        between !== undefined && startsAt(between + 1) ? chainAfter(startsAt(between + 1) as Mention, pairEnd) : [];
      if (c.entry.mutual) {
        // "اشتباكات عنيفة جرت أمس في دمشق بين X وY": the two sides come after "بين", past a few words of time, place
        // or verb — never clashes someone works to prevent ("لمنع اشتباكات بين …").
        if (inSet(prevTok, PREVENTING)) continue;
        let bi = -1;
        for (let k = hit.end; k < Math.min(ce, hit.end + 10) && !tokens[k]?.punct; k++) {
          if (tokens[k]?.n === "بين") {
            bi = k;
            break;
          }
        }
        // Fighters of a side fight for it: "بين كتائب الجيش الحر مع قوات النظام"، "بين عناصر حركة …".
        const member = bi >= 0 && inSet(tokens[bi + 1], FIGHTER_NOUNS);
        const first = bi >= 0 ? startsAt(bi + (member ? 2 : 1)) : undefined;
        const other = first
          ? actors.find(
              (m) =>
                (m.start === first.end && (m.conj || m.prep === "مع")) ||
                (m.start === first.end + 1 && m.prep === "مع" && tokens[first.end]?.n === "مع"),
            )
          : undefined;
        if (!first || first.prep !== (member ? null : "بين") || first.conj || !other) continue;
        subjects = [first];
        objects = [other];
      } else if (
        c.set.type === "MET" &&
        (inSet(prevTok, HELD) ||
          relativeHeld ||
          (BETWEEN_TALKS.has(tokens[hit.start]?.n ?? "") && !deniedTalks(hit))) &&
        pair.length === 2
      ) {
        // "جرى اتصال هاتفي بين X وY"، "عقدت محادثات بين X وY": a meeting that took place between the two; so are
        // "المفاوضات التي دارت بين X وY" and contacts or talks between them ("هناك اتصالات بين الخارجية وأنان").
        subjects = [pair[0] as Mention];
        objects = [pair[1] as Mention];
      } else if (c.purpose.length > 0) {
        // Invitations: "دعوة وفد من حماس لزيارة موسكو" (invitee, then host) or "دعوة روسيا لحماس للزيارة".
        if (hit.possessed) continue;
        const agent = carrier === null || startsAt(hit.end) ? undefined : startsAt(carrier);
        if (agent) {
          // "الدعوة التي وجهها الملك إلى الرئيس التونسي لزيارة المغرب": the inviter in a relative clause, the invitee
          // after "إلى"/"لـ", and a visit or attendance as the purpose (without one it may be a demand).
          const invitee = actors.find(
            (m) => m.start >= agent.end && m.start <= agent.end + 1 && (m.prep === "ل" || m.prep === "الي"),
          );
          if (agent.prep !== null || !invitee || purposeIdx < invitee.end) continue;
          subjects = [agent];
          objects = chainAfter(invitee, purposeIdx);
          route = 0.85;
        } else {
          const first = startsAt(hit.end);
          if (!first || first.prep !== null) continue;
          // Not past a noun of its own: "دعوة ماكين أثناء زيارته لبيروت" invites no Beirut.
          const second = actors.find(
            (m) =>
              m.start >= first.end &&
              m.start <= first.end + 2 &&
              m.prep === "ل" &&
              !hits.some((h) => h !== hit && h.start >= first.end && h.start < m.start),
          );
          // "دعوة أنان إيران للمشاركة": the genitive invites the bare name right after it.
          const invitee = startsAt(first.end);
          if (
            invitee &&
            invitee.prep === null &&
            !invitee.conj &&
            purposeIdx >= invitee.end &&
            purposeIdx - invitee.end <= 1
          ) {
            subjects = [first];
            objects = [invitee];
          } else if (second && (purposeIdx < 0 || second.start < purposeIdx)) {
            // "دعوة هادي لطهران لوقف تدخلها": another purpose than a visit is a demand (demanded.yaml), no invitation.
            const chain = chainAfter(second, ce);
            const next = tokens[chain[chain.length - 1]?.end ?? second.end];
            if (purposeIdx < 0 && next && /^ل\S{3,}/.test(next.n) && !startsAt(chain[chain.length - 1]?.end ?? -1))
              continue;
            subjects = [first];
            objects = chain;
          } else if (purposeIdx >= 0 && first.end <= purposeIdx && purposeIdx - first.end <= 2) {
            objects = chainAfter(first, purposeIdx);
            const host = actors.find((m) => m.start === purposeIdx + 1 && (m.prep === null || m.prep === "ل"));
            const pt = tokens[purposeIdx];
            const hostInside = pt && /^لزيار|^زيار/.test(pt.n) ? startsAt(purposeIdx + 1) : undefined;
            if (host ?? hostInside) subjects = [(host ?? hostInside) as Mention];
            else {
              const before = actors.filter((m) => m.end <= hit.start && m.start >= cs && m.prep === null).pop();
              if (before) {
                subjects = [before];
                route = 0.8;
              }
            }
          }
        }
      } else {
        // "زار الغنوشي القاهرة لتهنئة الرئيس مرسي"، "اتصل أمير قطر بالرئيس مرسي لتهنئته": a verbal noun of purpose
        // is done by the subject of the verb it serves; its pronoun is that verb's object.
        const purpose = c.entry.genitiveIsObject ? purposeOf(hit, cs) : undefined;
        const purposeObject = hit.possessed ? purpose?.object : startsAt(hit.end);
        if (purpose && purposeObject && (hit.possessed || purposeObject.prep === null)) {
          subjects = [purpose.subject];
          objects = hit.possessed ? [purposeObject] : chainAfter(purposeObject, ce);
          route = 0.8;
        } else if (purpose) {
          continue;
        } else if (hit.possessed && !c.entry.clauseSubject) {
          // The possessor is the subject of the verb right before: "أعربت إسرائيل عن دعمها لكييف". Other pronouns
          // ("بعد محادثاتهم مع …") point too far back to resolve safely.
          // Also "أعلنت فرنسا دعمها للبنان"، "جددت مصر إدانتها …": a declaring verb, its subject, then the noun.
          const prev = actors.find((m) => m.end === hit.start && m.start >= cs && m.prep === null);
          const declared =
            prev !== undefined &&
            (inSet(tokens[prev.start - 1], LIGHT_VERBS) || inSet(tokens[prev.start - 1], DECLARE_VERBS));
          const ok = tokens[hit.start - 1]?.n === "عن" || inSet(tokens[hit.start - 1], LIGHT_VERBS) || declared;
          const before = ok
            ? actors.filter((m) => m.end <= hit.start && m.start >= cs && m.prep === null).pop()
            : undefined;
          if (before) {
            subjects = [before];
            route = 0.8;
          }
        } else if (GATHER.has(tokens[hit.end]?.n ?? "") && startsAt(hit.end + 1)?.prep === null) {
          // "لقاء جمع وزير الدفاع الأمريكي بنظيره الإسرائيلي": the meeting brought X together with Y.
          const first = startsAt(hit.end + 1) as Mention;
          subjects = [first];
          objFrom = first.end;
          const conjPartner = startsAt(first.end);
          if (conjPartner?.conj) objects = chainAfter(conjPartner, ce);
        } else if (c.entry.clauseSubject) {
          // Only as the direct object of the clause's verb, right after its subject ("أعلنت الإمارات تقديم"), never
          // coordinated with or governed by something else ("ركزت على وقف … وتقديم المساعدات").
          let k = hit.start - 1;
          while (k > cs && isFiller(tokens[k])) k--;
          // "قرر المجلس في جلسته أمس تكليف …": where the subject did it, its own gathering, stands between.
          if (["في", "خلال"].includes(tokens[k - 1]?.n ?? "") && /\S{3}(ه|ها|هم)$/.test(tokens[k]?.n ?? "")) {
            k -= 2;
            while (k > cs && isFiller(tokens[k])) k--;
          }
          // "أعلنت الإمارات عن تقديم مساعدات": the act announced after "عن".
          if (tokens[k]?.n === "عن") k--;
          // "أقر مجلس الشيوخ حزمة جديدة من العقوبات": a measure of the act may stand between its subject and it.
          if (tokens[k]?.n === "من") {
            let q = k - 1;
            if (MEASURE_ADJECTIVES.has(tokens[q]?.n ?? "")) q--;
            if (MEASURE_NOUNS.has(tokens[q]?.n ?? "")) {
              k = q - 1;
              while (k > cs && isFiller(tokens[k])) k--;
            }
          } else if (MEASURE_NOUNS.has(tokens[k]?.n ?? "")) {
            // "تبنى الوزراء مجموعة عقوبات جديدة": the measure noun in construct with the act.
            k--;
            while (k > cs && isFiller(tokens[k])) k--;
          }
          // "الاتحاد الأوروبي يعزز العقوبات على سوريا": subject first, then the governing verb.
          const verbFirst =
            c.governedBy.length > 0 && c.governedBy.includes(fold((tokens[k]?.n ?? "").replace(/^[وف]/, "")));
          const before = actors.find((m) => m.end === (verbFirst ? k : k + 1) && m.prep === null);
          if (!before || hit.conj || tokens[hit.start]?.n !== c.tokens[0]) continue;
          // Coordinated subjects do it together: "تتولى السعودية وقطر تسليح المعارضة".
          const mates: Mention[] = [before];
          for (let m = before; m.conj;) {
            const prev = actors.find((x) => x.end === m.start && x.prep === null);
            if (!prev) break;
            mates.unshift(prev);
            m = prev;
          }
          const lead = mates[0] ?? before;
          if (c.governedBy.length > 0 && !verbFirst) {
            let v = lead.start - 1;
            while (v > cs && isFiller(tokens[v])) v--;
            const verb = (tokens[v]?.n ?? "").replace(/^[وف]/, "");
            if (!c.governedBy.includes(fold(verb))) continue;
          }
          subjects = c.governedBy.length > 0 && !verbFirst ? mates : [before];
          route = 0.8;
          // "عقوبات جديدة تستهدف قطاع النفط الإيراني": what the act targets, named after a verb of targeting.
          let t = hit.end;
          while (
            t < hit.end + 2 &&
            (MEASURE_ADJECTIVES.has(tokens[t]?.n ?? "") || /^(DT)?JJ/.test(tokens[t]?.pos ?? ""))
          )
            t++;
          const targeting = TARGETING_VERBS.has(tokens[t]?.n ?? "");
          if (targeting)
            objects = findObject({ from: t + 1, end: ce, preps: new Set(["direct"]), exclude: subjects, maxTokens: 3 });
          // Sanctions on what a state owns or trades: "حظرا على واردات النفط الإيراني" (no name, a nationality).
          const on = targeting || ["علي", "ضد"].includes(tokens[t]?.n ?? "") ? t + 1 : -1;
          if (!objects?.length && c.set.type === "SANCTIONED" && on > 0 && !startsAt(on)) {
            const owner = nationalityChain({
              tokens,
              from: on,
              prep: targeting ? "علي" : (tokens[t]?.n ?? null),
              nisbaOf: params.nisbaOf,
              sourceAt,
            });
            if (owner) objects = [owner];
          }
        } else if (c.entry.genitiveIsObject) {
          const gen = startsAt(hit.end);
          // "تزويد موسكو النظام السوري مروحيات": a genitive followed by a bare name is the agent, the name the object.
          const second = gen && gen.prep === null ? startsAt(gen.end) : undefined;
          const before = actors.filter((m) => m.end <= hit.start && m.start >= cs && m.prep === null).pop();
          if (gen && second && second.prep === null && !second.conj) {
            subjects = [gen];
            objects = [second];
            route = 0.85;
          } else {
            if (!gen || gen.prep !== null || !before) continue;
            objects = chainAfter(gen, ce);
            subjects = [before];
            route = 0.8;
          }
        } else if (passive) {
          // "تم استدعاء السفير الروسي": the genitive of a passive verbal noun is what undergoes the act.
          const gen = startsAt(hit.end);
          if (gen && gen.prep === null) {
            objects = [gen];
            const hostId = gen.host;
            const host =
              actors.find((m) => m.start >= gen.end && m.start < ce && m.prep !== null && c.passivePreps.has(m.prep)) ??
              (hostId ? { ...gen, actorId: hostId, via: "title" as const } : undefined);
            if (host && c.passivePreps.size > 0) {
              subjects = [host];
              route = 0.85;
            }
          }
          if (!subjects) continue;
        } else {
          const gen = startsAt(hit.end);
          // "وزيارة ماكين خدمة للعدو": a bare indefinite noun right after the agent is the predicate of a nominal
          // sentence; what follows it is said of the act, not its object.
          const next = tokens[firstContent(gen?.end ?? hit.end)];
          const predicate =
            !!next?.pos &&
            /^NNS?$/.test(next.pos) &&
            !startsAt(firstContent(gen?.end ?? hit.end)) &&
            !/^[وفبل]/.test(next.n);
          if (gen && gen.prep === null && predicate) continue;
          // "بعد زيارة لرئيس الوزراء التونسي إلى باريس": the visitor after "لـ", where they went after "إلى".
          const destination =
            gen?.prep === "ل" && c.set.type === "MET"
              ? startsAt(tokens[gen.end]?.n === "الي" ? gen.end + 1 : gen.end)
              : undefined;
          if (gen && gen.prep === null) {
            subjects = [gen];
            objFrom = gen.end;
            route = 0.9;
            // "محادثات الرئيس عباس وخالد مشعل": a meeting's coordinated genitives are its two sides (a visit's may be
            // where one went: "زيارة كوبا ونيكاراغوا").
            const mate = startsAt(gen.end);
            const sides = c.set.type === "MET" && c.entry.mode !== "visit";
            if (sides && mate && mate.conj && mate.prep === null) objects = chainAfter(mate, ce);
          } else if (
            gen &&
            destination &&
            destination.prep === "الي" &&
            /^[وفب]?(ال)?زيار/.test(tokens[hit.start]?.n ?? "")
          ) {
            subjects = [gen];
            objects = [destination];
            route = 0.8;
          } else if (!gen) {
            // "الزيارة التي قامت بها كلينتون لمصر": the agent of the act comes in a relative clause after it.
            const agent = carrier === null ? undefined : startsAt(carrier);
            if (agent && agent.prep === null) {
              subjects = chainAfter(agent, ce);
              objFrom = subjects[subjects.length - 1]?.end ?? agent.end;
              route = 0.85;
            }
          }
        }
        if (!subjects) {
          // Light verb: "أجرى أبو مرزوق محادثات"، "تلقى بوتين اتصالا هاتفيا من …".
          // (Further back when nothing but names, time and place stand between, no pause or other verb: "وعقد الرئيس
          // اليمني عبدربه منصور هادي والسفير الأمريكي … جلسة مباحثات"، "عقد الرئيس هادي صباح اليوم بالقاعة الكبرى
          // بدار الرئاسة لقاء موسعا مع …".)
          let reach = hit.start - 10;
          for (let k = hit.start - 1; k >= Math.max(cs, hit.start - 16); k--) {
            const t = tokens[k];
            if (!t || t.punct) break;
            if (inSet(t, LIGHT_VERBS)) {
              reach = Math.min(reach, k);
              break;
            }
            if (/^VB/.test(t.pos ?? "")) break;
          }
          for (let k = hit.start - 1; k >= Math.max(cs, reach); k--) {
            // The light verb's verbal noun with its agent in the genitive: "إجراء وزير الدفاع بانيتا اتصالا مع …".
            if (inSet(tokens[k], LIGHT_MASDARS)) {
              const m = actors.find((x) => x.start === k + 1 && x.end <= hit.start && x.prep === null);
              if (m) {
                subjects = chainAfter(m, hit.start);
                route = 0.85;
              }
              break;
            }
            // "قام بزيارة": carrying out the act right after it ("قاما بزيارتهما" is their visit to someone else).
            // (Or a part played: "قامت قطر بدور الوسيط بين …", its subject between.)
            const carries =
              !hit.possessed &&
              ((k === hit.start - 1 &&
                CARRY_OUT_VERBS.has(tokens[k]?.n ?? "") &&
                /^ب/.test(tokens[hit.start]?.n ?? "")) ||
                (tokens[hit.start - 1]?.n === "بدور" && inSet(tokens[k], CARRY_OUT_VERBS)));
            if (inSet(tokens[k], LIGHT_VERBS) || carries) {
              const m = actors.find((x) => x.start > k && x.end <= hit.start && x.prep === null);
              if (m) {
                subjects = chainAfter(m, hit.start);
                route = 0.9;
              } else if (!actors.some((x) => x.start > k && x.end <= hit.start)) {
                // Subject first: "البرازيل لم تجر أي محادثات مع …" (only when nothing else stands in between).
                const svo = svoSubject(k, cs);
                // "فابيوس الذي يقوم بزيارة لأستراليا": the relative clause's subject is the one it describes.
                // (Set off by a comma too: "وأشار راسموسن، الذي يقوم بزيارة …".)
                const rel = k - 1;
                const antEnd = [",", "،"].includes(tokens[rel - 1]?.n ?? "") ? rel - 1 : rel;
                const antecedent = RELATIVE_PRONOUNS.has(tokens[rel]?.n ?? "")
                  ? actors.find((x) => x.end === antEnd && x.prep === null && x.place === null)
                  : undefined;
                if (svo) {
                  subjects = svo.subj;
                  route = 0.85;
                } else if (antecedent) {
                  subjects = [antecedent];
                  route = 0.8;
                }
              }
              break;
            }
          }
        }
        if (!subjects && c.entry.lightVerb && !framed) continue;
        if (!subjects && !framed && !passive) continue;
      }
      if (!objects) {
        objects = findObject({
          from: objFrom,
          end: ce,
          preps: c.objectPreps,
          exclude: subjects ?? [],
          maxTokens: 6,
          type: c.set.type,
        });
      }
      if (!subjects && objects && framed) {
        // "خلال اللقاء مع X، أكد Y": the subject of the main clause that follows.
        const objEnd = Math.max(...objects.map((o) => o.end));
        for (let k = objEnd; k < Math.min(tokens.length, objEnd + 12); k++) {
          if (tokens[k]?.n === "،" || tokens[k]?.n === ",") {
            const v = k + 1;
            let j = v + 1;
            while (j < tokens.length && j < v + 6 && !startsAt(j)) {
              if (!isFiller(tokens[j])) break;
              j++;
            }
            const m = startsAt(j);
            if (m && m.prep === null && !tokens[v]?.punct) {
              subjects = [m];
              route = 0.75;
              break;
            }
          }
        }
      }
      // "تكرر موسكو الخطأ بدعم نظام بشار"، "أصرت روسيا على دعم النظام": a verbal noun governed by another verb's
      // clause takes that verb's subject as its agent, and its own genitive is what it acts on.
      const governor = subjects?.length === 1 && !objects ? governingSubject(hit.start, cs) : undefined;
      if (governor && subjects?.[0] && GOVERNED_TYPES.has(c.set.type) && !hit.possessed) {
        objects = subjects;
        subjects = [governor];
        route = 0.75;
      }
      if (!subjects && objects && passive && c.passivePreps.size > 0) {
        const host = actors.find(
          (m) => m.start >= (objects?.[0]?.end ?? 0) && m.start < ce && m.prep !== null && c.passivePreps.has(m.prep),
        );
        if (host) {
          subjects = [host];
          route = 0.85;
        }
      }
    }
    if (!subjects || subjects.length === 0) continue;
    const location = locationIn(cs, ce);
    const base = (c.entry.confidence ?? 0.85) * route;
    const emit = ({ s, o, objectActorId }: { s: Mention; o: Mention; objectActorId?: string }): void => {
      const oid = objectActorId ?? o.actorId;
      if (related(s.actorId, oid)) return;
      const r: RawRelation = {
        hit,
        subject: s,
        object: o,
        location,
        confidence: Math.round(base * Math.min(s.confidence, o.confidence) * 100) / 100,
      };
      if (objectActorId) r.objectActorId = objectActorId;
      out.push(r);
    };
    if (objects && objects.length > 0) {
      for (const s of subjects) {
        for (const o of objects) {
          let objectActorId: string | undefined;
          if (c.passivePreps.size > 0) {
            // A summoned ambassador stands for the state that sent him.
            const a = actorOf(o.actorId);
            const amb = a?.roles.find((r) =>
              ["Ambassador", "Chargé d'affaires", "Representative", "Envoy"].includes(r.title),
            );
            if (a?.kind === "PERSON" && amb) objectActorId = amb.of;
          }
          emit({ s, o, objectActorId });
          // Each side of a fight acts on the other.
          if (c.entry.mutual) emit({ s: o, o: s });
        }
      }
    } else if (c.set.type === "MET" && subjects.length >= 2) {
      // Reciprocal: "اجتمع ممثلو روسيا وإيران وحماس".
      for (let a = 0; a < subjects.length; a++) {
        for (let b = a + 1; b < subjects.length; b++) emit({ s: subjects[a] as Mention, o: subjects[b] as Mention });
      }
    } else if (c.set.type === "MET" || c.set.type === "MEDIATED") {
      // "محادثات بين X وY"، "توسط بين X وY".
      const bi = tokens.findIndex((t, k) => k >= hit.end && k < Math.min(ce, hit.end + 4) && t.n === "بين");
      const first = bi >= 0 ? startsAt(bi + 1) : undefined;
      if (first) {
        const pair = chainAfter(first, ce);
        if (c.set.type === "MEDIATED") for (const s of subjects) for (const o of pair) emit({ s, o });
      }
    }
  }
  return out;
}

/**
 * Where the agent of an act stands when a relative clause says who carried it out ("الزيارة الرسمية التي قام بها X"،
 * "زيارة أداها X"), or null: the clause opens right after the act's noun and its adjectives.
 */
function carriedOutBy(tokens: readonly Token[], from: number): number | null {
  let k = from;
  while (k < from + 2 && /^(DT)?JJ/.test(tokens[k]?.pos ?? "")) k++;
  if (RELATIVE_PRONOUNS.has(tokens[k]?.n ?? "")) k++;
  const verb = tokens[k]?.n ?? "";
  if (CARRY_OUT_SUFFIXED.has(verb)) k++;
  else if (CARRY_OUT_VERBS.has(verb) && ["بها", "به"].includes(tokens[k + 1]?.n ?? "")) k += 2;
  else return null;
  // "التي قام بها أخيرا رئيس الجمهورية": an adverb before the agent.
  if (/^RB/.test(tokens[k]?.pos ?? "") || ["اخيرا", "مؤخرا", "حاليا"].includes(tokens[k]?.n ?? "")) k++;
  return k;
}

/** Spokespeople without "باسم", in construct with the body they speak for: "ناطق الحزب"، "متحدث الرئاسة". */
const SPOKESPEOPLE = new Set(["ناطق", "ناطقه", "متحدث", "متحدثه"]);

/** A relative clause's pronoun on "في"/"خلال": the clause says when or where, and has a subject of its own. */
const ADJUNCT_RESUMPTIVES = new Set(["فيها", "فيه", "خلالها", "خلاله"]);

/** Whether a verb follows a relative pronoun ("الذي استهدف"، "التي كانت قد هاجمت"). */
function afterRelative(tokens: Token[], at: number): boolean {
  return RELATIVE_PRONOUNS.has(tokens[relativeSlot(tokens, at)]?.n ?? "");
}

/**
 * Where the relative pronoun of a verb at `at` would stand: right before it, or before "قد" and auxiliaries, with a
 * short phrase of time after an auxiliary ("التي ظلت لفترة طويلة تدعم"، "الذي كان منذ سنوات يمول"). The caller checks
 * the word there.
 */
export function relativeSlot(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  // (The phrase of time: up to three words opened by a preposition of time, with no verb or punctuation.)
  for (let w = 1; w <= 3 && k - w >= 0; w++) {
    const phrase = tokens.slice(k - w + 1, k + 1);
    const opener = phrase[0]?.n ?? "";
    if (phrase.some((t) => t.punct || /^VB/.test(t.pos ?? ""))) break;
    if (AUXILIARIES.has(tokens[k - w]?.n ?? "") && /^(ل|منذ$|طوال$|طيله$)/.test(opener)) {
      k -= w;
      break;
    }
  }
  while (k >= 0 && auxiliaryAt(tokens, k)) k--;
  return k;
}

/** Whether the word at `k` is "قد" or an auxiliary, with the negation that makes one ("ما زالت"، "لا تزال"). */
export function auxiliaryAt(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]?.n ?? "";
  if (n === "قد" || AUXILIARIES.has(n)) return true;
  return (n === "ما" || n === "لا") && AUXILIARIES.has(tokens[k + 1]?.n ?? "");
}

/** The first of the conjuncts a mention closes ("الجيش" for "والشرطة" in "الجيش والشرطة"), or the mention itself. */
export function firstConjunct(m: Mention, mentions: readonly Mention[]): Mention {
  let cur = m;
  for (let d = 0; cur.conj && d < 8; d++) {
    const prev = mentions.find((x) => x.end === cur.start);
    if (!prev) break;
    cur = prev;
  }
  return cur;
}

/** Whether the word at `at` is the genitive of an indefinite noun right after a preposition ("من مؤسستي الجيش"). */
export function genitiveInPhrase(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at - 1];
  return !!head && !head.punct && /^NNS?$/.test(head.pos ?? "") && tokens[at - 2]?.pos === "IN";
}

/** Whether a word is "و" on a definite verbal noun ("والتعرض"، "والتهديد"، "والاعتداء"): a new conjunct. */
function isCoordinatedNoun(t: Token): boolean {
  if (t.pos && !/^DTNN/.test(t.pos)) return false;
  return /^وال(ت\S{3}|ت\S{2}ي\S|ت\Sا\S{2}|ا\S{2}ا\S|ا\S{3}ا\S|است\S{2}ا\S|م\Sا\S{2}ه)$/.test(t.n);
}
