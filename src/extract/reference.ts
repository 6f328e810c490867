/**
 * Pronouns that stand for actors: "التقى بها" (her), "أطلق النار عليه" (him), "مؤازرتها للنظام" (its support). Arabic
 * pronouns agree in gender with what they refer to, which is most of what makes the referent findable: a feminine
 * "ها" passes over the men named in between ("سأل الشمري إن كان التقى بالسيدة رجوي فأوضح أنه التقى بها"). Pure.
 */
import type { Mention } from "./actors.js";
import { normalizeArabic, procliticReadings } from "./normalize.js";
import { isAdjective, type Token } from "./tokens.js";
import { GIVEN_NAMES, HONORIFIC_WORDS, KANA, RELATIVE_PRONOUNS } from "./words.js";
import type { Actor } from "./types.js";

/** Grammatical gender, which a pronoun shares with its referent. */
export type Gender = "m" | "f";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Country names that Arabic treats as masculine; the others are feminine. */
const MASCULINE_COUNTRIES = set("العراق الأردن السودان المغرب اليمن الصومال لبنان");

/**
 * Feminine heads without the feminine ending ("قوات"، "الأمم المتحدة" are plural and take "ها"), broken plurals of
 * groups among them ("أعلنت كتائب القسام مسؤوليتها").
 */
const FEMININE_HEADS = set("قوات الأمم دول الولايات كتائب ألوية سرايا فصائل قوى ميليشيات مليشيات جماعات");

/** Titles and words of address that make the person named after them a woman. */
const FEMALE_TITLES = set(`
السيدة سيدة الوزيرة المستشارة الرئيسة النائبة الدكتورة الأميرة الملكة السفيرة المتحدثة الناشطة الشيخة الكاتبة
الصحفية الإعلامية المحامية القاضية الأمينة المديرة رئيسة وزيرة نائبة مديرة الفنانة الأرملة
`);

/** Given names of women (a first name decides when no title does). */
const FEMALE_NAMES = set(`
مريم فاطمة عائشة زينب خديجة ليلى سلمى هند نادية سعاد سميرة أسماء رانيا هيفاء نجلاء منى بثينة رجاء سوزان سها سهى
منيرة هيلاري هيلارى أنجيلا انجيلا كاثرين كاترين كوندوليزا ميشيل تسيبي فيديريكا موغيريني نانسي سوزان ماري مارين
تيريزا أنغيلا توكل جميلة حنان نوال هدى وفاء أمل ريم دينا لينا نور غادة عبير إيمان آمنة
`);

/** Whether a body's name as written is feminine by its first word: "كتلة المستقبل" is "ها" whatever its dictionary head. */
export function feminineAsWritten(first: Token | undefined): boolean {
  return /ة$/.test((first?.raw ?? "").replace(/^[وف]/, ""));
}

/** Whether a person's first name is a man's ("أحمد عبدالغفور السامرائي"): no woman's title may stand before it. */
export function maleByName(nameAr: string): boolean {
  const first = normalizeArabic(nameAr.split(" ")[0] ?? "");
  return GIVEN_NAMES.has(first) && !FEMALE_NAMES.has(first);
}

/** Gender of an actor as a pronoun would refer to it; `female` is what the text said about a person. */
export function actorGender(actor: Actor, female = false): Gender {
  if (actor.kind === "PERSON")
    return female || FEMALE_NAMES.has(normalizeArabic(actor.nameAr.split(" ")[0] ?? "")) ? "f" : "m";
  const name = normalizeArabic(actor.nameAr);
  if (actor.kind === "COUNTRY") return MASCULINE_COUNTRIES.has(name) ? "m" : "f";
  // The head word decides: "حركة حماس"، "الحكومة" are feminine, "حزب الله"، "المجلس" masculine.
  const head = (actor.nameAr.split(" ")[0] ?? "").replace(/^ال/, "");
  return head.endsWith("ة") || FEMININE_HEADS.has(normalizeArabic(head)) ? "f" : "m";
}

const BETWEEN_PEOPLE = set("مع من الى على عن في و ب ل بين لدى ضد");

/** Whether the words right before a person's name say she is a woman ("السيدة منيرة"، "المستشارة ميركل"). */
export function femaleByTitle(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const n = tokens[k]?.n ?? "";
    // (With its clitics: "للسيدة".)
    if (FEMALE_TITLES.has(n) || procliticReadings(n).some((r) => FEMALE_TITLES.has(r.form))) return true;
    // "لقاء الوزيرة الأمريكية مع طنطاوي": a title before a preposition is someone else's.
    if (tokens[k]?.punct || BETWEEN_PEOPLE.has(n)) break;
  }
  return false;
}

/** A preposition carrying a pronoun ("بها"، "عليه"، "معه") and what it stands for. */
const PREP_PRONOUNS = new Map<string, { prep: string; gender: Gender }>(
  (
    [
      ["به", "ب", "m"],
      ["بها", "ب", "f"],
      ["معه", "مع", "m"],
      ["معها", "مع", "f"],
      ["عليه", "على", "m"],
      ["عليها", "على", "f"],
      ["منه", "من", "m"],
      ["منها", "من", "f"],
      ["اليه", "الى", "m"],
      ["اليها", "الى", "f"],
      ["ضده", "ضد", "m"],
      ["ضدها", "ضد", "f"],
      // "وقفت إيران إلى جانبه"، "بجانبها": the side one stands by.
      ["جانبه", "الى", "m"],
      ["جانبها", "الى", "f"],
      ["بجانبه", "ب", "m"],
      ["بجانبها", "ب", "f"],
    ] as const
  ).map(([w, prep, gender]) => [normalizeArabic(w), { prep, gender }]),
);

/** An actor named before, in reading order: what a later pronoun may refer to. */
export interface Named {
  actorId: string;
  gender: Gender;
  /** Sentence index and token position of the mention. */
  sentence: number;
  start: number;
  /** Named without a preposition (a subject or direct object): a likelier referent. */
  bare: boolean;
  /** Named as the subject of a verb (right after it, or before it at the clause's start): the likeliest. */
  subject: boolean;
}

/** Whether a bare mention stands as a verb's subject: right after the verb, or right before one. */
export function isSubjectPosition(tokens: Token[], m: Mention): boolean {
  if (m.prep !== null) return false;
  // A gerund ("تحميل/VBG") is a noun for this: what follows it is its object or genitive.
  const verb = (t: Token | undefined): boolean => /^VB[DPN]?$/.test(t?.pos ?? "") && !t?.punct;
  // A preposition carrying a pronoun may stand between the verb and its subject: "طلب منا طه"، "قال لنا الوزير".
  const pronounPrep = /^(منا|مني|منه|منها|منهم|لنا|لي|له|لها|لهم|معنا|معي|معه|معها)$/.test(
    tokens[m.start - 1]?.n ?? "",
  );
  // An honorific may stand between the verb and the name: "وجدد الأخ باسندوة".
  const honorific = HONORIFIC_WORDS.has(tokens[m.start - 1]?.n ?? "");
  // "وكان كيري قد سبق أوباما": after a subject named before "قد", the name after the verb is its object.
  const before = tokens[m.start - 3];
  const fronted = tokens[m.start - 2]?.n === "قد" && !!before && !before.punct && !verb(before);
  return (
    (verb(tokens[m.start - 1]) && !fronted) ||
    // "وكان X قد …": the subject of "كان", whatever its tag.
    (KANA.has(tokens[m.start - 1]?.n ?? "") && tokens[m.end]?.n === "قد") ||
    verb(tokens[m.end]) ||
    ((pronounPrep || honorific) && verb(tokens[m.start - 2]))
  );
}

/** The gender of a pronoun subject word ("أنه" → m, "فإنها" → f), or null for plurals. */
export function pronounGender(word: string): Gender | null {
  if (/(هما|هم|هن)$/.test(word)) return null;
  // The free pronouns: "وهي تحث"، "فهو يطالب".
  if (/^[وف]?هي$/.test(word)) return "f";
  if (/^[وف]?هو$/.test(word)) return "m";
  return word.endsWith("ها") ? "f" : word.endsWith("ه") ? "m" : null;
}

/** Whether a word ends in a plural pronoun ("تأييدهم"، "دعمهما"): never one person. */
export function pluralSuffix(word: string): boolean {
  return /(هما|هم|هن)$/.test(word);
}

/** The gender a pronoun suffix of a word marks ("مؤازرتها" → f, "انتقاداته" → m), or null. */
export function suffixGender(word: string): Gender | null {
  if (pluralSuffix(word)) return null;
  if (word.endsWith("ها")) return "f";
  if (word.endsWith("ه") && word.length > 3) return "m";
  return null;
}

/**
 * The actor a pronoun of this gender at `at` in sentence `sentence` most likely means: the nearest agreeing actor
 * before it, preferring one named without a preposition in the same sentence; never one of `exclude`.
 */
export function referent(params: {
  named: readonly Named[];
  sentence: number;
  at: number;
  gender: Gender;
  exclude?: ReadonlySet<string>;
  /** Only this sentence and the one before: a pronoun further from its referent is anyone's guess. */
  reach?: number;
}): string | null {
  const { named, sentence, at, gender } = params;
  const reach = params.reach ?? 1;
  const before = named.filter(
    (n) =>
      (n.sentence < sentence || (n.sentence === sentence && n.start < at)) &&
      n.sentence >= sentence - reach &&
      n.gender === gender &&
      !params.exclude?.has(n.actorId),
  );
  const here = before.filter((n) => n.sentence === sentence);
  const last = [...here].reverse();
  // From an earlier sentence, its first subject is likelier than whatever it named last: "وقال جبريل … إن النظام
  // … مع حزب الله. وأوضح أنه التقى …" is Jibril.
  const earlier = before.filter((n) => n.sentence === sentence - 1);
  const pick =
    last.find((n) => n.subject) ??
    last.find((n) => n.bare) ??
    here[here.length - 1] ??
    earlier.find((n) => n.subject) ??
    // (Then one named bare there, over one inside a prepositional phrase: "ويدرك كاميرون … في الاتحاد. وهو يحض".)
    earlier.find((n) => n.bare) ??
    before[before.length - 1];
  return pick?.actorId ?? null;
}

/**
 * Mentions for prepositions carrying a pronoun ("التقى بها" → her, with ب): the referent is the nearest agreeing
 * actor before, never one named bare in the same clause (that one is the verb's subject, and "him" is someone else).
 */
export function pronounMentions(params: {
  tokens: Token[];
  mentions: Mention[];
  named: readonly Named[];
  sentence: number;
}): Mention[] {
  const { tokens, mentions, named, sentence } = params;
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    const latter = theLatter({ tokens, k, named, sentence });
    if (latter && !mentions.some((m) => m.start <= k && k < m.end)) {
      out.push(latter);
      return;
    }
    const p = PREP_PRONOUNS.get(t.n) ?? PREP_PRONOUNS.get(t.n.replace(/^[وف]/, ""));
    if (!p || mentions.some((m) => m.start <= k && k < m.end)) return;
    // A resumptive pronoun of a relative clause is the noun the clause describes: "الدور الذي يقوم به الرئيس".
    // (Its verb and subject may stand between: "النظام الذي وقف الديلمي إلى جانبه".)
    if (tokens.slice(Math.max(0, k - 5), k).some((u) => RELATIVE_PRONOUNS.has(u.n))) return;
    // The governing verb's own subject stands between it and the pronoun ("التقى الوزير به").
    let v = k - 1;
    while (v > 0 && v > k - 8 && !tokens[v]?.pos?.startsWith("VB") && !tokens[v]?.punct) v--;
    // Without a governing verb found ("قال جبريل في مقابلة أجرتها معه"), nobody is excluded.
    const governed = !!tokens[v]?.pos?.startsWith("VB");
    const exclude = new Set(
      mentions.filter((m) => governed && m.start > v && m.start < k && m.prep === null).map((m) => m.actorId),
    );
    // A coordinated verb with no subject of its own ("التقى مرسي وفد حماس، وبحث معه") shares the earlier subject,
    // which "him" is not.
    if (exclude.size === 0 && /^[وف]/.test(tokens[k - 1]?.n ?? "")) {
      const shared = named.filter((n) => n.sentence === sentence && n.start < k && n.subject).pop();
      if (shared) exclude.add(shared.actorId);
    }
    const actorId = referent({ named, sentence, at: k, gender: p.gender, exclude });
    if (!actorId) return;
    out.push({
      actorId,
      start: k,
      end: k + 1,
      prep: p.prep,
      conj: /^[وف]/.test(t.n) && !PREP_PRONOUNS.has(t.n),
      via: "short",
      place: null,
      confidence: 0.45,
    });
  });
  return out;
}

/** "الأخير"، "للأخيرة": "the latter", with its conjunction and preposition, and the gender it marks. */
const LATTER = /^([وف]?)(ب|ل)?(?:ال|ل)اخير(ه?)$/;

/**
 * "حينما تحدث الأخير مع وزير الدفاع": "the latter" is the person named last before it, in this sentence or the one
 * before. Only where a noun phrase stands (after a verb, a preposition, or opening a clause): after a noun it is the
 * adjective "last" ("الاجتماع الأخير").
 */
function theLatter(params: { tokens: Token[]; k: number; named: readonly Named[]; sentence: number }): Mention | null {
  const { tokens, k, named, sentence } = params;
  const t = tokens[k];
  const m = t ? LATTER.exec(t.n) : null;
  if (!t || !m) return null;
  const prev = tokens[k - 1];
  const slot =
    !prev || prev.punct || !!m[2] || /^VB/.test(prev.pos ?? "") || /^[وف]?(مع|الي|علي|من|عن|ان|بان|لان)$/.test(prev.n);
  if (!slot) return null;
  const gender: Gender = m[3] ? "f" : "m";
  const last = named
    .filter(
      (n) =>
        n.gender === gender &&
        (n.sentence === sentence - 1 || (n.sentence === sentence && n.start < k)) &&
        n.sentence >= sentence - 1,
    )
    .pop();
  if (!last) return null;
  return {
    actorId: last.actorId,
    start: k,
    end: k + 1,
    prep: m[2] ?? null,
    conj: m[1] === "و",
    via: "short",
    place: null,
    confidence: 0.45,
  };
}

/** Acts named with their author ("قرار مرسي") that a bare definite noun later refers back to ("إن القرار …"). */
const ANAPHORIC_ACTS = new Set([
  "قرار",
  "تصريحات",
  "خطوه",
  "مبادره",
  "خطاب",
  "اعلان",
  // What an accuser, critic or threatener said: recorded from the relations themselves (index.ts SAID_ACTS).
  "اتهامات",
  "اتهام",
  "مزاعم",
  "ادعاءات",
  "انتقادات",
  "تهديدات",
  "دعوه",
  "دعوات",
  "مطالب",
  "مطالبات",
]);

/**
 * Attacks named by their verbal noun and what they struck ("إسقاط الطائرة"، "قصف المدينة"): the attacker recorded from
 * the relation that stated the attack (index.ts SAID_ACTS).
 */
export const STRUCK_ACTS = new Set(["اسقاط", "قصف", "اغتيال", "اقتحام", "تفجير", "استهداف"]);

/** Nouns whose genitive act noun is an idiom's, never an act named again: "أصابع الاتهام"، "سهام النقد". */
const IDIOM_HEADS = set("اصابع اصبع سهام قفص دائره");

/** A sentence's tokens and named mentions, the acts recorded so far (updated as it goes), and the sentence's index. */
export interface ActMentionParams {
  tokens: Token[];
  mentions: readonly Mention[];
  acts: Map<string, ActAuthor>;
  sentence: number;
}

/** The author of an act named last with it, and in which sentence. */
export interface ActAuthor {
  actorId: string;
  sentence: number;
}

/**
 * "أصدر الرئيس مرسي قرارا … وقال X إن القرار يمثل كارثة": a bare definite act noun ("القرار"، "بالخطوة") with no
 * genitive or name after it refers back to the act of that kind named with its author ("قرار مرسي") in this sentence
 * or the three before; it stands for that author, as "قرار مرسي" would. Records the acts named with an author in
 * `acts` as it goes.
 */
export function actMentions(params: ActMentionParams): Mention[] {
  const { tokens, mentions, acts, sentence } = params;
  const out: Mention[] = phraseActMentions(params);
  // "قررت الحكومة الإسرائيلية بناء …، ووصفت السلطة الخطوة بالتصعيدية": what an actor decided is then "the step" or
  // "the decision" (recorded before this sentence's own references are read, for the next sentences).
  const decided = decisionAuthor(tokens, mentions);
  const inside = (k: number): boolean =>
    mentions.some((m) => m.start <= k && k < m.end) || out.some((m) => m.start <= k && k < m.end);
  tokens.forEach((t, k) => {
    if (t.punct || inside(k)) return;
    const r = procliticReadings(t.n).find((x) => ANAPHORIC_ACTS.has(x.form) || STRUCK_ACTS.has(x.form));
    if (!r) return;
    const noun = r.form;
    const named = mentions.find((x) => x.start === k + 1 && x.prep === null && x.place === null);
    if (!r.article) {
      // Indefinite in construct with its author: "قرار الرئيس مرسي"، "تصريحات نتنياهو".
      // (Not an attack's: its genitive may as well be its victim, "اغتيال الرئيس".)
      if (named && !STRUCK_ACTS.has(noun)) acts.set(noun, { actorId: named.actorId, sentence });
      // … or an attack in construct with what it struck, named by no actor: "إسقاط الطائرة" after "أسقطت سوريا طائرة".
      const struck = tokens[k + 1];
      const act = acts.get(noun);
      if (
        STRUCK_ACTS.has(noun) &&
        !named &&
        !inside(k + 1) &&
        struck &&
        /^ال\S{2,}/.test(struck.n) &&
        act &&
        sentence > act.sentence &&
        sentence - act.sentence <= 3
      )
        out.push(actReference({ actorId: act.actorId, start: k, end: k + 2, reading: r }));
      return;
    }
    // Definite: a name or a nationality after it makes it another act ("القرار الأمريكي"); so does an idiom it
    // closes ("أصابع الاتهام"، "قفص الاتهام": a new accusation, or none).
    if (IDIOM_HEADS.has((tokens[k - 1]?.n ?? "").replace(/^[وف]?[بل]?/, ""))) return;
    const next = tokens[k + 1];
    if (named || inside(k + 1) || (next && /^ال\S+(ي|يه)$/.test(next.n))) return;
    const act = acts.get(noun);
    if (!act || sentence - act.sentence > 3) return;
    out.push(actReference({ actorId: act.actorId, start: k, end: k + 1, reading: r }));
  });
  if (decided) for (const noun of ["خطوه", "قرار"]) acts.set(noun, { actorId: decided.actorId, sentence });
  return out;
}

/** Verbs of deciding: their subject is the author of "the step" or "the decision" named later. */
const DECIDING = /^[وف]?(قرر|قررت|قرروا)$/;

/** The subject of a verb of deciding in the sentence (after it, or right before it), if a name. */
function decisionAuthor(tokens: Token[], mentions: readonly Mention[]): Mention | undefined {
  const k = tokens.findIndex((t) => DECIDING.test(t.n));
  if (k < 0) return undefined;
  const bare = (m: Mention): boolean => m.prep === null && m.place === null && !m.conj;
  return mentions.find((m) => m.start === k + 1 && bare(m)) ?? mentions.find((m) => m.end === k && bare(m));
}

/** The mention an act's words make of its author, with the clitics of the act's first word. */
function actReference(params: {
  actorId: string;
  start: number;
  end: number;
  reading: { prep: string; conj: string };
}): Mention {
  const { actorId, start, end, reading } = params;
  return {
    actorId,
    start,
    end,
    prep: reading.prep || null,
    conj: reading.conj === "و",
    via: "short",
    place: null,
    confidence: 0.4,
  };
}

/** Heads of acts that are named again, later, by their whole phrase: "الإعلان الدستوري المكمل". */
const PHRASE_ACTS = set(`
قرار قرارات إعلان بيان مبادرة خطة مقترح مقترحات اقتراح مشروع مرسوم قانون تصريحات إجراءات شروط
`);

/** Verbs that make their subject the author of the act they name ("أصدر"، "أعلن"، "اتخذ" …). */
const ISSUING = /^[وف]?(اصدر|اعلن|اتخذ|طرح|اقترح|قدم|اطلق|وضع)(ت|وا|ا)?$/;
/** The same verbs with the act as a pronoun, in a relative clause: "الذي أصدره"، "التي أعلنها". */
const ISSUING_RELATIVE = /^(اصدر|اعلن|اتخذ|طرح|اقترح|قدم|اطلق|وضع)(ت|وا|ا)?(ه|ها)$/;

/** A definite adjective; untagged, any definite word with an adjective's ending ("الجديدة"، "الشاملة"). */
function phraseAdjective(t: Token | undefined): boolean {
  if (!t || t.punct || RELATIVE_PRONOUNS.has(t.n)) return false;
  return isAdjective(t, true) || (!t.pos && /^ال\S{3,}(ه|ي)$/.test(t.n));
}

/** A definite act noun with its definite adjectives ("الإعلان الدستوري المكمل") at k: its key and end, or null. */
function actPhrase(
  tokens: Token[],
  k: number,
): { key: string; end: number; reading: { prep: string; conj: string } } | null {
  const t = tokens[k];
  if (!t || t.punct) return null;
  const r = procliticReadings(t.n).find((x) => x.article && PHRASE_ACTS.has(x.form));
  if (!r) return null;
  let end = k + 1;
  while (end < k + 4 && phraseAdjective(tokens[end])) end++;
  // A bare "القرار" is specific only nearby: the construct acts above handle it.
  if (end === k + 1) return null;
  const key = [r.form, ...tokens.slice(k + 1, end).map((u) => u.n)].join(" ");
  return { key: `phrase:${key}`, end, reading: r };
}

/**
 * "الإعلان الدستوري المكمل الذي أصدره الجيش … ويرفض الإخوان الإعلان الدستوري المكمل": an act named by a whole phrase
 * (a definite act noun and its adjectives) with its author — in a relative clause ("الذي أصدره X") or as the object of
 * a verb of issuing ("أصدر X …") — stands for that author wherever the same phrase comes back later in the article
 * without an author of its own. Records such acts in `acts` as it goes.
 */
function phraseActMentions(params: ActMentionParams): Mention[] {
  const { tokens, mentions, acts, sentence } = params;
  const out: Mention[] = [];
  const bareAt = (k: number): Mention | undefined =>
    mentions.find((m) => m.start === k && m.prep === null && m.place === null);
  for (let k = 0; k < tokens.length; k++) {
    if (mentions.some((m) => m.start <= k && k < m.end)) continue;
    const phrase = actPhrase(tokens, k);
    if (!phrase) continue;
    const { end } = phrase;
    // "… الذي أصدره المجلس العسكري" (an adverb may stand before the author).
    const relative = RELATIVE_PRONOUNS.has(tokens[end]?.n ?? "") && ISSUING_RELATIVE.test(tokens[end + 1]?.n ?? "");
    const relAuthor = relative ? (bareAt(end + 2) ?? bareAt(end + 3)) : undefined;
    // "أصدر المجلس العسكري الإعلان …" and "المجلس العسكري (قد) أصدر الإعلان …".
    const before = mentions.find((m) => m.end === k && m.prep === null && m.place === null);
    const verbBefore = before && ISSUING.test(tokens[before.start - 1]?.n ?? "") ? before : undefined;
    const subjectEnd = tokens[k - 2]?.n === "قد" ? k - 2 : k - 1;
    const subjectFirst = ISSUING.test(tokens[k - 1]?.n ?? "")
      ? mentions.find((m) => m.end === subjectEnd && m.prep === null && m.place === null)
      : undefined;
    const author = relAuthor ?? verbBefore ?? subjectFirst;
    if (author) {
      acts.set(phrase.key, { actorId: author.actorId, sentence });
      k = end - 1;
      continue;
    }
    // An author of its own after it ("… الذي أصدره X" with X unnamed, or a name in construct) makes it another act.
    if (relative || mentions.some((m) => m.start === end && m.place === null && (m.prep === null || m.prep === "ل")))
      continue;
    const act = acts.get(phrase.key);
    if (!act || act.sentence >= sentence) continue;
    out.push(actReference({ actorId: act.actorId, start: k, end, reading: phrase.reading }));
    k = end - 1;
  }
  return out;
}
