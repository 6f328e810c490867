/**
 * Negation and modality of a trigger from its clause: negators (لم لن لا ليس غير عدم دون نفى رفض امتنع …),
 * uncertainty (ليس من الواضح، ربما، قد + imperfect …), expectation (future, planned, postponed, cancelled,
 * anticipated) and attribution (قال، ذكرت، بحسب …).
 */
import { normalizeArabic, procliticReadings } from "./normalize.js";
import type { Token } from "./tokens.js";
import type { Modality } from "./types.js";
import { ASPECT_VERBS, LIGHT_VERBS, RELATIVE_PRONOUNS } from "./words.js";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

const PARTICLE_NEG = set("لم لن لا ليس ليست ليسوا لما غير عدم دون بدون بلا");
const NOMINAL_NEG = set("غير عدم دون بدون بلا");
/** What opens a denied clause after a denial: "نفى أن …". */
const COMPLEMENTS = set("أن ان بأن وأن إن");
const DENIAL = set(`نفى نفت ينفي تنفي نفوا نفي أنكر أنكرت ينكر تنكر كذب كذبت`);
/** Words of refusing and opposing: they negate the act they govern ("رفضت تزويدها"، "عارض دعوة إيران"), whose genitive
 * is then not their subject. */
export const REFUSAL = set(
  `رفض رفضت رفضوا يرفض ترفض يرفضون رفضها رفضه امتنع امتنعت يمتنع تمتنع امتناع عارض عارضت عارضوا يعارض تعارض يعارضون`,
);
const DENIAL_PHRASES = ["ليس صحيحا", "غير صحيح", "لا صحة", "عار عن الصحة", "لا أساس له"].map(normalizeArabic);
// Words that may stand between a negator and the trigger: "لم يعد"، "لم يكن قد"، "ليس من المقرر".
const NEG_BRIDGE = set("يعد تعد يكن تكن قد بعد أن يتم تم عن");
/** What a nominal negator reaches through to the act: "دون أن يلتقي"، "عدم وجود أي اتصالات"، "لا وجود لأي دعم". */
const NOMINAL_BRIDGE = set("أن وجود أي أية");

const UNCERTAIN_PHRASES = [
  "ليس من الواضح",
  "ليس واضحا",
  "غير واضح",
  "لم يتضح",
  "لا يتضح",
  "من غير الواضح",
  "من غير المعروف",
  "ليس معروفا",
  "لم يتأكد",
  "غير مؤكد",
  "غير مؤكدة",
  "لم يتسن التأكد",
  "ما إذا",
  "من المحتمل",
  "من الممكن",
  "يمكن أن",
  "يمكنها أن",
  "يمكنه أن",
  "قد يكون",
  "ربما",
  "يحتمل",
  // Not ruling it out is allowing it: "لا يستبعد المراقبون أن تفرض واشنطن عقوبات".
  "لا يستبعد",
  "لا تستبعد",
  "لا نستبعد",
  "لا استبعد",
  "لم يستبعد",
  "لم تستبعد",
  "لا يستبعدون",
  "لم يستبعدوا",
  "من غير المستبعد",
  "غير المستبعد",
  "ليس مستبعدا",
  "ليس من المستبعد",
  "يرجح",
  "يشتبه",
  "احتمال",
  // "بحث المسؤولون إمكانية إعادة فتح طرق إمدادات الناتو": a possibility discussed is no event.
  "إمكانية",
  "امكانية",
  "إمكان",
  "هل",
  // Likelihood and conditions: "من غير المرجح أن تفرض"، "إذا هاجمت"، "في حال زارت" state no event.
  "من المرجح",
  "من غير المرجح",
  "المرجح أن",
  "إذا",
  "إذا ما",
  "لو",
  "في حال",
  "في حالة",
  // Hearsay and belief: "قيل إن اتصالات جرت بين …"، "يعتقد أن X يدعم Y".
  "قيل إن",
  "قيل ان",
  "يقال إن",
  "يقال ان",
  "يشاع",
  "أشيع",
  "ترددت أنباء",
  "يعتقد أن",
  "يعتقد ان",
].map(normalizeArabic);

/** Verbs of seeking and trying: the act they govern is not done yet ("تسعى إلى فرض"، "حاولت اقتحام"). */
const ATTEMPT = set("سعى سعت سعوا يسعى تسعى يسعون حاول حاولت حاولوا يحاول تحاول يحاولون يدرس تدرس يدرسون");
/** Particles between a verb and the act it governs: "يسعى إلى فرض"، "فشلت في"، "تراجعت عن"، "كادت أن تقصف". */
const COMPLEMENT_LINKS = set("إلى الى في عن على أن ل");
/** Verbs of avoiding, backing off and nearly doing: the act they govern is not done ("تجنب انتقاد إسرائيل"، "تراجعت
 * عن فرض عقوبات"، "كادت القوات أن تقصف"). */
const AVOIDANCE = set(
  `تجنب تجنبت تجنبوا يتجنب تتجنب تحاشى تحاشت يتحاشى تتحاشى أحجم أحجمت يحجم تحجم
   تراجع تراجعت تراجعوا يتراجع تتراجع كاد كادت كادوا يكاد تكاد
   امتنع امتنعت امتنعوا يمتنع تمتنع`,
);
/** Verbs of warning: the act they warn against is feared, not done ("حذرت روسيا واشنطن من مغبة تزويد كييف بصواريخ"). */
const WARNING = set("حذر حذرت حذروا يحذر تحذر يحذرون نبه نبهت ينبه تنبه");
/** Words between a warning and the act it warns against: "من"، "مغبة"، "خطورة"، "عواقب". */
const WARNING_LINKS = set("من مغبة خطورة خطر عواقب تداعيات مخاطر مغبه");
/** Verbs of failing: the act they govern is not done ("فشلت في فرض عقوبات"), unless it is done by speaking. */
const FAILURE = set("فشل فشلت فشلوا يفشل تفشل");

/**
 * The verb that governs the act at `at` as its complement: the nearest word before it in the clause, past the verb's
 * subject (a name), prepositions and fillers, that is a verb by its tag — or by form when untagged. Undefined when
 * another verb or a pause stands between.
 */
function governingVerb(params: {
  tokens: Token[];
  at: number;
  clauseStart: number;
  names?: ReadonlySet<number> | undefined;
}): Token | undefined {
  const { tokens, at, clauseStart } = params;
  for (let k = at - 1; k >= Math.max(clauseStart, at - 10); k--) {
    const t = tokens[k];
    if (!t || t.punct) return undefined;
    if (params.names?.has(k)) continue;
    const attempt = has(t, ATTEMPT);
    if (attempt || has(t, AVOIDANCE) || has(t, FAILURE) || has(t, WARNING)) {
      // (An imperfect of seeking is a verb whatever its tag: "وتدرس/NN الحكومة فرض عقوبات".)
      const imperfect = attempt && /^[وف]?[يت]/.test(t.n);
      return !t.pos || /^VB/.test(t.pos) || imperfect ? t : undefined;
    }
    // Only the verb's subject, a particle or an adverb may stand between: "تدرس الحكومة خياراتها بعد الحظر" governs
    // "خياراتها", not the embargo.
    const link = t.n.replace(/^[وف]/, "");
    if (!COMPLEMENT_LINKS.has(link) && !WARNING_LINKS.has(link) && !/^(RB|JJ)/.test(t.pos ?? "")) return undefined;
  }
  return undefined;
}

/** A necessity stated: what it names is called for, not done. */
const NECESSITY = ["ضرورة", "بضرورة"].map(normalizeArabic);

/** Verbs of saying that open another statement after a hint. */
const SAYING_VERBS = /^[وف]?(قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|ذكر|ذكرت)$/;

/** Verbs of hinting: "ألمح"، "يلمح"، "ملمحا". */
const HINTING = new Set(["ألمح", "ألمحت", "ألمحوا", "يلمح", "تلمح", "ملمحا", "ملمحة"].map(normalizeArabic));

const EXPECTED_PHRASES = [
  // What someone must or should do is urged, not done: "يجب على الإدارة التخلي عن اتصالاتها مع …".
  "يجب على",
  "يجب أن",
  "ينبغي",
  "يتعين على",
  "يتعين أن",
  // (With the one obliged as a pronoun: "ويتعين عليه أن يبدأ مباحثات مع …".)
  "يتعين عليه",
  "يتعين عليها",
  "يتعين عليهم",
  "يجب عليه",
  "يجب عليها",
  "يجب عليهم",
  "لا بد من",
  "لابد من",
  "لا بد أن",
  "لابد أن",
  "من الضروري أن",
  "من الضروري",
  // What a situation requires is not yet done: "يقتضي … اتخاذ مجلس الأمن قراراته وفرض عقوبات ملزمة".
  "يقتضي",
  "تقتضي",
  "يتطلب",
  "تتطلب",
  "من المفترض",
  "من المفترض أن",
  "من المتوقع",
  "المتوقع أن",
  "يتوقع أن",
  "تتوقع أن",
  "يتوقع",
  "من المقرر",
  "المقرر أن",
  "من المزمع",
  "المزمع",
  "سوف",
  "يعتزم",
  "تعتزم",
  "يعتزمون",
  "ينوي",
  "تنوي",
  "يخطط",
  "تخطط",
  "خطط",
  "تسعى إلى",
  "يسعى إلى",
  "تأمل",
  "يأمل",
  // Hopes and wishes voiced: "أعرب عن أمله في أن يلتقي …"، "تمنى أن …".
  "أمله",
  "أملها",
  "أملهم",
  "أمله في",
  "أملها في",
  "الأمل في",
  "تمنى",
  "تمنت",
  "يتمنى",
  "تتمنى",
  "تريد",
  "يريد",
  "ترغب",
  "يرغب",
  "تأجيل",
  "أرجأ",
  "أرجأت",
  "أرجئت",
  "أرجئ",
  "إرجاء",
  "أجل",
  "أجلت",
  "تأجلت",
  "تأجل",
  "ألغي",
  "إلغاء",
  "ألغى",
  "ألغت",
  "ألغيت",
  "أُلغيت",
  "دعا إلى",
  "دعت إلى",
  "تدعو إلى",
  "يدعو إلى",
  // "قبل عقد لقاء بين نتنياهو وعباس": a meeting that has not been held yet.
  "قبل عقد",
  "قبل إجراء",
  // "مقابل عقد لقاء مع الرئيس": a meeting offered in exchange, a condition, not an event.
  "مقابل عقد",
  "مقابل إجراء",
  "مقابل لقاء",
  // "وعدت الوزيرة الحكومة بتشديد العقوبات"، "تعهد بدعم …"، "مقابل تشديد العقوبات": an act promised or offered in
  // exchange has not happened.
  "وعد",
  "وعدت",
  "وعدوا",
  "تعهد",
  "تعهدت",
  "تعهدوا",
  "يتعهد",
  "تتعهد",
  "مقابل",
  "في مقابل",
  // "من شأنها أن تؤدي إلى عقد لقاء": what a step may lead to.
  "تؤدي إلى عقد",
  "يؤدي إلى عقد",
  "لعقد",
  // "فوضه للدخول في مفاوضات مع المعارضة": talks one is sent or mandated to start.
  "للدخول في",
  // "عشية زيارة المجلس موسكو": on the eve of a visit, it has not happened.
  "عشية",
  "مرتقب",
  "مرتقبة",
  "المرتقب",
  "المرتقبة",
  // "أبدى بوتين استعداد بلاده لتزويد سوريا بـ…": being ready to do it is not doing it.
  "استعداد",
  "استعداده",
  "استعدادها",
  "استعدادهم",
  "مستعد",
  "مستعدة",
  "مستعدون",
  "مستعدين",
].map(normalizeArabic);

const FUTURE_TIME = set("غدا المقبل المقبلة القادم القادمة لاحقا قريبا المرتقب المرتقبة مرتقب مرتقبة المنتظر المنتظرة");
/** How far from the act a word of future time may stand and still date it. */
const FUTURE_TIME_REACH = 15;
/** How far before the act a phrase of expectation or doubt may stand and still govern it. */
const CUE_REACH = 25;

const ATTRIBUTION = set(`
قال قالت قالا قالوا يقول تقول ذكر ذكرت ذكروا أفاد أفادت يفيد تفيد أعلن أعلنت أعلنوا يعلن تعلن صرح صرحت
أوضح أوضحت أشار أشارت أضاف أضافت كشف كشفت زعم زعمت ادعى ادعت نقل نقلت أكد أكدت أبلغ أبلغت نقلا بحسب حسب
وفق وفقا طبقا أفادت ورد بيان
`);

/** Negation and modality of one relation. */
export interface ModalityResult {
  negated: boolean;
  modality: Modality;
  /** The word that negated the relation, for debugging and tests. */
  cue?: string;
}

/** Common nouns that begin like a future verb ("سنوات"، "سياسة"): without tags, never one. */
const FUTURE_LOOKALIKES =
  /^[وف]?(سنوات|سنه|سنين|سنوي\S*|سته|ستين|سياس\S*|سياد\S*|سيطر\S*|سيار\S*|سيناء|سيول|ستار\S*|سيد\S*)$/;

/**
 * A verb with the future prefix: "سيقوم"، "وستكون" (never "سياسة": the tagger says verb). The tagger sometimes calls
 * one a proper noun ("سيعمل/NNP على"); a name would go on with another ("سيرغي/NNP لافروف/NNP").
 */
function futureVerb(t: Token, next?: Token): boolean {
  if (!/^[وف]?س[يتن]\S{2,}/.test(t.n)) return false;
  if (!t.pos && FUTURE_LOOKALIKES.test(t.n)) return false;
  if (!t.pos || /^VB/.test(t.pos)) return true;
  // (A light or aspect verb is one whatever its tag: "ستجري/NN محادثات"، "ستواصل/NN دعم".)
  const bare = t.n.replace(/^[وف]?س/, "");
  if (LIGHT_VERBS.has(bare) || ASPECT_VERBS.has(bare) || LIGHT_VERBS.has(t.n.replace(/^[وف]/, ""))) return true;
  // (A definite word after it is its subject, never a family name going on: "سيغادر/NNP المرزوقي/DTNNP".)
  const named = !!next && /NNP/.test(next.pos ?? "") && !/^DT/.test(next.pos ?? "");
  return t.pos === "NNP" && /^[وف]?س[يت]\S{3,}$/.test(t.n) && !!next && !named && !next.punct;
}

/**
 * A verbal noun coordinated after another ("ستواصل دعم تحول مصر، والوقوف إلى جانب الشعب") shares the future of the
 * verb that carries the first: the nearest verb back past the comma, if it is one of the future.
 */
function coordinatedFuture(params: { tokens: Token[]; at: number; names?: ReadonlySet<number> | undefined }): boolean {
  const { tokens, at } = params;
  if (!/^و\S{3,}/.test(tokens[at]?.n ?? "")) return false;
  for (let k = at - 1; k >= Math.max(0, at - 15); k--) {
    const t = tokens[k];
    if (!t || [".", ":", "؛"].includes(t.n)) return false;
    if (params.names?.has(k)) continue;
    if (futureVerb(t, tokens[k + 1])) return true;
    if (/^VB[DP]$/.test(t.pos ?? "")) return false;
  }
  return false;
}

function forms(t: Token | undefined): string[] {
  if (!t) return [];
  return [t.n, ...procliticReadings(t.n).map((r) => r.form)];
}

function has(t: Token | undefined, s: Set<string>): boolean {
  return forms(t).some((f) => s.has(f));
}

/** Whether a token is a negating particle, with or without a conjunction ("لم"، "ولن"، "غير"). */
export function isNegator(t: Token | undefined): boolean {
  return has(t, PARTICLE_NEG);
}

function containsPhrase(norm: string, phrase: string): number {
  const re = new RegExp(`(^|[\\s،,"])[وف]?${phrase.replace(/\s+/g, "\\s+")}(?=$|[\\s،,."])`);
  const m = re.exec(norm);
  return m ? m.index : -1;
}

/**
 * Decides negation and modality for the trigger at token index `at` of a sentence, looking only at the clause
 * [clauseStart, clauseEnd) for negation and at the sentence for attribution and uncertainty.
 */
export function assessModality(params: {
  tokens: Token[];
  at: number;
  clauseStart: number;
  clauseEnd: number;
  /** The trigger was read with the future prefix س ("سيزور"). */
  future: boolean;
  /** The trigger itself is a verbal noun (refusal verbs then negate it: "رفضت تزويدها"). */
  noun: boolean;
  /**
   * What follows the trigger is its content, to come by nature (a threat, a demand, an invitation): a future time
   * there dates the content, not the act ("هدد بالاستقالة إذا لم … حتى الأسبوع المقبل").
   */
  contentAhead?: boolean;
  /** Token indices inside actors' names: "سيرغي لافروف" is no future verb, whatever an untagged text suggests. */
  names?: ReadonlySet<number>;
  /**
   * The act is done by speaking (a charge, a criticism, a demand, a threat): trying or failing to do it still does it
   * ("حاول الضغط على مرسي"، "سعت إلى تحميل السلطة المسؤولية"); only avoiding it does not.
   */
  spoken?: boolean;
}): ModalityResult {
  const { tokens, at, clauseStart, clauseEnd, future, noun } = params;
  let negated = false;
  let cue: string | undefined;
  let futureNeg = false;
  // Particles just before the trigger (a few bridge words allowed): "لم يتواصل"، "ولم تدن"، "لن يلتقي".
  const bridged: string[] = [];
  for (let k = at - 1, bridge = 0; k >= clauseStart && k >= at - 4; k--) {
    const t = tokens[k];
    if (!t || t.punct) break;
    // Nominal negators negate only the word right after them: "عدم تزويد"، but not "بصورة غير معلنة محادثات" —
    // or the clause they open, and what they say does not exist: "دون أن يلتقي"، "عدم وجود أي اتصالات".
    const opened = bridged.length > 0 && bridged.every((b) => NOMINAL_BRIDGE.has(b));
    if (has(t, PARTICLE_NEG) && (k === at - 1 || !has(t, NOMINAL_NEG) || opened)) {
      negated = true;
      cue = t.raw;
      futureNeg = forms(t).includes("لن");
      break;
    }
    // "رفضت تزويدها"، "رفض أن يلتقي": refusing an act negates it.
    if (has(t, REFUSAL) && (noun || bridged.includes("ان"))) {
      negated = true;
      cue = t.raw;
      break;
    }
    if ((has(t, NEG_BRIDGE) || NOMINAL_BRIDGE.has(t.n)) && bridge < 2) {
      bridge++;
      bridged.push(t.n);
      continue;
    }
    // "لم تقدم المتحدثة … تفاصيل" keeps the negator next to its verb; anything else ends the search.
    break;
  }
  // A verb of attempting or avoiding that governs the act, its subject between: "ويسعى الاتحاد الأوروبي إلى فرض
  // عقوبات" (not yet done), "تجنب أوباما انتقاد إسرائيل"، "فشلت واشنطن في فرض عقوبات" (not done).
  const governing = governingVerb({ tokens, at, clauseStart, names: params.names });
  const failed = !!governing && has(governing, FAILURE) && !params.spoken;
  if (!negated && governing && (has(governing, AVOIDANCE) || failed)) {
    negated = true;
    cue = governing.raw;
  }
  // Denials scope over what follows them in the clause: "نفى الكرملين أن يكون بوتين التقى …".
  if (!negated) {
    const prefix = tokens
      .slice(clauseStart, at)
      .map((t) => t.n)
      .join(" ");
    const d = DENIAL_PHRASES.find((p) => containsPhrase(prefix, p) >= 0);
    if (d) {
      negated = true;
      cue = d;
    }
  }
  if (!negated) {
    // "وفي حين تنفي إيران التقارير، فإنها ترفض …": a comma and a resuming "ف" open a clause the denial does not reach.
    let from = clauseStart;
    for (let k = clauseStart; k < at; k++) {
      if ((tokens[k]?.n === "،" || tokens[k]?.n === ",") && /^ف/.test(tokens[k + 1]?.n ?? "")) from = k + 1;
    }
    for (let k = from; k < at; k++) {
      if (!has(tokens[k], DENIAL)) continue;
      // (Nor past a verb coordinated after the denial's own object: "نفت إيران ذلك ورفضت الاتهامات" rejects them; a
      // verb inside the denied clause, "نفى أن يكون التقى وتحدث مع …", stays denied.)
      let closed = false;
      for (let j = k + 1; j <= at && !closed; j++) {
        const n = tokens[j]?.n ?? "";
        if (COMPLEMENTS.has(n)) break;
        // (The trigger itself is a verb whatever its tag: "ورفضت/NN".)
        closed = /^و\S{3,}/.test(n) && (/^VB/.test(tokens[j]?.pos ?? "") || (j === at && !noun));
      }
      if (closed) continue;
      negated = true;
      cue = tokens[k]?.raw;
      break;
    }
  }
  // Cues of expectation and doubt scope over their own clause: "قبل جولة مفاوضات مرتقبة، بينما اختتم مدير الوكالة
  // زيارة لإيران" reports a visit that happened.
  // (Within reach of the act: a long run-on clause of commas may hold a "لابد أن" about something else far before.)
  // A verb right after a relative pronoun states a fact of its own: "في حال موافقتها على مشروع السعودية الذي تبنته
  // الجامعة" conditions the consent, not the adoption. Cues before the relative pronoun do not reach it.
  const relative = RELATIVE_PRONOUNS.has(tokens[at - 1]?.n ?? "");
  // Nor do cues before a comma and a coordinated past verb that starts another statement: "قامت أنقرة بجهود من أجل
  // حل الأزمة، ولعبت دور الوسيط بين …" (the purpose is the efforts', the part played is stated).
  let restated = 0;
  for (let k = clauseStart; k < at - 1; k++) {
    const next = tokens[k + 1];
    if ((tokens[k]?.n === "،" || tokens[k]?.n === ",") && /^و/.test(next?.n ?? "") && /^VBD/.test(next?.pos ?? ""))
      restated = k + 1;
  }
  const cueFrom = Math.max(clauseStart, at - CUE_REACH, !noun && !future && relative ? at : 0, restated);
  const before = tokens
    .slice(cueFrom, at)
    .map((t) => t.n)
    .join(" ");
  const clauseText = tokens
    .slice(clauseStart, clauseEnd)
    .map((t) => t.n)
    .join(" ");
  const sentence = tokens.map((t) => t.n).join(" ");
  let modality: Modality = "asserted";
  const uncertain =
    (!!governing && has(governing, WARNING) && tokens.slice(clauseStart, at).some((t) => WARNING_LINKS.has(t.n))) ||
    UNCERTAIN_PHRASES.some((p) => containsPhrase(before, p) >= 0) ||
    // A question states nothing, whatever it presupposes: "لماذا دعمت أمريكا الإخوان …؟" (ANNOTATION.md). Only the
    // stretch after the last comma is asked: "زار هادي قطر قبل أيام، لماذا قطر الآن؟" states the visit.
    (["؟", "?"].includes(tokens[clauseEnd]?.n ?? "") &&
      tokens.slice(at, clauseEnd).every((t) => t.n !== "،" && t.n !== ",")) ||
    // "قد" + imperfect is "may": "قد يلتقي". With a past verb it is emphasis: "قد اجتمعوا".
    (forms(tokens[at - 1]).includes("قد") && /^[يت]/.test(tokens[at]?.n ?? "")) ||
    // … and so is the verbal noun such a verb governs: "قد تستضيف السعودية محادثات بين …".
    (noun &&
      tokens
        .slice(Math.max(clauseStart, at - 5), at)
        .some(
          (t, j, rest) =>
            forms(t).includes("قد") && /^[يت]/.test(rest[j + 1]?.n ?? "") && rest.slice(j + 1).every((u) => !u.punct),
        ));
  // A hint states nothing plainly: "ألمحت كلينتون إلى تحميل الفلسطينيين المسؤولية" (what is hinted at, after "إلى"
  // or "أن"; never the frame it was hinted in, "ألمحت في لقائها مع عباس").
  const hint = tokens
    .slice(Math.max(clauseStart, at - CUE_REACH), at)
    .findIndex((t) => HINTING.has(t.n.replace(/^[وف]/, "")));
  // (Up to a pause or another statement: "ألمحت إلى …، حيث قالت إنها اجتمعت مع عباس" states the meeting.)
  const afterHint = tokens.slice(Math.max(clauseStart, at - CUE_REACH) + hint + 1, at);
  const hinted =
    hint >= 0 &&
    afterHint.some((t) => ["الي", "ان", "بان"].includes(t.n)) &&
    !afterHint.some((t) => t.n === "،" || t.n === "," || t.n === "حيث" || SAYING_VERBS.test(t.n));
  const expectedCue =
    future ||
    futureNeg ||
    (!!governing && has(governing, ATTEMPT) && !params.spoken) ||
    EXPECTED_PHRASES.some((p) => containsPhrase(before, p) >= 0) ||
    // "أكد ضرورة دعم الجيش": a necessity stated is a call (ANNOTATION.md: only urged), unless the act is the call.
    (!params.contentAhead && NECESSITY.some((p) => containsPhrase(before, p) >= 0)) ||
    // "الزيارة التي سيقوم بها": a verbal noun whose own relative clause is in the future; "ستكون بعد لقائه مع
    // عباس": one a future verb just before it frames.
    (noun &&
      (tokens
        .slice(at + 1, Math.min(clauseEnd, at + 8))
        .some((t, j, rest) => /^(التي|الذي)$/.test(rest[j - 1]?.n ?? "") && futureVerb(t)) ||
        // (So does a verb of the future negated: "لن يتحدث معه إلا بعد زيارة أوباما لإسرائيل".)
        tokens
          .slice(Math.max(clauseStart, at - 6), at)
          .some(
            (t, j, rest) =>
              (!params.names?.has(Math.max(clauseStart, at - 6) + j) && futureVerb(t, rest[j + 1] ?? tokens[at])) ||
              /^[وف]?لن$/.test(t.n),
          ) ||
        coordinatedFuture({ tokens, at, names: params.names }))) ||
    // (Near the act: a long run-on clause of commas may name a coming period far from it, "… لحين انتهاء الفترة
    // الانتقالية القادمة".)
    // (Never a family name that is such a word: "المهندس عبد الله بن عبد الرحمن المقبل", after a name.)
    tokens
      .slice(
        Math.max(clauseStart, at - FUTURE_TIME_REACH),
        params.contentAhead ? at : Math.min(clauseEnd, at + FUTURE_TIME_REACH),
      )
      .some((t, j, rest) => {
        const k = Math.max(clauseStart, at - FUTURE_TIME_REACH) + j;
        const named =
          /^ال/.test(t.n) &&
          (!!params.names?.has(k) || !!params.names?.has(k - 1) || /NNP/.test(rest[j - 1]?.pos ?? ""));
        return has(t, FUTURE_TIME) && !named;
      }) ||
    // "يزور الولايات المتحدة نهاية العام الجاري": the end of the current period is still to come, for a present verb
    // or a verbal noun ("زيارة الرئيس إلى واشنطن في الربع الأخير من العام الجاري").
    ((/^[يت]/.test(tokens[at]?.n ?? "") || noun) &&
      tokens
        .slice(at, clauseEnd)
        .some(
          (t, j, rest) =>
            /^(نهايه|اواخر|الاخير|الاخيره)$/.test(t.n) &&
            rest.slice(j + 1, j + 5).some((u) => /^(الجاري|الحالي)$/.test(u.n)),
        ));
  if (uncertain || hinted) modality = "uncertain";
  else if (expectedCue) modality = "expected";
  else {
    const attributed =
      tokens.slice(0, at).some((t) => has(t, ATTRIBUTION)) ||
      /(^|\s)[وف]?(بحسب|حسب|وفقا|نقلا)(\s|$)/.test(sentence) ||
      /(^|\s)[وف]?(بحسب|حسب|وفقا|نقلا)(\s|$)/.test(clauseText);
    if (attributed) modality = "reported";
  }
  const out: ModalityResult = { negated, modality };
  if (cue) out.cue = cue;
  return out;
}
