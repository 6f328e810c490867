/**
 * The second, looser linker: for trigger words the strict grammar of relations.ts left without arguments, find the
 * subject and object by position, part-of-speech tags and the trigger's object prepositions, the way real news
 * writes them: the subject after the verb with a phrase in between ("اتهم نتنياهو في بيان إيران"), before it in
 * headlines and subject-first clauses ("المعارضة تحمّل وزير الاتصالات"), a pronoun that refers to the speaker of
 * the clause ("قال باراك إنه التقى نظيره"), or the verbal noun's genitive ("زيارة الرئيس الروسي إلى إسرائيل").
 * Relations found here carry a lower confidence. Pure.
 */
import { namedByAct, type Mention } from "./actors.js";
import {
  conjunctOfPrep,
  findTriggers,
  genericSubjectBefore,
  firstConjunct,
  genitiveInPhrase,
  insideName,
  type RawRelation,
  type TriggerHit,
  type TriggerIndex,
  nationalityChain as chainOwner,
  requiredBy,
  relativeSlot,
  auxiliaryAt,
  timePhraseEnd,
  tokensHold,
  bareCircumstantial,
  participleBreak,
  opensOwnClause,
  standsAsSubject,
} from "./relations.js";
import { isAdjective, type Token } from "./tokens.js";
import { isNegator, REFUSAL } from "./modality.js";
import { normalizeArabic, procliticReadings } from "./normalize.js";
import {
  feminineAsWritten,
  isSubjectPosition,
  pluralSuffix,
  pronounGender,
  suffixGender,
  type Gender,
} from "./reference.js";
import {
  CARRY_OUT_SUFFIXED,
  COMPLEMENTIZERS,
  COUNTERPARTS,
  ACT_NOUNS,
  APPOSITION_HEADS,
  ASPECT_VERBS,
  CONTENT_VERBS,
  SAYING,
  SPEECH_NOUNS,
  STATEMENT_NOUNS,
  FILLERS,
  HONORIFIC_WORDS,
  KANA,
  LIGHT_VERBS,
  PREP_WORDS,
  QUANTIFIERS,
  TARGETING_VERBS,
  TITLE_HEADS,
  VICTIM_NOUNS,
  SITE_NOUNS,
  RELATIVE_PRONOUNS,
  AGENT_NOUNS,
  ownVenue,
} from "./words.js";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

const HARD_BREAKS = set(". ؛ ; ! ? ؟ :");
/** Words that open a new clause with its own subject. */
const CLAUSE_OPENERS = set(`
لكن لكنه لكنها ولكن بل بينما فيما حيث الذي التي الذين اللذين اللتين والذي والتي والذين كي لكي عندما حين حينما
بعدما وعندما ما إذا اذا لو
`);
/** A pronoun subject introduced by a complementiser: "قال X إنه التقى …". */
export const PRONOUN_SUBJECTS = set(
  "إنه أنه بأنه وأنه إنها أنها بأنها وأنها إنهم أنهم بأنهم وإنه وإنها فإنه فإنها فإنهم لأنه لأنها لكنه لكنها ولكنه ولكنها وهو وهي فهو فهي",
);
/** Nouns whose genitive is never an agent ("الاتصالات" as telecoms, "زيارة" of a place is the object). */
const PLACE_PREPS = set("في");

/** Prepositions of a circumstantial phrase that may stand between a verb and its arguments ("في بيان"). */
const FRAME_WORDS = set("في خلال عبر أثناء اثناء عقب إثر لدى بعد قبل");
/** Relations whose object a verb's pronoun suffix may be ("استقبله"، "اقتحمها"، "أعطاني"). */
const SUFFIX_OBJECT_TYPES = new Set(["MET", "ATTACKED", "SUPPLIED"]);
/** Titles of two or more people before their names: "الوزيران"، "النواب"، "السفراء". */
const TITLE_PLURALS = /^ال(وزير|رئيس|نائب|سفير|مسؤول|قيادي|زعيم)(ان|ين)$|^ال(وزراء|نواب|سفراء|مسؤولون|قياديون|زعماء)$/;
/** Relations whose "him" after a man's statement is that man ("وأيده"، "وانتقده"، "ورد عليه"). */
const SPEAKER_OBJECT_TYPES = new Set(["SUPPORTED", "CONDEMNED", "REJECTED"]);
/** Acts whose agent a nationality adjective names ("الغارات الإسرائيلية"، "الدعم الروسي"). */
const NISBA_AGENT_TYPES = new Set(["ATTACKED", "SANCTIONED", "SUPPLIED", "SUPPORTED", "THREATENED", "CONDEMNED"]);
/** Relations whose object may be named through an act of it ("أشاد بقرار الكتاتني"، "وصف تصريحات الزند"). */
const ACT_TYPES = new Set(["CONDEMNED", "ACCUSED", "REJECTED", "SUPPORTED"]);
/** An act noun with a pronoun suffix: "بانشقاقه"، "بزيارتها"، "قراره". */
function actWithPronoun(token: Token): boolean {
  // The written form tells a pronoun ("زيارته") from a feminine ending ("الدورة"), which normalising merges.
  if (!/(ه|ها)$/.test(token.raw.replace(/[\u064B-\u0652]/g, ""))) return false;
  const m = /^[وف]?[بل]?(\S{3,}?)(ه|ها)$/.exec(token.n);
  if (!m?.[1]) return false;
  const stem = m[1].replace(/ت$/, "ه");
  return ACT_NOUNS.has(stem) || ACT_NOUNS.has(m[1]);
}
/** What follows a verb whose subject is dropped: a preposition or complementiser ("وأشارت إلى أنها"، "وقال إن"). */
const DROPPED_SUBJECT_NEXT = set("إلى الى إن أن بأن أنه إنه أنها إنها بأنه بأنها");
/**
 * Index of the first token after a gap that an argument may follow: punctuation, fillers ("أمس"، "رسميا") and one
 * short circumstantial phrase ("في بيان"، "خلال لقاء"), never a bare noun, which would be the argument itself.
 */
function skipGap(tokens: Token[], from: number, adjectives = false): number {
  let k = from;
  // Indefinite adjectives of a verbal noun: "زيارة رسمية لليتوانيا".
  while (adjectives && tokens[k]?.pos && /^JJ/.test(tokens[k]?.pos ?? "") && !tokens[k]?.n.startsWith("ل")) k++;
  let frames = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t) break;
    if (
      t.punct
        ? [",", "،", '"', "(", ")", "-"].includes(t.n)
        : FILLERS.has(t.n) || KIN.has(t.n) || HONORIFIC_WORDS.has(t.n)
    ) {
      k++;
      // The honorific's own adjectives: "المهندس الاستشاري"، "الخبير الاستراتيجي"، "الكاتب الصحفي".
      if (HONORIFIC_WORDS.has(t.n))
        for (let j = 0; j < 2 && /^DTJJ/.test(tokens[k]?.pos ?? "") && !HONORIFIC_WORDS.has(tokens[k]?.n ?? ""); j++)
          k++;
      continue;
    }
    if (t.n === "حتي" && tokens[k + 1]?.n === "الان") {
      k += 2;
      continue;
    }
    // "على هامش القمة (العربية)": where it happened, between the verb's subject and its object.
    if (t.n === "علي" && tokens[k + 1]?.n === "هامش" && /^(ال|لل)/.test(tokens[k + 2]?.n ?? "")) {
      k += 3;
      // (Its adjectives too; without the tagger's answer, those shaped as nationalities: "الإسلامية".)
      const adjective = (u: Token | undefined): boolean =>
        !!u && (u.pos ? /^DTJJ/.test(u.pos) : /^ال\S{2,}(ي|يه)$/.test(u.n));
      while (adjective(tokens[k]) && k - from < 8) k++;
      continue;
    }
    // A time phrase: "التقى في وقت سابق X"، "دعا بداية العام المغرب"، "التقى مطلع الأسبوع الجاري الوزير".
    const timeEnd = timePhraseEnd(tokens, k);
    if (timeEnd > k) {
      k = timeEnd;
      continue;
    }
    // A parenthetical between commas: "وانتقد الوزير، في مؤتمر صحفي عقده بمقر حزبه، الحكومة".
    if ((t.n === "،" || t.n === ",") && FRAME_WORDS.has(tokens[k + 1]?.n ?? "")) {
      const close = tokens.findIndex((u, j) => j > k + 1 && j <= k + 9 && (u.n === "،" || u.n === ","));
      if (close > 0) {
        k = close + 1;
        continue;
      }
    }
    // A longer place or time phrase closed by a comma: "لدى استقباله في قصر الرئاسة بالقاهرة، صباح اليوم، X".
    if (frames === 0 && FRAME_WORDS.has(t.n)) {
      const close = tokens.findIndex((u, j) => j > k + 2 && j <= k + 9 && (u.n === "،" || u.n === ","));
      if (close > 0 && tokens.slice(k + 1, close).every((u) => !u.punct && !isVerbTag(u))) {
        frames++;
        k = close + 1;
        continue;
      }
    }
    if (frames === 0 && FRAME_WORDS.has(t.n) && tokens[k + 1] && !tokens[k + 1]?.punct) {
      frames++;
      k += 2;
      // "في مكتبه بالرياض"، "في قصره بجدة": the city of one's own building is part of where.
      const city = tokens[k];
      if (
        ownVenue(tokens[k - 1]?.n ?? "") &&
        city &&
        /^ب\S{3,}/.test(city.n) &&
        (city.pos ? /NNP/.test(city.pos) : !TITLE_HEADS.has(city.n.slice(1)) && !HONORIFIC_WORDS.has(city.n.slice(1)))
      )
        k++;
      continue;
    }
    break;
  }
  return k;
}

/** End of an appositive title after a name: head word, then nominal words without a preposition. */

function skipApposition(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k]?.n === "،" || tokens[k]?.n === ",") k++;
  if (!TITLE_HEADS.has(tokens[k]?.n ?? "") && !APPOSITION_HEADS.has(tokens[k]?.n ?? "")) return from;
  let closed = tokens[k]?.n.startsWith("ال") ?? false;
  // A comma that closes the apposition (no verb before it) decides its end instead.
  const comma = tokens.findIndex((t, j) => j > k && j - from < 12 && (t.n === "،" || t.n === ","));
  const commaClosed = comma > 0 && tokens.slice(k, comma).every((t) => !isVerbTag(t));
  k++;
  // "النائب في المجلس التشريعي"، "عضو المجلس الثوري في حركة فتح": the body one serves in, once.
  let within = false;
  while (k < tokens.length && k - from < 12) {
    const t = tokens[k];
    if (!within && t?.n === "في" && /^(DT)?NN/.test(tokens[k + 1]?.pos ?? "")) {
      within = true;
      closed = false;
      k++;
      continue;
    }
    // A time word ends it: "الرئيس هادي رئيس الجمهورية اليوم مبعوث …" has the object next.
    if (!t || t.punct || !t.pos || !/^(DT)?(NN|JJ|NNP)/.test(t.pos) || PREPOSITIONS.has(t.n) || FILLERS.has(t.n)) break;
    // An indefinite accusative is an adverb or the object itself, never part of a title: "… في حركة فتح | عاليا".
    if (!commaClosed && /^NNS?$/.test(t.pos) && /[^ا]ا$/.test(t.n) && !t.n.startsWith("ال")) break;
    // A coordinated title goes on: "نائب رئيس الوزراء الأسبق والفقيه الدستوري".
    const bare = t.n.replace(/^و/, "");
    if (closed && /^وال/.test(t.n) && (TITLE_HEADS.has(bare) || HONORIFIC_WORDS.has(bare))) {
      k++;
      continue;
    }
    // A genitive with "لل" stays inside the title ("أمين المجلس الأعلى للأمن القومي"); other clitics end it.
    // (A name's own first letter is none: "حركة فتح".)
    if (/^[وفبلك]/.test(t.n) && !/^لل/.test(t.n) && !(t.pos === "NNP" && tokens[k - 1]?.pos === "NN")) break;
    // A definite noun closes the title's construct chain: after it only adjectives, so an indefinite noun starts the
    // object ("نائب رئيس الوزراء الأسبق | قرار مرسي").
    if (closed && !commaClosed && !/JJ/.test(t.pos) && !/^(ال|لل)/.test(t.n)) break;
    // After the chain's adjectives a definite noun starts the object too: "عضو المجلس التشريعي الفلسطيني | الحكومة".
    if (closed && !commaClosed && /^ال/.test(t.n) && !/JJ/.test(t.pos) && /JJ/.test(tokens[k - 1]?.pos ?? "")) break;
    // So does a definite noun that is an act: "رئيس البرلمان العراقي الأسبق | التدخل التركي".
    if (closed && !commaClosed && !/JJ/.test(t.pos) && ACT_NOUNS.has(t.n)) break;
    if (t.n.startsWith("ال") && !/JJ/.test(t.pos)) closed = true;
    k++;
  }
  // A long apposition is one only when a comma closes it: "، رئيس نقابة المحامين في محافظة البصرة إحدى محافظات الجنوب،".
  if (tokens[k]?.n === "،" || tokens[k]?.n === ",") return k + 1;
  return Math.min(k, from + 8);
}

/** Participles that relate a body to another one: "المنشقة عن"، "المقربة من"، "الموالية لـ"، "التابعة لـ". */
const RELATING_PARTICIPLES = set(`
المنشق المنشقة المنشقين المقرب المقربة المقربين الموالي الموالية الموالين التابع التابعة المدعوم المدعومة المنبثق
المنبثقة المتحالف المتحالفة المحسوب المحسوبة القريب القريبة المعارض المعارضة المنضوي المنضوية
`);

/**
 * The end of a participle phrase after a subject that relates it to another named body ("المنشقة عن حزب المؤتمر"،
 * "الموالية لإيران"), or `from` when there is none: the body it names is neither subject nor object.
 */
function relatingParticiple(params: { tokens: Token[]; args: Mention[]; from: number }): number {
  const { tokens, args, from } = params;
  if (!RELATING_PARTICIPLES.has(tokens[from]?.n ?? "")) return from;
  const prepApart = PREPOSITIONS.has(tokens[from + 1]?.n ?? "");
  const body = args.find((m) => m.start === from + (prepApart ? 2 : 1) && (prepApart || m.prep !== null));
  return body ? body.end : from;
}

/** Where to look for an argument: the sentence's tokens and mentions, from a token up to the clause's end. */
interface SpanSearch {
  tokens: Token[];
  args: Mention[];
  from: number;
  end: number;
}

/**
 * A direct object coordinated after a phrase that is no actor: "دعا نتنياهو الدول الخمس الدائمة العضوية وألمانيا إلى".
 * Only nominal words may stand between, never a preposition or a verb.
 */
function objectAcrossNoun(params: SpanSearch): Mention | undefined {
  const { tokens, args, from, end } = params;
  for (let k = from; k < Math.min(end, from + 7); k++) {
    const m = args.find((x) => x.start === k);
    // A mention inside the phrase ("الدائمة العضوية بمجلس الأمن") is passed over.
    if (m && m.prep !== null && k > from) {
      k = m.end - 1;
      continue;
    }
    // (A town in a list of places, "أحياء الخالدية … وحمص القديمة", is no object.)
    if (m) return m.conj && k > from && m.place === null ? m : undefined;
    const t = tokens[k];
    if (!t || t.punct || !t.pos || !/^(DT)?(NN|JJ)/.test(t.pos) || PREPOSITIONS.has(t.n)) return undefined;
    if (/^[بل]/.test(t.n) && !/^(DT)/.test(t.pos) && k > from) return undefined;
  }
  return undefined;
}

/** Where the noun a relative pronoun at `r` describes ends: right before it, or before a comma ("إيران، التي …"). */
function antecedentEnd(tokens: readonly Token[], r: number): number {
  return tokens[r - 1]?.n === "،" || tokens[r - 1]?.n === "," ? r - 1 : r;
}

/** Whether a relative pronoun agrees with an object pronoun: "الذي … ـه"، "التي … ـها". */
function agreesWithRelative(relative: string, object: Gender): boolean {
  return (relative === "الذي" && object === "m") || (relative === "التي" && object === "f");
}

/**
 * The mention a relative clause's object pronoun stands for: the noun right before the agreeing relative pronoun
 * (past "قد"/"كان" after the pronoun, and a comma before it), or undefined.
 */
function relativeAntecedent(params: {
  tokens: Token[];
  mentions: Mention[];
  /** The verb carrying the pronoun. */
  at: number;
  object: Gender;
}): Mention | undefined {
  const { tokens, object } = params;
  const r = relativeSlot(tokens, params.at);
  if (!agreesWithRelative(tokens[r]?.n ?? "", object)) return undefined;
  const end = antecedentEnd(tokens, r);
  return params.mentions.find((m) => m.end === end);
}

/**
 * The owner of the act a trigger requires, named right before the relative pronoun of the trigger's clause, whose
 * verb carries the act as its pronoun: "مشروع السعودية الذي تبنته"، "المبادرة المصرية التي تبنتها".
 */
function ownerOfActBefore(params: {
  tokens: Token[];
  mentions: Mention[];
  hit: TriggerHit;
  object: Gender;
}): Mention | undefined {
  const { tokens, hit, object } = params;
  if (hit.trigger.requires.length === 0) return undefined;
  const r = hit.start - 1;
  if (!agreesWithRelative(tokens[r]?.n ?? "", object)) return undefined;
  const owner = params.mentions.find((m) => m.end === r && m.place === null);
  if (!owner) return undefined;
  // The act is right before its owner, in construct ("مشروع السعودية"), or the first word of a mention named by the
  // owner's nationality ("بالمبادرة المصرية", whose preposition is the act's).
  if (owner.prep === null && requiredBy(hit.trigger, tokens[owner.start - 1])) return owner;
  const inside = owner.end - owner.start >= 2 && requiredBy(hit.trigger, tokens[owner.start]);
  return inside ? owner : undefined;
}

/**
 * The author of an act named by a relative clause after it: act noun (with its preposition), up to two definite
 * adjectives, "الذي/التي", a verb with the act as its object pronoun ("نفذته"، "قدمته"، "تلعبه"), then the actor.
 */
function authorOfAct(params: SpanSearch): { mention: Mention; prep: string | null } | undefined {
  const { tokens, args } = params;
  // "لما طلبه أنان"، "بما تقوم به قطر"، "على ما يوليه الأمين العام": what someone did, named by its doer.
  const apart = PREP_WORDS.has(tokens[params.from]?.n ?? "") && tokens[params.from + 1]?.n === "ما";
  const what = apart ? params.from + 1 : params.from;
  const whatWord = tokens[what]?.n ?? "";
  if (WHAT.has(whatWord)) {
    const mention = relativeClauseAuthor({ tokens, args, at: what });
    if (!mention) return undefined;
    const prep = apart ? (tokens[params.from]?.n ?? null) : whatWord === "ما" ? null : whatWord.slice(0, 1);
    return { mention, prep };
  }
  // A definite adjective of the trigger noun may come first: "استنكارها الشديد للاعتداء".
  let from = params.from;
  if (/^DTJJ/.test(tokens[from]?.pos ?? "")) from++;
  const head = tokens[from];
  // (Without tags, any word but a preposition: "الاتهامات التي وجهتها …".)
  const noun = head?.pos ? /NN/.test(head.pos) : !!head && !PREP_WORDS.has(head.n);
  if (!head || head.punct || !noun || args.some((m) => m.start === from)) return undefined;
  let k = from + 1;
  // The act may be the genitive of the head: "لبدء تطبيق الحظر الذي فرضه الاتحاد" is the embargo the EU imposed.
  const genitive = (j: number): boolean =>
    /^(DT)?NNS?$/.test(tokens[j]?.pos ?? "") &&
    !RELATIVE_PRONOUNS.has(tokens[j]?.n ?? "") &&
    !args.some((m) => m.start === j);
  for (let g = 0; g < 2 && genitive(k); g++) k++;
  // Coordinated adjectives too, whatever their tag ("بالدور البناء والهام الذي"): a relative must follow them.
  while (
    k < from + 5 &&
    ((/^DTJJ|^JJ/.test(tokens[k]?.pos ?? "") && (tokens[k]?.n ?? "").startsWith("ال")) ||
      ((tokens[k]?.n ?? "").startsWith("وال") && k > from + 1))
  )
    k++;
  // The relative clause lies past the trigger's clause end by construction ("الذي" opens a clause). After an
  // indefinite act it has no relative pronoun: "استنكر تصريحات أدلى بها القيادي …".
  const indefinite = k === from + 1 && !/^(ال|[وف]?[بل]ال)/.test(head.n) && isVerbTag(tokens[k]);
  const mention = relativeClauseAuthor({ tokens, args, at: indefinite ? k - 1 : k, bare: indefinite });
  if (!mention) return undefined;
  const prep = /^[وف]?ب/.test(head.n) ? "ب" : /^[وف]?ل/.test(head.n) && !head.n.startsWith("ال") ? "ل" : null;
  return { mention, prep };
}

/**
 * The subject of a relative clause at `at` whose verb carries the noun before it as its object pronoun: "الذي فرضه
 * الاتحاد الأوروبي"، "التي تقدمها تركيا"، "الذي نفذته جماعة الحوثي" — the author of that act.
 */
function relativeClauseAuthor(params: {
  tokens: Token[];
  args: Mention[];
  at: number;
  /** The clause has no relative pronoun (its noun is indefinite): its verb is right after `at`. */
  bare?: boolean;
}): Mention | undefined {
  const { tokens, args } = params;
  // The act's adjectives may stand before the pronoun: "العقوبات الجديدة التي تفرضها X".
  let at = params.at;
  while (!params.bare && at < params.at + 2 && /^DTJJ/.test(tokens[at]?.pos ?? "")) at++;
  if (!params.bare && !RELATIVE_PRONOUNS.has(tokens[at]?.n ?? "") && !WHAT.has(tokens[at]?.n ?? "")) return undefined;
  let v = at + 1;
  let auxiliary = false;
  while (auxiliaryAt(tokens, v)) {
    auxiliary = true;
    v++;
  }
  // "الدعم الذي ظلت قطر تقدمه للسودان"، "الذي كانت إيران تقدمه": the auxiliary's subject stands before the verb.
  const fronted = auxiliary ? args.find((m) => m.start === v && m.prep === null && !m.conj) : undefined;
  if (fronted) {
    const after = tokens[fronted.end];
    const rawAfter = after?.raw.replace(/[\u064B-\u0652]/g, "") ?? "";
    const carries =
      !!after && (CARRY_OUT_SUFFIXED.has(after.n) || (/^[يت]/.test(after.n) && /\S{2,}(ه|ها)$/.test(rawAfter)));
    return carries ? fronted : undefined;
  }
  const verb = tokens[v];
  // The written form: a pronoun ("فرضه") and not a feminine ending ("التي الحكومة"), which normalising merges.
  const raw = verb?.raw.replace(/[\u064B-\u0652]/g, "") ?? "";
  // (After "ما", a word with the pronoun and a name right after it is the verb whatever its tag: "لما طلبه/NNP أنان".)
  const namedNext = WHAT.has(tokens[at]?.n ?? "") && args.some((m) => m.start === v + 1 && m.prep === null);
  // (A light verb carrying the act is one whatever its tag: "المساعدات التي قدمتها/NN السعودية".)
  const light = !!verb && CARRY_OUT_SUFFIXED.has(verb.n);
  if (!verb || verb.punct || !(isVerbTag(verb) || /^[يت]/.test(verb.n) || namedNext || light)) return undefined;
  // The pronoun may hang on a preposition after the verb instead: "الدور الذي تقوم به قطر".
  const resumptive = RESUMPTIVE.has(tokens[v + 1]?.n ?? "");
  if (!resumptive && !/\S{2,}(ه|ها)$/.test(raw)) return undefined;
  // Whom it was aimed at, as a pronoun, may come first: "الاتهامات التي وجهتها لها حكومة الجنوب".
  const aimed = !resumptive && /^(ل|الي|علي)(ه|ها|هم|هما)$/.test(tokens[v + 1]?.n ?? "") ? 1 : 0;
  return args.find((m) => m.start === skipGap(tokens, v + (resumptive ? 2 : 1) + aimed) && m.prep === null);
}

/**
 * Whether a verb with a conjunction agrees in gender with an actor of `gender`: "وأشاد" (he) not with Syria, "وأشادت"
 * (she) not with a man. Plurals and forms that do not show it agree with anyone.
 */
function verbAgrees(word: string, gender: Gender | undefined): boolean {
  if (!gender) return true;
  const w = word.replace(/^[وف]/, "");
  if (/(وا|ون|ين|ان)$/.test(w)) return true;
  // (A form starting with "ت" is hers in the present and his in the past of "تحدث"، "تابع": it shows nothing.)
  if (/ت$/.test(w)) return gender === "f";
  if (/^ي/.test(w) || (!/^ت/.test(w) && w.length >= 3)) return gender === "m";
  return true;
}

/** Where an act of `acts` a demand calls for stands at `at` ("بتنحي"، "إلى رحيل …"), or -1. */
function demandedActAt(params: { tokens: Token[]; at: number; acts: Set<string> }): number {
  const { tokens, at, acts } = params;
  const head = tokens[at];
  if (!head) return -1;
  if (acts.has(head.n.replace(/^[وف]?ب/, ""))) return at;
  return head.n === "الي" && acts.has(tokens[at + 1]?.n ?? "") ? at + 1 : -1;
}

/** Acts whose genitive does them by leaving: demanded of that one ("طالب بتنحي الأسد"، "دعا إلى انسحاب القوات"). */
// And acts of answering for what one did ("طالب بمحاسبة الوزير"): what is demanded is that one account for it.
const LEAVING_ACTS = set("تنحي التنحي رحيل استقالة انسحاب خروج مغادرة اعتذار تخلي محاسبة مساءلة محاكمة معاقبة");
/** Acts a demand calls on their doer to take: "طالب بتدخل أوروبي"، "دعا إلى تحرك عربي" (never "دعم": its genitive is
 * as often whom it is for). */
const CALLED_ACTS = set("تدخل تحرك");

/** Verbs of welcoming a guest ("رحب X بـY"): a visit of "his" after them is the guest's. */
const WELCOMING = set("رحب ترحب يرحب رحبت");

/** Verbs of goods reaching someone, active or passive alike unvowelled: "التي سلمت لسوريا"، "التي وصلت إلى". */
const DELIVERED = set("سلمت سلم أرسلت أرسل قدمت قدم بيعت بيع وصلت وصل منحت منح");
/** Words of time between a subject and its predicate: "مصر اليوم داعمة لـ"، "روسيا دائما حليفة لـ". */
const PREDICATE_TIME = set("اليوم الآن دائما أيضا كذلك حاليا");
/** A preposition carrying the relative clause's pronoun: "الذي تقوم به"، "التي تضطلع بها". */
const RESUMPTIVE = set("به بها فيه فيها عليه عليها");
/** Copulas between what is judged and the judgement: "أن القرار يمثل كارثة"، "هو تأكيد". */
const COPULAS = set("يمثل تمثل يعد تعد يشكل تشكل هو هي هم هما كان كانت يصبح تصبح أصبح أصبحت بات باتت");
/** Kinship words between a verb and the name they introduce: "خرج أخوه أحمد رمضان". */
const KIN = set("أخوه شقيقه شقيقته ابنه ابنته زوجته زوجها والده والدته أخته");
/** Heads of bodies that are feminine, or feminine plurals: a masculine verb before them has another subject. */
const FEMININE_HEAD = /^[وف]?(ال)?(حركه|جماعه|منظمه|جبهه|حكومه|هيئه|لجنه|وزاره|جمعيه|سلطه|سلطات|جهات|قوات|اطراف)$/;

/** Words after a negator that make it an affirmation: "لا شك"، "لا ريب"، "لا مجال للشك". */
const DOUBT_WORDS = new Set(["شك", "ريب", "مجال"]);

/** What may stand between a fronted subject and its verb: "إيران لم تدعم"، "المجلس قد أقر". */
const SVO_GAP = new Set(["لم", "لن", "لا", "ما", "قد", "لقد", "ولم", "ولن", "ولا", "وقد", "فقد"]);
const svoGap = (words: string[]): boolean => words.every((w) => SVO_GAP.has(w)) || /^سبق و?ان$/.test(words.join(" ")); // "عباس سبق وأن اجتمع بها"

/** A quantifier before an act noun, bare or with a preposition: "رفض كافة محاولات الجامعة"، "بكافة". */
const isQuantifier = (t: Token | undefined): boolean =>
  !!t && procliticReadings(t.n).some((r) => r.conj === "" && QUANTIFIERS.has(r.form));
/** Sanctions named as a verb's object ("فرض عقوبات"). */
const SANCTION_NOUNS = set("عقوبات العقوبات حظرا حظر قيودا");
/** Circumstantial participles of saying: their subject is the sentence's ("…، معتبرا أن …"). */
const SAYING_PARTICIPLES = set("معتبرا معتبرة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة مضيفا مضيفة لافتا لافتة مشددا مشددة");
/** Verbs of undergoing: "تعرضت إيران لهجوم". */
const UNDERGOING = set("تعرض تعرضت يتعرض تتعرض تعرضوا وتعرض وتعرضت ويتعرض وتتعرض");
/** Verbs of facing what someone does, its noun their object: "واجهت الحكومة انتقادات من النقابات". */
const FACING = set("واجه واجهت يواجه تواجه واجهوا وواجه وواجهت ويواجه وتواجه");
/** Acts one may be exposed to ("تعرض لـ"), by someone named after them. */
const UNDERGONE_TYPES = new Set(["ATTACKED", "SANCTIONED", "CONDEMNED", "ACCUSED", "THREATENED"]);
/** First-person object pronouns after a verb. */
const FIRST_PERSON_OBJECTS = set("بي لي معي بنا لنا معنا");
const NEGATORS = set("لم لن لا ما ليس عدم دون");
/** "What" opening a relative clause, bare or with the preposition a trigger takes: "ما"، "لما"، "بما". */
const WHAT = set("ما لما بما");
/** Adjectives of degree after a verbal noun: "دعمها الكامل"، "إدانتها الشديدة"، "رفضه القاطع". */
const DEGREE_ADJECTIVES = set(
  "الكامل الكاملة التام التامة المطلق المطلقة القاطع القاطعة الشديد الشديدة القوي القوية الثابت الثابتة الكبير الكبيرة " +
    // (And of blame, which the tagger reads as nouns: "دعمها الأعمى لإسرائيل".)
    "الأعمى العمياء اللامحدود اللامحدودة المستمر المستمرة المتواصل المتواصلة الدائم الدائمة",
);
/** "Also" between two coordinated objects or acts. */
const ALSO = set("وكذا وكذلك كذلك وأيضا");
/** Relations whose verbal noun takes what undergoes the act as its genitive ("اتهام الحكومة"، "قصف غزة"). */
const OBJECT_GENITIVE = new Set([
  "ACCUSED",
  "CONDEMNED",
  "DEMANDED",
  "THREATENED",
  "ATTACKED",
  "SANCTIONED",
  "REJECTED",
]);

/**
 * The partner of a meeting introduced by a separate "مع" a little later, behind a title that may name a place:
 * "لقاء دام ثلاث ساعات مع كبير المفاوضين الفلسطينيين في رام الله صائب عريقات".
 */
function partnerAfterWith(params: SpanSearch): Mention | undefined {
  const { tokens, args, from, end } = params;
  const w = tokens.slice(from, Math.min(end, from + 5)).findIndex((t) => t.n === "مع");
  if (w < 0) return undefined;
  for (let k = from + w + 1; k < Math.min(end, from + w + 10); k++) {
    const m = args.find((x) => x.start === k);
    // The dictionary marks a name right after "مع" with that preposition.
    if (m && m.place === null && (m.prep === null || m.prep === "مع") && !m.conj) return m;
    if (m && m.prep === "في") {
      k = m.end - 1;
      continue;
    }
    const t = tokens[k];
    // Only a title may stand between "مع" and the name: no other preposition, verb or actor.
    if (m || !t || t.punct || isVerbTag(t) || (PREPOSITIONS.has(t.n) && t.n !== "في")) return undefined;
  }
  return undefined;
}

const PREPOSITIONS = set("في من إلى الى على عن مع لدى بين ضد حول نحو عبر بشأن حيال تجاه");

/**
 * A verb by its tag, or by its form when the conjunction glued to it misled the tagger ("وقال/NN"): saying verbs,
 * light verbs and trigger verbs are known forms.
 */
const isVerbTag = (t: Token | undefined): boolean => {
  if (!t || t.punct) return false;
  if (t.pos && /^VB/.test(t.pos)) return true;
  const bare = t.n.replace(/^[وف](?=\S{3,})/, "");
  return SAYING.has(t.n) || SAYING.has(bare) || LIGHT_VERBS.has(bare) || KNOWN_VERBS.has(bare);
};

/** The mentions coordinated after `first` ("قطر والكويت وعمان"), in order. */
function conjunctsAfter(args: readonly Mention[], first: Mention): Mention[] {
  const out: Mention[] = [];
  let end = first.end;
  for (let m = args.find((x) => x.start === end && x.conj); m; m = args.find((x) => x.start === end && x.conj)) {
    out.push(m);
    end = m.end;
  }
  return out;
}

/** Frequent verbs of news narration that start a clause with their subject after them. */
const KNOWN_VERBS = set(`
اختتم اختتمت بدأ بدأت استهل استهلت أنهى أنهت واصل واصلت قام قامت سارع سارعت أقر أقرت وافق وافقت
شارك شاركت شاركا شاركوا حضر حضرت يقوم تقوم يقومان يقومون
`);

/** A word of a short noun phrase: a noun or adjective (any word without tags but a preposition), or a quotation mark. */
const nounLike = (t: Token | undefined): boolean =>
  !!t &&
  (/^["«“»”]$/.test(t.n) ||
    (!t.punct && (t.pos ? /^(DT)?(NN|JJ)/.test(t.pos) : !PREP_WORDS.has(t.n) && !/^[وف]$/.test(t.n))));

/** Token span of the clause around `at`: hard punctuation and clause openers end it, never inside a name ("بان كي مون"). */
function clauseAround(params: { tokens: Token[]; mentions: readonly Mention[]; at: number }): [number, number] {
  const { tokens, mentions, at } = params;
  const breaks = (k: number): boolean =>
    HARD_BREAKS.has(tokens[k]?.n ?? "") || (CLAUSE_OPENERS.has(tokens[k]?.n ?? "") && !insideName(mentions, k));
  let s = at;
  while (s > 0 && !breaks(s - 1)) s--;
  let e = at + 1;
  while (e < tokens.length && !breaks(e)) e++;
  return [s, e];
}

/** A mention that may be an argument: actors, and places only when not introduced as a location ("في دمشق"). */
function argumentMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.place === null || (m.prep !== null && !PLACE_PREPS.has(m.prep)) || m.prep === null);
}

function prepOk(m: Mention, allowed: Set<string>): boolean {
  if (m.prep === null) return allowed.has("direct");
  return allowed.has(normalizeArabic(m.prep));
}

/** The trigger's own conditions from data/triggers: words it requires or excludes after it, an invitation's purpose. */
function lexicalConditionsHold(params: { tokens: Token[]; hit: TriggerHit; end: number }): boolean {
  const { tokens, hit, end } = params;
  const c = hit.trigger;
  const after = tokens.slice(hit.end, end);
  // A phrase ("غير حيادية") is looked for as a run of words; a word as the strict linker does (past its article too).
  const has = (words: string[]): boolean => words.some((x) => tokensHold(after, x));
  if (c.requires.length > 0 && !has(c.requires)) return false;
  if (c.excludes.length > 0 && has(c.excludes)) return false;
  if (c.purpose.length > 0 && !has(c.purpose)) return false;
  return true;
}

/**
 * Trigger verbs in the first person ("ندين"، "نطالب"، "أدين"، "التقينا"، "طالبنا"): quoted speech and statements say
 * "we condemn". Found by their third-person form in the lexicon; the past singular "-ت" is left out (it is also the
 * third person feminine).
 */
export function firstPersonHits(tokens: Token[], index: TriggerIndex): TriggerHit[] {
  const out: TriggerHit[] = [];
  tokens.forEach((t, i) => {
    if (t.punct || t.n.length < 3) return;
    const conj = /^[وف]/.test(t.n) && t.n.length >= 4 ? (t.n[0] ?? "") : "";
    const w = t.n.slice(conj.length);
    const forms: string[] = [];
    // ("أحضان" is a noun: a first person never ends as a dual or plural, "يحضان".) A hollow verb is three letters
    // long in the plural: "نقف إلى جانب سورية" (never "أ" then: "أمس"، "أمن").
    if (/^[نا]/.test(w) && (w.length >= 4 || (w.length === 3 && w.startsWith("ن"))) && !/(ان|ون|وا)$/.test(w))
      forms.push(`ي${w.slice(1)}`);
    if (w.endsWith("نا") && w.length >= 5) {
      const stem = w.slice(0, -2);
      // "التقينا" → التقى; a hollow verb loses its long vowel before the suffix: "اغتلنا" → اغتال.
      forms.push(stem, stem.endsWith("ي") ? `${stem.slice(0, -1)}ى` : stem, `${stem.slice(0, -1)}ا${stem.slice(-1)}`);
    }
    // "التقيت" is only "I met": a defective verb's third person feminine drops the "ي" ("التقت").
    if (w.endsWith("يت") && w.length >= 5) forms.push(normalizeArabic(`${w.slice(0, -2)}ى`));
    for (const form of forms) {
      const hit = findTriggers([{ ...t, n: form }], index).find((h) => h.trigger.entry.pos === "verb");
      if (hit) {
        out.push({ ...hit, start: i, end: i + 1, conj: conj !== "" });
        return;
      }
    }
  });
  return out;
}

/** A trigger verb carrying its object as a pronoun suffix ("استقبله"، "أعطاني"), and what the suffix stands for. */
export interface SuffixObjectHit {
  hit: TriggerHit;
  /** "m"/"f": a third person to resolve; "speaker": me/us, the quoted speaker. */
  object: Gender | "speaker";
}

/** Trigger verbs with an object pronoun suffix: "واستقبله الرئيس"، "هاجمها"، "أعطاني مسدسا". */
export function suffixObjectHits(tokens: Token[], index: TriggerIndex): SuffixObjectHit[] {
  const out: SuffixObjectHit[] = [];
  tokens.forEach((t, i) => {
    // The raw word decides: normalised "ة" is written "ه" too ("هيئة").
    if (t.punct || t.n.length < 5 || /ة$/.test(t.raw)) return;
    const m = /^(.{3,}?)(ني|نا|ها|ه)$/.exec(t.n);
    if (!m) return;
    const [, stem = "", suffix = ""] = m;
    const object: Gender | "speaker" = suffix === "ها" ? "f" : suffix === "ه" ? "m" : "speaker";
    // "التقاه" → التقى, "اتهموه" → اتهموا: the stem's written form before a suffix.
    const forms = [stem];
    if (stem.endsWith("ا")) forms.push(`${stem.slice(0, -1)}ي`);
    if (stem.endsWith("و")) forms.push(`${stem}ا`);
    for (const form of forms) {
      // Every reading: one verb may trigger several relations by what it requires ("تبناه" claims an attack or
      // adopts a plan).
      const found = findTriggers([{ ...t, n: form }], index).filter(
        (h) => h.trigger.entry.pos === "verb" && !h.possessed && !h.future,
      );
      for (const hit of found) out.push({ hit: { ...hit, start: i, end: i + 1 }, object });
      if (found.length > 0) return;
    }
  });
  return out;
}

/** The subject opening a sentence, before token `k`: a bare actor among its first words. */
function sentenceOpener(mentions: readonly Mention[], k: number): Mention | undefined {
  return mentions.find((x) => x.end <= k && x.start <= 4 && x.prep === null && x.place === null);
}

/** The actor who speaks in a sentence: the subject right after a verb of saying ("وقال المتحدث باسم الحركة …"). */
export function speakerIn(tokens: Token[], mentions: Mention[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !SAYING.has(t.n)) continue;
    const m = mentions.find((x) => x.start === skipGap(tokens, k + 1) && x.prep === null && x.place === null);
    if (m) return m.actorId;
    // "وكان الوزير علي حسن خليل قال …": the subject before the verb, after a clause-opening "كان".
    const fronted = mentions.find((x) => x.end === k && x.prep === null && x.place === null);
    if (fronted && /^[وف]?كان$/.test(tokens[fronted.start - 1]?.n ?? "")) return fronted.actorId;
    // "وأيدت رئيسة الوزراء البريطانية تيريزا ماي هذا الموقف وقالت …": a conjoined verb of saying with no subject of its
    // own shares the subject that opens the sentence.
    const opener = sentenceOpener(mentions, k);
    if (/^[وف]/.test(t.n) && k > 0 && opener) return opener.actorId;
  }
  // "أوباما: التقيت الرئيس المصري …": a name opening the sentence, then a colon, is who speaks (the headline's way).
  const colon = tokens.findIndex((t, k) => k <= 6 && t.n === ":");
  const named = colon > 0 ? mentions.find((x) => x.end === colon && x.start <= 2 && x.prep === null) : undefined;
  return named && named.place === null ? named.actorId : null;
}

/** Relations for the triggers that have none yet. */
/**
 * The author of the act that opens a clause after "أن/إن" and runs, without a comma or a verb of its own, up to
 * `before` (where the judgement of the act begins): "أن قرار الحكومة نشر الجيش على الحدود …".
 */
function actOpeningClause(params: { tokens: Token[]; args: Mention[]; before: number }): Mention | undefined {
  const { tokens, args, before } = params;
  for (let c = before - 1; c >= Math.max(0, before - 14); c--) {
    const t = tokens[c];
    if (!t) return undefined;
    if (COMPLEMENTIZERS.has(t.n)) {
      const act = /^["«“]$/.test(tokens[c + 1]?.n ?? "") ? c + 2 : c + 1;
      if (!ACT_NOUNS.has(tokens[act]?.n ?? "")) return undefined;
      const author = args.find((m) => m.start === act + 1 && m.prep === null && m.place === null);
      // (A verb between is a clause of its own, unless it is "لـ" and a verbal noun the tagger read as a verb.)
      const verbBetween = tokens.slice(author?.end ?? before, before).some((u) => isVerbTag(u) && !/^ل/.test(u.n));
      return author && !verbBetween ? author : undefined;
    }
    if (t.punct && !/^["«“»”]$/.test(t.n)) return undefined;
  }
  return undefined;
}

export function looseRelations(params: {
  tokens: Token[];
  mentions: Mention[];
  hits: TriggerHit[];
  /** Triggers the strict linker already used. */
  done: Set<TriggerHit>;
  /** Who "he"/"she" most likely is when the sentence does not say: the previous sentence's main actor. */
  antecedent: string | null;
  /** The speaker of the sentence before, whom a verb of saying without a subject ("وأضاف"، "وخاطب") goes on with. */
  lastSpeaker?: string | null;
  /** First-person trigger verbs of the sentence, and who "we"/"I" is: this sentence's or a recent speaker. */
  firstPerson?: TriggerHit[];
  speaker?: string | null;
  /** Pronoun reference: an actor's gender, and the actor a pronoun of a gender at a token refers to. */
  reference?: {
    genderOf: (actorId: string) => Gender | undefined;
    /** Whether the actor is a person (a masculine country may follow a feminine verb: "التقت العراق" is rare but said). */
    isPerson: (actorId: string) => boolean;
    refer: (params: { at: number; gender: Gender; here: boolean; exclude?: string }) => string | null;
    /** A person's country's army ("قواته" of a head of state), or null. */
    armyOf?: (actorId: string) => string | null;
  };
  /** The actor a nationality adjective stands for ("الأميركية" → USA), or null. */
  nisbaOf?: (word: string) => string | null;
  /** Trigger verbs whose object is a pronoun suffix on them. */
  suffixObjects?: SuffixObjectHit[];
}): RawRelation[] {
  const { tokens, hits, done, antecedent, reference } = params;
  const args = argumentMentions(params.mentions).sort((a, b) => a.start - b.start);
  const out: RawRelation[] = [];
  const pseudo = (actorId: string, at: number): Mention => ({
    actorId,
    start: at,
    end: at + 1,
    prep: null,
    conj: false,
    via: "short",
    place: null,
    confidence: 0.5,
  });
  const inside = (k: number, hit: TriggerHit): boolean => k >= hit.start && k < hit.end;
  // Who a pronoun of a known gender at `at` is: a candidate that agrees, an actor named bare earlier in this
  // sentence, the previous sentence's main actor, the nearest actor before — each only if the gender agrees.
  // A mention's gender: its head's when a title or agent noun heads it ("وزير الخارجية البحريني" is he, whatever
  // Bahrain is), else its actor's.
  const mentionGender = (m: Mention): Gender | undefined => {
    // ("وزير" keeps its first letter; "ووزير" loses the conjunction.)
    const word = tokens[m.start]?.n ?? "";
    const known = (w: string): boolean => TITLE_HEADS.has(w) || AGENT_NOUNS.has(w);
    const head = known(word) ? word : word.replace(/^[وف]/, "");
    if ((m.via === "title" || m.via === "agent") && known(head))
      return /(ين|ون|ات|ان)$/.test(head) ? undefined : head.endsWith("ه") ? "f" : "m";
    return reference?.genderOf(m.actorId);
  };
  const agreeing = (at: number, gender: Gender | null, candidate: Mention | undefined): Mention | undefined => {
    if (!reference || !gender) return candidate ?? (antecedent ? pseudo(antecedent, at) : undefined);
    if (candidate && mentionGender(candidate) === gender) return candidate;
    const id =
      reference.refer({ at, gender, here: true }) ??
      (antecedent && reference.genderOf(antecedent) === gender ? antecedent : null) ??
      reference.refer({ at, gender, here: false });
    return id ? pseudo(id, at) : undefined;
  };
  // A country after "من" that the chain may name as where banned goods come from.
  const sourceAt = (k: number): string | null =>
    args.find((m) => m.start === k && m.prep === "من" && m.place === null && reference?.isPerson(m.actorId) === false)
      ?.actorId ?? null;
  const nationalityChain = (from: number, prep: string | null): Mention | undefined =>
    chainOwner({ tokens, from, prep, nisbaOf: params.nisbaOf, sourceAt });
  const goodsAfter = (at: number): Mention | undefined => {
    // "فرض عقوبات جديدة تستهدف قطاع النفط الإيراني": past the act noun the verb requires and its adjectives, a verb
    // of targeting stands where "على" does.
    let k = at;
    if (SANCTION_NOUNS.has(tokens[k]?.n ?? "")) {
      k++;
      while (k < at + 3 && /^(DT)?JJ/.test(tokens[k]?.pos ?? "")) k++;
    }
    const prep = tokens[k]?.n ?? "";
    if (TARGETING_VERBS.has(prep)) return nationalityChain(k + 1, "علي");
    return ["علي", "ضد"].includes(prep) ? nationalityChain(k + 1, prep) : undefined;
  };
  // The subject of a verb of saying earlier in the sentence: the referent of a later "إنه".
  // (null: the verb names a speaker who is no actor, "وأعلنت القسام أنها …": then nobody, not someone before.)
  const speakerBefore = (at: number): Mention | null | undefined => {
    for (let k = at - 1; k >= 0; k--) {
      // "إلى تصريحات وزيرة الخارجية هيلاري كلينتون بأن …": a noun of saying, its speaker the genitive right after it.
      if (SPEECH_NOUNS.has((tokens[k]?.n ?? "").replace(/^[وفبل]/, ""))) {
        const genitive = args.find((m) => m.start === k + 1 && m.prep === null && m.place === null && m.end <= at);
        if (genitive) return genitive;
        continue;
      }
      if (!SAYING.has(tokens[k]?.n ?? "")) continue;
      // Right after the verb, past a short circumstantial phrase at most: "قالت قبل وصولها (إسرائيل) أنها …" has
      // no speaker named here, and Israel is none. A statement speaks for its issuer: "اعتبر بيان المعارضة أن …".
      const issued = STATEMENT_NOUNS.has(tokens[k + 1]?.n ?? "") ? k + 2 : -1;
      const byStatement = args.find((m) => m.start === issued && m.prep === null && m.end <= at);
      if (byStatement) return byStatement;
      const gap = skipGap(tokens, k + 1);
      const named = args.find(
        (m) =>
          (m.start === k + 1 || (m.start === gap && !/^[([]$/.test(tokens[m.start - 1]?.n ?? ""))) &&
          m.prep === null &&
          m.end <= at,
      );
      // (A title the dictionary does not know may stand before the name: "وقال القاضي المتقاعد خالد فوزي إن …".)
      const titled = named
        ? undefined
        : args.find(
            (m) =>
              m.start > gap &&
              m.start <= gap + 3 &&
              m.prep === null &&
              m.end <= at &&
              !!reference?.isPerson(m.actorId) &&
              tokens.slice(gap, m.start).every((t) => /^DT(NN|JJ)/.test(t.pos ?? "") && /^ال/.test(t.n)),
          );
      if (titled) return titled;
      const unnamed = tokens[gap];
      if (!named && gap < at && unnamed && /^ال\S{3,}/.test(unnamed.n) && /^DTNN/.test(unnamed.pos ?? "")) return null;
      return named;
    }
    return undefined;
  };

  // Who states what follows `at` when no name follows the verb of saying: the name right before that verb ("كارسون
  // اعتبر أن")، the sentence's first bare actor before a participle of saying ("…، معتبرا أن")، or — when the verb
  // names none ("وأضاف أن …") — the agreeing main actor of the sentence before.
  const statedBy = (at: number): Mention | undefined => {
    for (let k = at - 1; k >= 0; k--) {
      const word = tokens[k]?.n ?? "";
      // A headline's speaker before its colon: "أوباما: على الأسد أن يرحل".
      if (word === ":") {
        const who = args.find((m) => m.end === k && m.start === 0 && m.prep === null && m.place === null);
        if (who) return who;
      }
      if (SAYING_PARTICIPLES.has(word)) {
        const opener = args.find((m) => m.end <= k && m.prep === null && m.place === null);
        const gender: Gender = /ه$/.test(word) ? "f" : "m";
        if (opener) return opener;
        return antecedent && reference?.genderOf(antecedent) === gender ? pseudo(antecedent, k) : undefined;
      }
      if (!SAYING.has(word)) continue;
      const before = args.find((m) => m.end === k && m.prep === null);
      if (before) return before;
      // (A name after a preposition is no speaker: "وتابع في ختام اجتماع حول سوريا، أنه …" is still his.)
      if (args.some((m) => m.start > k && m.start < at && m.prep === null)) return undefined;
      const gender: Gender = /ت$/.test(word) ? "f" : "m";
      // Conjoined to a clause whose subject opens the sentence, it shares that subject: "كما ردت روسيا على تلك
      // الانتقادات، وقالت إن …".
      const opener = sentenceOpener(args, k);
      if (/^[وف]/.test(word) && k > 1 && opener && reference?.genderOf(opener.actorId) === gender) return opener;
      // Opening the sentence, it goes on with the last speaker: "… وقال هيغ إن …. وخاطب الصحفيين: يجب على …".
      const last = params.lastSpeaker;
      if (k <= 1 && last && reference?.genderOf(last) === gender) return pseudo(last, k);
      return antecedent && reference?.genderOf(antecedent) === gender ? pseudo(antecedent, k) : undefined;
    }
    return undefined;
  };

  // The subject of the clause a word at `at` stands in: after the nearest verb before it, before that verb
  // (subject first), or the noun a relative pronoun refers to ("حرب الذي سارع إلى اتهام …").
  const clauseSubject = (at: number, cs: number): Mention | undefined => {
    for (let v = at - 1; v >= cs; v--) {
      // "ذكرت الوكالة أن جليلي … توجها … عقب الاجتماع": the embedded clause's subject follows its complementizer.
      if (COMPLEMENTIZERS.has(tokens[v]?.n ?? "")) return args.find((m) => m.start === v + 1 && m.prep === null);
      if (!isVerbTag(tokens[v])) continue;
      const after = skipGap(tokens, v + 1);
      const post = args.find((m) => m.start === after && m.prep === null && m.end <= at);
      if (post) return post;
      const r = Math.max(relativeSlot(tokens, v), cs - 1);
      if (RELATIVE_PRONOUNS.has(tokens[r]?.n ?? "")) {
        const end = antecedentEnd(tokens, r);
        return args.find((m) => m.end === end && m.prep === null);
      }
      return [...args].reverse().find((m) => m.end <= v && m.end >= v - 2 && m.start >= cs && m.prep === null);
    }
    return undefined;
  };

  // A light verb within four tokens before `at` whose subject is a noun phrase after a complementizer ("أن الشركات
  // الكورية تجري"): Arabic puts the subject of "أن" before the verb, so that noun phrase, no actor, is its subject.
  const namedNonActorSubject = (at: number, cs: number): boolean => {
    for (let v = at - 1; v >= Math.max(cs, at - 4); v--) {
      if (!LIGHT_VERBS.has(tokens[v]?.n ?? "")) continue;
      let k = v - 1;
      const nominal = (t: Token | undefined): boolean =>
        !!t && /^(DT)?(NN|JJ)/.test(t.pos ?? "") && !COMPLEMENTIZERS.has(t.n);
      while (k >= cs && k > v - 5 && nominal(tokens[k]) && !args.some((m) => k >= m.start && k < m.end)) k--;
      return k < v - 1 && COMPLEMENTIZERS.has(tokens[k]?.n ?? "");
    }
    return false;
  };

  // The nationality adjective right after a verbal noun, past other adjectives ("العقوبات الاقتصادية الأميركية"), or
  // the act-with-nationality mention that starts at the noun itself ("بالغارات الإسرائيلية").
  const nisbaAgent = (hit: TriggerHit): Mention | undefined => {
    const merged = args.find((m) => m.start === hit.start && m.end > hit.end && m.via === "agent");
    if (merged) return merged;
    // An attack's means in the genitive first ("إسقاط المضادات الأرضية السورية لطائرة"): their nationality, or the
    // owner of "قواته"، "دفاعاتها", is the author.
    const means =
      hit.trigger.set.type === "ATTACKED" ? /^(ال)?([^\s]+?)(ه|ها|هم)?$/.exec(tokens[hit.end]?.n ?? "") : null;
    const meansNoun = means && ATTACK_MEANS.has(`ال${means[2] ?? ""}`.replace(/^الال/, "ال"));
    if (meansNoun && means?.[3] && !means[1] && reference) {
      const id = reference.refer({ at: hit.end, gender: means[3] === "ها" ? "f" : "m", here: true }) ?? antecedent;
      // A leader's forces are his country's army: "أسفه لإسقاط قواته لطائرة تركية".
      const army = id && reference.isPerson(id) ? reference.armyOf?.(id) : null;
      return id ? { ...pseudo(army ?? id, hit.end), via: "agent" } : undefined;
    }
    // The author in the genitive ("غارات حلف الناتو على ليبيا") or after "لـ" ("الغارات الجوية لحلف شمال الأطلسي على
    // ليبيا"), when the target follows it with "على"/"ضد": otherwise the genitive may be the target ("قصف مواقع حماس").
    if (hit.trigger.set.type === "ATTACKED") {
      let k = hit.end;
      while (k < hit.end + 2 && isAdjective(tokens[k]) && !args.some((m) => m.start === k)) k++;
      const indefinite = !/^ال/.test((tokens[hit.start]?.n ?? "").replace(/^[وف]?[بل]?/, ""));
      const author = args.find(
        (m) =>
          m.start === k &&
          !m.conj &&
          m.place === null &&
          (m.prep === "ل" || (m.prep === null && indefinite && k === hit.end)),
      );
      const target =
        author &&
        args.find(
          (m) =>
            (m.prep === "علي" || m.prep === "ضد") &&
            (m.start === author.end || (m.start === author.end + 1 && tokens[author.end]?.n === m.prep)),
        );
      if (author && target) return { ...author, prep: null, via: "agent" };
    }
    const from = meansNoun && means?.[1] ? hit.end + 1 : hit.end;
    for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
      const t = tokens[k];
      if (!t || t.punct) return undefined;
      const id = params.nisbaOf?.(t.n);
      if (id) return { ...pseudo(id, k), via: "nisba" };
      if (!/^(DT)?JJ/.test(t.pos ?? "")) return undefined;
    }
    return undefined;
  };

  // "أشاد بقطر والدعم الذي ظلت تقدمه للسودان": a relative clause whose verb carries the act and names no subject —
  // the verb's person is the agreeing actor named before in the sentence (never one from an earlier sentence).
  const unnamedAuthor = (from: number): Mention | undefined => {
    let at = from;
    while (at < from + 2 && /^DTJJ/.test(tokens[at]?.pos ?? "")) at++;
    if (!reference || !RELATIVE_PRONOUNS.has(tokens[at]?.n ?? "")) return undefined;
    let v = at + 1;
    while (auxiliaryAt(tokens, v)) v++;
    const verb = tokens[v];
    const raw = verb?.raw.replace(/[\u064B-\u0652]/g, "") ?? "";
    if (!verb || !CARRY_OUT_SUFFIXED.has(verb.n) || !/(ه|ها)$/.test(raw)) return undefined;
    if (args.some((m) => m.start === skipGap(tokens, v + 1) && m.prep === null)) return undefined;
    // (The person: "تقدمه"، "قدمته" are hers, "يقدمه"، "قدمه" his.)
    const gender: Gender = /^ت/.test(verb.n) || /ت(ه|ها)$/.test(verb.n) ? "f" : "m";
    const id = reference.refer({ at, gender, here: true });
    const named = id ? args.some((m) => m.actorId === id && m.end <= at) : false;
    return id && named ? pseudo(id, v) : undefined;
  };

  // "بين X وY" within a few words after `from`.
  const betweenPair = (from: number): [Mention, Mention] | undefined => {
    for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
      if (tokens[k]?.n !== "بين") continue;
      const first = args.find((m) => m.start === k + 1 || (m.start === k && m.prep === "بين"));
      const second = first && args.find((m) => m.start === first.end && m.conj);
      return first && second ? [first, second] : undefined;
    }
    const inner = args.find((m) => m.prep === "بين" && m.start >= from && m.start < from + 4);
    const second = inner && args.find((m) => m.start === inner.end && m.conj);
    return inner && second ? [inner, second] : undefined;
  };

  // The subject a coordinated verb shares: that of the nearest verb before it in the same clause level, skipping
  // verbs inside a complement clause ("وصرح بأن سوريا تتهددها … وحث روسيا" is Hague urging, not Syria).
  // (null: the verb before has a subject that is no actor, "الجميع يدفع …": nothing to share, nor to guess.)
  const sharedSubject = (at: number): Mention | null | undefined => {
    let inComplement = false;
    for (let v = at - 1; v >= 0; v--) {
      const t = tokens[v];
      if (!t) break;
      if (t.n === ":" || t.n === ".") break;
      if (COMPLEMENTIZERS.has(t.n)) {
        inComplement = false;
        continue;
      }
      // (A name the tagger reads as a verb is none: "بان/VBD كي مون".)
      if (!isVerbTag(t) || args.some((m) => m.start <= v && v < m.end)) continue;
      // A verb of a relative clause ("كل من ينافس X"، "الذي التقى X") has its own subject, never shared.
      if (RELATIVE_PRONOUNS.has(tokens[v - 1]?.n ?? "") || ["من", "ما"].includes(tokens[v - 1]?.n ?? "")) continue;
      // (Never across a comma: "والتقى نظيره X، وأكد له" — X is what the verb before acted on.)
      const svo = [...args]
        .reverse()
        .find((m) => m.end <= v && m.end >= v - 2 && m.prep === null && !tokens.slice(m.end, v).some((u) => u.punct));
      // "كان الجميع يدفع النظام السوري ويتمنى عليه"، "إن الجميع يدعم …": a subject that names no one, before the verb,
      // makes what follows it the object, and leaves no subject to share.
      if (!svo && genericSubjectBefore({ tokens, at: v, mentions: args })) return null;
      // A verb after a complementizer we have not yet passed belongs to the embedded clause.
      const embedded = tokens.slice(0, v).some((u, j) => COMPLEMENTIZERS.has(u.n) && j > v - 6) && !inComplement;
      if (embedded) continue;
      // "وكان X قد سبق Y إلى …": the name between "كان" and "قد" is the subject, the one after the verb its object.
      const kana = !!svo && tokens[svo.end]?.n === "قد" && KANA.has(tokens[svo.start - 1]?.n ?? "");
      if (kana) return svo;
      const post = args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null && m.end <= at);
      // A coordinated verb that names no subject of its own ("…، وأكد له"، "والتقى نظيره X": a counterpart is never
      // the subject) shares the one before it: look further back.
      const counterpart = !!post && COUNTERPARTS.has(tokens[post.start]?.n ?? "");
      if ((counterpart || (!post && !svo)) && /^[وف]/.test(t.n)) continue;
      return post ?? svo;
    }
    return undefined;
  };

  // "قال الحزب في بيان: إننا ندين بشدة الهجوم الإسرائيلي": the speaker does what "we" do; the object follows.
  for (const hit of params.firstPerson ?? []) {
    const speaker = params.speaker;
    const [, ce] = clauseAround({ tokens, mentions: params.mentions, at: hit.start });
    if (!speaker || !lexicalConditionsHold({ tokens, hit, end: ce })) continue;
    const allowed = new Set([...hit.trigger.objectPreps]);
    if (hit.trigger.set.type === "MET") for (const p of ["مع", "ب"]) allowed.add(p);
    // "لقد التقيت في باريس الرئيس المالي …": where it happened stands before the object (never a frame up to the
    // next comma, which would take the object in).
    const place = params.mentions.find(
      (m) => m.place !== null && m.start === hit.end + 1 && PLACE_PREPS.has(tokens[hit.end]?.n ?? ""),
    );
    let at = place ? place.end : skipGap(tokens, hit.end);
    // "أناشد كل الأعضاء في مجلس الأمن": a quantifier before the addressee.
    if (isQuantifier(tokens[at]) && args.some((m) => m.start === at + 1)) at++;
    // "طلبنا من الروس": a preposition written apart belongs to the mention after it.
    const apart = tokens[at]?.n;
    if (apart && !args.some((m) => m.start === at) && args.some((m) => m.start === at + 1 && m.prep === apart)) at++;
    const head = tokens[at];
    let viaAct: string | null = null;
    if (
      head &&
      ACT_TYPES.has(hit.trigger.set.type) &&
      ACT_NOUNS.has(head.n.replace(/^[وفبل]/, "")) &&
      args.some((m) => m.start === at + 1)
    ) {
      viaAct = /^[وف]?ب/.test(head.n) ? "ب" : null;
      at++;
    }
    // "اغتلنا رجل الأعمال محمود رمضان": a short description may stand before the name.
    const object =
      args.find((m) => m.start === at && m.start < ce) ??
      args.find(
        (m) =>
          m.start > at &&
          m.start <= at + 3 &&
          m.prep === null &&
          // (A title with its nationality: "الرئيس المالي دياكوندا تراوري".)
          tokens
            .slice(at, m.start)
            .every((t, j) => !t.punct && (/^(DT)?NN/.test(t.pos ?? "") || (j > 0 && /^DTJJ/.test(t.pos ?? "")))) &&
          // … never what befalls the named one: "نؤيد استخراج جثمان الرئيس أبو عمار".
          !tokens.slice(at, m.start).some((t) => VICTIM_NOUNS.has(t.n.replace(/^[وفبل]/, ""))),
      );
    if (!object || object.actorId === speaker) continue;
    if (!(viaAct && object.prep === null ? allowed.has(viaAct) : prepOk(object, allowed))) continue;
    out.push({ hit, subject: pseudo(speaker, hit.start), object, location: null, confidence: 0.4 });
  }

  // "واستقبله الرئيس محمد مرسي"، "وأعطاني مسدسا": the object is the verb's pronoun suffix, the subject follows the
  // verb (or the sentence's subject before it).
  for (const { hit, object } of params.suffixObjects ?? []) {
    if (hits.some((h) => h.start === hit.start)) continue;
    const [, ce] = clauseAround({ tokens, mentions: params.mentions, at: hit.start });
    const owned =
      object === "speaker" ? undefined : ownerOfActBefore({ tokens, mentions: params.mentions, hit, object });
    if (owned) {
      // "مشروع السعودية الذي تبنته الجامعة العربية"، "المبادرة المصرية التي تبنتها الجامعة": the act the trigger
      // requires, its owner, then a relative clause whose verb carries the act as its pronoun; the clause's subject,
      // named right after the verb, does it to the owner.
      const doer = args.find((m) => m.start === skipGap(tokens, hit.end) && m.prep === null && m.start < ce);
      if (doer && doer.actorId !== owned.actorId)
        out.push({ hit, subject: doer, object: { ...owned, prep: null }, location: null, confidence: 0.45 });
      continue;
    }
    if (!lexicalConditionsHold({ tokens, hit, end: ce })) continue;
    // A relative clause whose pronoun is the noun before it: "الرئيس مرسي الذي انتقده البرادعي"، "حماس التي اتهمتها
    // إسرائيل بـ…" are done to that noun by the clause's own subject, named after the verb. A meeting ("من طهران التي
    // زارها أمس"، "أوباما الذي استقبله"; or whose relative is its subject: a meeting is the same either way) may have
    // the sentence's subject instead.
    if (object !== "speaker") {
      const noun = relativeAntecedent({ tokens, mentions: params.mentions, at: hit.start, object });
      // (A place is only a meeting's: "من طهران التي زارها"; "حماس التي اتهمتها إسرائيل" needs an actor.)
      const met = hit.trigger.set.type === "MET";
      if (noun && (met || noun.place === null)) {
        const own = args.find(
          (m) => m.start === skipGap(tokens, hit.end) && m.prep === null && !m.conj && m.start < ce,
        );
        let main = own;
        if (!main && met) {
          // (The subject of the nearest verb before the noun: "…، وقال X، أول أمس، من باماكو التي زارها".)
          let v = noun.start - 1;
          while (v >= 0 && !isVerbTag(tokens[v]) && !SAYING.has(tokens[v]?.n ?? "")) v--;
          const verbSubject =
            v >= 0
              ? args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null && m.end <= noun.start)
              : undefined;
          main = verbSubject ?? (v < 0 ? sentenceOpener(args, noun.start) : undefined);
        }
        if (main && main.actorId !== noun.actorId && main.start !== noun.start) {
          out.push({ hit, subject: main, object: { ...noun, prep: null }, location: null, confidence: 0.45 });
          continue;
        }
      }
      // Right after a relative pronoun whose noun is no actor, the pronoun is that noun: "منطقة هجليج التي احتلتها
      // القوات الجنوبية" is done to a region, no one named before.
      if (!noun && RELATIVE_PRONOUNS.has(tokens[hit.start - 1]?.n ?? "")) continue;
    }
    // "واستقبل عباس المبعوث ميتشل وطالبه بالضغط على إسرائيل": a coordinated verb right after another verb's subject and
    // object, its own subject dropped, shares that subject, and "him" is that object — any relation, so tight a
    // reference is it.
    if (hit.conj && object !== "speaker" && hit.trigger.objectPreps.has("direct")) {
      const before = [...args].reverse().find((m) => m.end <= hit.start);
      const near = before && hit.start - before.end <= 1 && !tokens.slice(before.end, hit.start).some((t) => t.punct);
      let v = before ? before.start - 1 : -1;
      while (v >= 0 && !isVerbTag(tokens[v]) && !hits.some((h) => h.start === v)) v--;
      // (Or its subject named before it, opening the clause: "المحامي X يشكك في نوايا Y ويتهمه بالتواطؤ", headline
      // and report style; "him" is then whom the first verb was about.)
      const [cs] = clauseAround({ tokens, mentions: params.mentions, at: v >= 0 ? v : hit.start });
      // (A reported clause opens after its "إن"/"أن": "وقال مسؤول إن X يشكك في … ويتهمه".)
      let os = cs;
      for (let k = cs; k < v; k++) if (COMPLEMENTIZERS.has(tokens[k]?.n ?? "")) os = k + 1;
      const opener = (m: Mention): boolean =>
        m.end === v &&
        m.start >= os &&
        m.prep === null &&
        !m.conj &&
        m.place === null &&
        tokens.slice(os, m.start).every((t) => !t.punct && !isVerbTag(t) && !SAYING.has(t.n)) &&
        (m.start === os || KANA.has(tokens[os]?.n ?? "") || /^(DT)?NN$/.test(tokens[m.start - 1]?.pos ?? ""));
      const subj =
        v >= 0
          ? (args.find(opener) ?? args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null && !m.conj))
          : undefined;
      const obj = subj ? args.find((m) => m.start >= subj.end && m.end <= hit.start && m.place === null) : undefined;
      const agrees = !!obj && (!reference || reference.genderOf(obj.actorId) === object);
      if (near && subj && obj === before && agrees && obj.actorId !== subj.actorId) {
        out.push({
          hit,
          subject: subj,
          object: { ...obj, start: hit.start, end: hit.start + 1, prep: null },
          location: null,
          confidence: 0.4,
        });
        continue;
      }
    }
    // Only where "him"/"her" is a person or a state: one supports or condemns "it" (a plan, a decision) as often —
    // save "him" right after the sentence of a man who spoke ("وقال الوزير X إن … وأيده الوزيران Y وZ"): him, or what
    // he said, is his.
    const spoke =
      SPEAKER_OBJECT_TYPES.has(hit.trigger.set.type) &&
      object === "m" &&
      !!params.lastSpeaker &&
      reference?.genderOf(params.lastSpeaker) === "m" &&
      reference.isPerson(params.lastSpeaker);
    if (!SUFFIX_OBJECT_TYPES.has(hit.trigger.set.type) && !spoke) continue;
    if (!hit.trigger.objectPreps.has("direct") && hit.trigger.set.type !== "MET") continue;
    // Only a subject named right after the verb, or right before it ("… طه محمود كلثوم وأعطاني"): a pronoun object
    // with a guessed subject is two guesses.
    // (A title of two or more may stand before their names: "وأيده الوزيران محمد فنيش وحسين الحاج حسن".)
    let sAt = skipGap(tokens, hit.end);
    if (!args.some((m) => m.start === sAt) && TITLE_PLURALS.test(tokens[sAt]?.n ?? "")) sAt++;
    const subject =
      args.find((m) => m.start === sAt && m.prep === null && !m.conj && m.start < ce) ??
      args.find((m) => m.end === hit.start && m.prep === null);
    if (!subject) continue;
    // "وكانت حمص مركزا … منذ أن اقتحمها الجيش": "her" is the city named before it in the sentence, no actor.
    if (object === "f" && params.mentions.some((m) => m.end <= hit.start && (m.place !== null || m.via === "city")))
      continue;
    const objectId =
      object === "speaker"
        ? (params.speaker ?? null)
        : spoke && !SUFFIX_OBJECT_TYPES.has(hit.trigger.set.type)
          ? (params.lastSpeaker ?? null)
          : (reference?.refer({ at: hit.start, gender: object, here: false, exclude: subject.actorId }) ?? null);
    if (!objectId || objectId === subject.actorId) continue;
    out.push({ hit, subject, object: pseudo(objectId, hit.start), location: null, confidence: 0.4 });
  }

  // "عقدت الحكومة اجتماعا برئاسة رئيس الوزراء X، وبحضور الأمين العام Y ومبعوثه Z": the chair met those present,
  // named after "بحضور" up to the next verb.
  for (const hit of hits) {
    if (hit.trigger.set.type !== "MET" || hit.trigger.entry.pos !== "noun") continue;
    // Past the meeting's adjectives: "القمة اليمنية - القطرية برئاسة …".
    const chair = args.find(
      (m) =>
        m.prep === "برئاسة" &&
        m.start >= hit.end &&
        (m.start <= hit.end + 3 ||
          (m.start <= hit.end + 5 &&
            tokens
              .slice(hit.end, m.start)
              .every((t) => /^(DT)?JJ/.test(t.pos ?? "") || t.n === "-" || /^[وف]?برئاس/.test(t.n)))),
    );
    if (!chair) continue;
    // "عقدت القمة برئاسة الزعيمين X وY": a meeting chaired by two is the one's with the other.
    const co = args.find((m) => m.start === chair.end && m.conj && m.prep === null && m.place === null);
    if (co && co.actorId !== chair.actorId) {
      out.push({ hit, subject: { ...chair, prep: null }, object: co, location: null, confidence: 0.45 });
      done.add(hit);
    }
    const at = tokens.findIndex((t, k) => k >= chair.end && k <= chair.end + 2 && /^[وف]?بحضور$/.test(t.n));
    if (at < 0) continue;
    // A verb ends the list; a word inside a name the tagger took for one ("بان كي مون") does not.
    const verbAt = (k: number): boolean => isVerbTag(tokens[k]) && !args.some((m) => m.start <= k && k < m.end);
    let end = at + 1;
    while (end < tokens.length && !verbAt(end) && ![".", ":", "؛"].includes(tokens[end]?.n ?? "")) end++;
    const present = args.filter(
      (m) => m.start > at && m.start < end && (m.prep === null || m.prep === "بحضور") && m.place === null,
    );
    for (const m of present)
      if (m.actorId !== chair.actorId) out.push({ hit, subject: chair, object: m, location: null, confidence: 0.45 });
    if (present.length > 0) done.add(hit);
  }

  // "قوات المؤتمر المؤيدة للرئيس هادي"، "مواقفه المساندة للرئيس التونسي"، "موقفهما الداعم لنظام الأسد": support said of
  // the actor right before it, or of the actors whose stance it describes (who "ه"/"هما"/"هم" is).
  for (const hit of hits) {
    if (!hit.trigger.entry.attributive) continue;
    // The object follows with "لـ", or as the genitive of a noun that takes one ("حليفة نظام الأسد"); an adjective of
    // the noun may stand between ("الحليف الأبرز لنظام الأسد").
    // (An indefinite one's adjective too: "داعم رئيسي لجماعة الحوثي".)
    const next = tokens[hit.end];
    const adjective = isAdjective(next) || (!next?.pos && FIRST_OF.has((next?.n ?? "").replace(/^ال/, "")));
    // (Past the goods it requires: "المورد الرئيسي للسلاح إلى سوريا".)
    const goodsAt = adjective ? hit.end + 1 : hit.end;
    const objectAt = requiredBy(hit.trigger, tokens[goodsAt]) ? goodsAt + 1 : goodsAt;
    // (Or behind the institution it is: "الداعم لمؤسسة الجيش".)
    const institution = /^ل(مؤسسه|مؤسسات)$/.test(tokens[objectAt]?.n ?? "");
    const object =
      args.find(
        (m) =>
          (m.start === objectAt || (objectAt > goodsAt && m.start === objectAt + 1 && m.prep !== null)) &&
          (m.prep === "ل" ||
            (m.prep !== null && objectAt > goodsAt && hit.trigger.objectPreps.has(m.prep)) ||
            (m.prep === null && !m.conj && hit.trigger.objectPreps.has("direct"))),
      ) ?? (institution ? args.find((m) => m.start === objectAt + 1 && m.prep === null && !m.conj) : undefined);
    if (!object) continue;
    // (A quotation may open between: 'موقفها «الداعم لمؤسسة الجيش»'.)
    const quoted = tokens[hit.start - 1]?.n === '"' ? 1 : 0;
    const stance = /^[وف]?[بل]?(موقف|مواقف)(ه|ها|هما|هم)$/.exec(tokens[hit.start - 1 - quoted]?.n ?? "");
    let subjects: Mention[] = [];
    // The actor right before it, or before a pronoun of the copula ("روسيا هي الحليف الأبرز لـ") or among the first of
    // a kind ("قطر من أبرز الداعمين لـ").
    const before = tokens[hit.start - 1]?.n ?? "";
    // (A word of time may stand between the subject and its predicate: "مصر اليوم داعمة للشعب الفلسطيني".)
    const gap =
      COPULA_PRONOUNS.has(before) || PREDICATE_TIME.has(before)
        ? 1
        : FIRST_OF.has(before) && tokens[hit.start - 2]?.n === "من"
          ? 2
          : 0;
    const named = args.find((m) => m.end === hit.start - gap && m.prep === null && m.place === null);
    if (named) subjects = [named];
    else if (stance?.[2] === "هما") {
      // The pair named last: "مع إيران وحزب الله في موقفهما".
      const second = [...args].reverse().find((m) => m.end < hit.start && m.conj);
      const first = second ? args.find((m) => m.end === second.start) : undefined;
      if (first && second) subjects = [first, second];
    } else if (stance && reference && stance[2] !== "هم") {
      // The nearest agreeing actor named before in the sentence ("سياسة الرئيس ساركوزي ومواقفه"), else who "ه" is.
      const gender: Gender = stance[2] === "ها" ? "f" : "m";
      const near = [...args].reverse().find(
        (m) =>
          m.end < hit.start &&
          m.place === null &&
          // (A body is "ها" as the paper names it: "كتلة المستقبل … موقفها", whatever its dictionary head.)
          (reference.genderOf(m.actorId) === gender ||
            (gender === "f" && !reference.isPerson(m.actorId) && feminineAsWritten(tokens[m.start]))),
      );
      const id = near?.actorId ?? reference.refer({ at: hit.start - 1 - quoted, gender, here: true });
      if (id) subjects = [pseudo(id, hit.start - 1 - quoted)];
    }
    for (const subject of subjects)
      if (subject.actorId !== object.actorId)
        out.push({ hit, subject: { ...subject, prep: null, conj: false }, object, location: null, confidence: 0.45 });
    if (subjects.length > 0) done.add(hit);
  }

  // "أنهى الرئيس الإيراني جولة خليجية شملت قطر وعمان"، "الزيارات الثلاث التي قادت الرئيس المرزوقي إلى مصر وإثيوبيا
  // وفرنسا": the places a tour took in are each visited by whoever made it.
  for (const hit of hits) {
    if (hit.trigger.set.type !== "MET" || hit.trigger.entry.pos !== "noun" || done.has(hit)) continue;
    if (!/^[وفب]?(ال)?(جول|زيار)(ه|ات|ته|تها|اته|اتها)?$/.test(tokens[hit.start]?.n ?? "")) continue;
    let k = hit.end;
    while (k < hit.end + 3 && (isAdjective(tokens[k]) || /^(DT)?(JJ|CD)/.test(tokens[k]?.pos ?? ""))) k++;
    // ("جولة في المنطقة تشمل …": where it goes, a definite word or two after "في".)
    if (tokens[k]?.n === "في" && /^ال/.test(tokens[k + 1]?.n ?? "") && !args.some((m) => m.start === k + 1)) {
      k += 2;
      if (/^ال/.test(tokens[k]?.n ?? "") && isAdjective(tokens[k])) k++;
    }
    if (RELATIVE_PRONOUNS.has(tokens[k]?.n ?? "")) k++;
    const verb = tokens[k]?.n ?? "";
    let guide: Mention | undefined;
    if (/^(شملت|شمل|تشمل|يشمل)$/.test(verb)) k++;
    else if (/^(قادت|قادته|قادتها|قاده|قادها)$/.test(verb)) {
      // "قادت الرئيس X إلى …": the one led is named between the verb and "إلى".
      guide = args.find((m) => m.start === k + 1 && m.prep === null);
      k = guide ? guide.end : k + 1;
      if (tokens[k]?.n !== "الي" && !args.some((m) => m.start === k && m.prep === "الي")) continue;
      if (tokens[k]?.n === "الي") k++;
    } else continue;
    const first = args.find((m) => m.start === k && m.place === null);
    if (!first) continue;
    const places = [first, ...conjunctsAfter(args, first)];
    // The traveller: the one led, the possessor of "جولته", or the subject of the verb that carries the tour.
    // (As written: normalising makes the "ة" of "جولة" a "ه".)
    const raw = (tokens[hit.start]?.raw ?? "").replace(/[\u064B-\u0652]/g, "");
    const possessed = /(ه|ها)$/.test(raw);
    const traveller =
      guide ??
      (possessed
        ? agreeing(hit.start, /ها$/.test(tokens[hit.start]?.n ?? "") ? "f" : "m", undefined)
        : clauseSubject(hit.start, 0));
    if (!traveller) continue;
    for (const place of places)
      if (place.actorId !== traveller.actorId)
        out.push({
          hit,
          subject: { ...traveller, prep: null, conj: false },
          object: { ...place, prep: null },
          location: null,
          confidence: 0.45,
        });
    done.add(hit);
  }

  // "وكان في استقبال الرئيس X لدى وصوله الوزير Y والأمير Z"، "وكان في استقباله Y": those named after the guest
  // received the guest (the genitive, or who "ه" is), up to the next verb.
  for (const hit of hits) {
    if (hit.trigger.set.type !== "MET" || hit.trigger.entry.pos !== "noun" || done.has(hit)) continue;
    const word = tokens[hit.start]?.n ?? "";
    if (!/^استقبال(ه|ها)?$/.test(word) || tokens[hit.start - 1]?.n !== "في") continue;
    if (!/^[وف]?(كان|كانت)$/.test(tokens[hit.start - 2]?.n ?? "")) continue;
    const suffix = word !== "استقبال";
    const guest = suffix
      ? antecedent
        ? pseudo(antecedent, hit.start)
        : undefined
      : args.find((m) => m.start === skipGap(tokens, hit.end) && m.prep === null && m.place === null);
    if (!guest) continue;
    let end = suffix ? hit.end : guest.end;
    const verbAt = (k: number): boolean => isVerbTag(tokens[k]) && !args.some((m) => m.start <= k && k < m.end);
    while (end < tokens.length && !verbAt(end) && ![".", ":", "؛"].includes(tokens[end]?.n ?? "")) end++;
    const hosts = args.filter(
      (m) =>
        m.start >= (suffix ? hit.end : guest.end) &&
        m.end <= end &&
        m.prep === null &&
        m.place === null &&
        m.actorId !== guest.actorId,
    );
    for (const m of hosts)
      out.push({ hit, subject: { ...m, conj: false }, object: guest, location: null, confidence: 0.45 });
    if (hosts.length > 0) done.add(hit);
  }

  // "تعرضت إيران لهجوم إسرائيلي"، "تعرض الجيش لهجوم من قبل حزب الله": what undergoes an attack is the subject of
  // "تعرض"; its author is the nationality after the attack noun, or the actor after "من قبل".
  // So do sanctions, criticism and charges one is exposed to: "يتعرض للضغوط والعقوبات من جانب الولايات المتحدة".
  for (const hit of hits) {
    if (!UNDERGONE_TYPES.has(hit.trigger.set.type) || hit.trigger.entry.pos !== "noun") continue;
    // (Or coordinated with the noun that carries "لـ": "للضغوط والعقوبات".)
    const coordinated = /^و/.test(tokens[hit.start]?.n ?? "") && /^ل/.test(tokens[hit.start - 1]?.n ?? "");
    const lam = /^ل/.test(tokens[hit.start]?.n ?? "") || coordinated;
    const v = tokens.findIndex((t, k) => k < hit.start && k >= hit.start - 8 && (lam ? UNDERGOING : FACING).has(t.n));
    if (v < 0) continue;
    // (Named after the verb, or right before it and its auxiliaries: "إن السودان ظل يتعرض للعقوبات من جانب …".)
    let before = v;
    while (before > 0 && auxiliaryAt(tokens, before - 1)) before--;
    const undergoer =
      args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null && m.end <= hit.start) ??
      args.find((m) => m.end === before && m.prep === null && !m.conj && m.place === null && m.via !== "city");
    // The author after "من قبل"، "من جانب/طرف", or a bare "من" right after the act and its adjectives ("لانتقادات
    // حادة من جبهة الإنقاذ").
    let k = hit.end;
    const adjective = (t: Token | undefined): boolean =>
      !!t && !t.punct && (t.pos ? isAdjective(t) : !PREP_WORDS.has(t.n) && t.n !== "و");
    while (k < hit.end + 2 && adjective(tokens[k]) && !args.some((m) => m.start === k)) k++;
    const author =
      args.find((m) => m.start === hit.start && m.end > hit.end && m.via === "agent") ??
      args.find(
        (m) =>
          (m.prep === "من قبل" ||
            (m.prep === "من" && /^(جانب|طرف)$/.test(tokens[m.start]?.n ?? "")) ||
            (m.prep === "من" && (m.start === k || (tokens[k]?.n === "من" && m.start === k + 1)))) &&
          m.start >= hit.end &&
          m.start <= hit.end + 3,
      );
    if (!undergoer || !author || author.actorId === undergoer.actorId) continue;
    // The verb carries the clause's negation and doubt ("لم تتعرض"، "قد تتعرض"): the relation is read from it.
    const at = { ...hit, start: v, end: v + 1 };
    out.push({ hit: at, subject: { ...author, prep: null }, object: undergoer, location: null, confidence: 0.45 });
    done.add(hit);
  }

  // "اتصل بي العموري"، "التقى معنا وفد": the first-person object is the speaker, the subject follows.
  for (const hit of hits) {
    if (!params.speaker || hit.trigger.entry.pos !== "verb" || [...done].some((d) => d.start === hit.start)) continue;
    if (!FIRST_PERSON_OBJECTS.has(tokens[hit.end]?.n ?? "")) continue;
    const doer = args.find((m) => m.start === skipGap(tokens, hit.end + 1) && m.prep === null);
    if (doer && doer.actorId !== params.speaker) {
      out.push({ hit, subject: doer, object: pseudo(params.speaker, hit.end), location: null, confidence: 0.4 });
      done.add(hit);
    }
  }

  for (const hit of hits) {
    if ([...done].some((d) => d.start === hit.start)) continue;
    const entry = hit.trigger.entry;
    // A claimed act is the strict linker's alone: elsewhere the verbal noun is background ("منذ بدء قصف …").
    if (entry.governedBy || entry.passiveParticiple || entry.attributive || entry.mutual) continue;
    // So is an act done by the clause's subject when it only dates the clause: "وانتقدت فرنسا روسيا بعد تسليم
    // الأسلحة إلى سوريا" is no French delivery.
    if (entry.clauseSubject && ["بعد", "قبل", "عقب", "اثر", "منذ"].includes(tokens[hit.start - 1]?.n ?? "")) continue;
    const [cs, ce] = clauseAround({ tokens, mentions: params.mentions, at: hit.start });
    if (!lexicalConditionsHold({ tokens, hit, end: ce })) continue;
    const allowed = new Set([...hit.trigger.objectPreps]);
    // "عقب استقباله من قبل الرئيس": the passive's agent met him too.
    if (hit.trigger.set.type === "MET")
      for (const p of ["مع", "ب", ...(entry.pos === "noun" ? ["من قبل"] : [])]) allowed.add(p);
    // A verbal noun takes its object with لـ ("تهديده للرئيس"، "زيارته لإيران"); one with its agent as a pronoun
    // takes it directly too ("خلال لقائه المبعوث الأمريكي"، "استقباله وفدا من الكونغرس").
    if (entry.pos === "noun") allowed.add("ل");
    if (entry.pos === "noun" && hit.possessed) allowed.add("direct");
    let subject: Mention | undefined;
    // Further topics coordinated with the subject ("أما روسيا والصين فقد انتقدتا …"): they do it too.
    const mates: Mention[] = [];
    let after = hit.end;
    // A verb of delivery passed over between the goods and whom they reached (no act of its own).
    let delivery = -1;

    // "قال X إن على الحكومة أن تستقيل"، "يجب على إسرائيل وقف …": an obligation stated of the actor right after the
    // phrase, followed by what is owed ("أن" and a verb, "إما أن …", or a verbal noun). It is the speaker's demand:
    // the subject of the verb of saying before it, after or before that verb, or — when the verb names none ("وأضاف
    // أن على …") — the agreeing main actor of the sentence before.
    if (entry.speakerSubject || entry.predicate) {
      let objects: Mention[] = [];
      if (entry.predicate) {
        // "اعتبر المعلم أن تركيا مسؤولة عن …"، "إن روسيا وإيران شركاء في …": said of the actors right before it, the
        // subject of the clause after "أن/إن" (with nothing between: "غير مسؤولة" is no charge).
        // "قال إن قرار مرسي يمثل كارثة قانونية": said of an act, through a copula, it is said of the act's author.
        let k = hit.start;
        // (The judgement may be quoted: 'إن تصريحات كلينتون "غير مقبولة بالمرة"'.)
        if (/^["«“]$/.test(tokens[k - 1]?.n ?? "")) k--;
        if (COPULAS.has(tokens[k - 1]?.n ?? "")) k--;
        else {
          // "يمثل خطوة أولى مهمة على الطريق الصحيح": the judgement may end a short noun phrase after the copula.
          let j = k - 1;
          while (
            j > k - 5 &&
            !COPULAS.has(tokens[j]?.n ?? "") &&
            /^(DT)?(NN|JJ|ADJ)/.test(tokens[j]?.pos ?? "") &&
            !args.some((m) => m.start <= j && j < m.end)
          )
            j--;
          if (j < k - 1 && COPULAS.has(tokens[j]?.n ?? "")) k = j;
        }
        while (k > 0 && /^DTJJ/.test(tokens[k - 1]?.pos ?? "") && !args.some((m) => m.end === k)) k--;
        // (The act's target may stand between: "إن العقوبات الأوروبية على إيران غير قانونية" is said of the EU.)
        const target = args.find(
          (m) => m.end === k && m.prep !== null && ["علي", "ضد"].includes(m.prep) && tokens[m.start - 1]?.n === m.prep,
        );
        if (target && args.some((m) => m.end === target.start - 1 && m.prep === null)) k = target.start - 1;
        const byAct = args.find(
          (m) =>
            m.end === k &&
            m.prep === null &&
            m.place === null &&
            ACT_NOUNS.has(tokens[m.start - 1]?.n ?? "") &&
            COMPLEMENTIZERS.has(tokens[m.start - 2]?.n ?? ""),
        );
        // (Through a copula too: "إن الرئيس هو المسؤول عن المذابح".)
        const direct = args.find((m) => (m.end === hit.start || m.end === k) && m.prep === null && m.place === null);
        const last =
          direct && !(byAct && byAct.actorId === direct.actorId)
            ? direct
            : byAct
              ? { ...byAct, start: byAct.start - 1 }
              : undefined;
        if (last) {
          objects = [last];
          let first = last;
          // (A conjunction written apart, or before a quotation mark: 'روسيا وإيران و"حزب الله" شركاء'.)
          const apartConj = (m: Mention): Mention | undefined => {
            const between = (end: number): string[] => tokens.slice(end, m.start).map((t) => t.n);
            return args.find((x) => {
              const gap = between(x.end);
              return x.end < m.start && gap.length <= 2 && gap[0] === "و" && gap.slice(1).every((n) => n === '"');
            });
          };
          for (
            let prev = first.conj ? args.find((m) => m.end === first.start) : apartConj(first);
            prev && prev.prep === null;
          ) {
            objects.unshift(prev);
            first = prev;
            prev = first.conj ? args.find((m) => m.end === first.start) : apartConj(first);
          }
          // (A quotation may open between: 'قال إن "موفاز مسؤول عن الجرائم"'.)
          // (So may a title or honorific the name's mention leaves out: "إن الرئيس بشار الأسد شريك في …".)
          let q = /^["«“]$/.test(tokens[first.start - 1]?.n ?? "") ? first.start - 2 : first.start - 1;
          for (
            let j = 0;
            j < 3 && (TITLE_HEADS.has(tokens[q]?.n ?? "") || HONORIFIC_WORDS.has(tokens[q]?.n ?? ""));
            j++
          )
            q--;
          // … or what the actor does: "إن ما يقوم به النظام هو كارثة" is said of the regime.
          if (RESUMPTIVE.has(tokens[q]?.n ?? "") && tokens[q - 2]?.n === "ما" && /^[يت]/.test(tokens[q - 1]?.n ?? ""))
            q -= 3;
          const opener = tokens[q]?.n.replace(/^[وفبل]/, "") ?? "";
          if (!COMPLEMENTIZERS.has(opener) && !["ان", "انها", "انه"].includes(opener)) objects = [];
        }
        // "إن قرار رئيس الجمهورية بعودة مجلس الشعب يعد تحديا صارخا"، "أن دعوة ماكين لجعل الشمال منطقة عازلة هو
        // اعتداء": an act with its author opening the clause, and the act's own complement before the copula.
        if (objects.length === 0) {
          const far = actOpeningClause({ tokens, args, before: k });
          if (far) objects = [far];
        }
      } else {
        // A people ("على السوريين أن يقرروا") is a principle stated, not someone called on.
        const object = args.find((m) => m.start === hit.end && !m.conj && m.via !== "nisba" && m.via !== "nisbaPlural");
        const next = object ? tokens[object.end] : undefined;
        const owed =
          !!next &&
          (["ان", "اما"].includes(next.n) ||
            (/^(DT)?NN$/.test(next.pos ?? "") && !args.some((m) => m.start === object?.end)));
        if (object && owed) objects = [object];
      }
      // "لا تعني أنه يجب على الرئيس أن يتنحى": what is denied is said of no one.
      const from = objects[0]?.start ?? hit.start;
      // (Only within its clause: "ولا مصداقيته، مشيرا إلى أن …" denies nothing of what follows the comma.)
      const near = tokens.slice(Math.max(0, from - 6), from);
      // (Nor is "there is no doubt": "لا شك"، "لا مجال للشك في أن على الأسد …" affirms what follows.)
      const clause = near.slice(near.map((t) => t.punct).lastIndexOf(true) + 1);
      const denied = clause.some((t, j) => isNegator(t) && !DOUBT_WORDS.has(clause[j + 1]?.n ?? ""));
      if (objects.length === 0 || denied) continue;
      const speaker = speakerBefore(from) ?? statedBy(from);
      for (const object of objects)
        if (speaker && speaker.actorId !== object.actorId)
          out.push({ hit, subject: speaker, object, location: null, confidence: 0.45 });
      continue;
    }

    // "وأشارت إلى أنها …، مطالبة النائب العام بإصدار": after a comma, a participle's subject is the sentence's; when
    // the main verb names none ("وأشارت إلى"، "وقال إن"), it is the actor the verb's pronoun refers to, and the name
    // after the participle is its object. Named subjects are the strict linker's.
    // "… دعوته للأمم المتحدة. مثنيا على …": a participle opening a sentence continues the one before, whose
    // subject it agrees with.
    const form = tokens[hit.start]?.n ?? "";
    const gender: Gender | null = /ه$/.test(form) ? "f" : /ا$/.test(form) ? "m" : null;
    const agreeingAntecedent = gender && antecedent && reference?.genderOf(antecedent) === gender ? antecedent : null;
    const opening = hit.start === 0 && agreeingAntecedent !== null;
    const broken = participleBreak(tokens, hit.start);
    if (entry.circumstantial && (broken || opening || bareCircumstantial(tokens, hit.start))) {
      const inPhrase = (m: Mention): boolean =>
        PREPOSITIONS.has(tokens[m.start - 2]?.n.replace(/^[وف]/, "") ?? "") && !tokens[m.start - 1]?.punct;
      // "، مثنيا على ما يوليه الأمين العام": the act is named by its doer in a relative clause, which the strict
      // linker does not read; the participle's subject is the sentence's first named actor, as there.
      const first =
        opening && agreeingAntecedent
          ? pseudo(agreeingAntecedent, 0)
          : args.find((m) => m.end <= hit.start && m.prep === null && !inPhrase(m));
      // Without the comma, only a subject standing as one (by its verb) is the participle's.
      if (first && !broken && !opening && !standsAsSubject(tokens, first)) continue;
      const act = ACT_TYPES.has(hit.trigger.set.type)
        ? authorOfAct({ tokens, args, from: skipGap(tokens, hit.end), end: ce })
        : undefined;
      if (first && act && allowed.has(act.prep ?? "direct") && act.mention.actorId !== first.actorId) {
        out.push({ hit, subject: first, object: { ...act.mention, prep: act.prep }, location: null, confidence: 0.45 });
        continue;
      }
      const put =
        hit.trigger.set.type === "THREATENED"
          ? conditionPutTo({ tokens, args, at: skipGap(tokens, hit.end) })
          : undefined;
      if (first && put && put.actorId !== first.actorId) {
        out.push({ hit, subject: first, object: put, location: null, confidence: 0.45 });
        continue;
      }
      const mainVerb = tokens.findIndex((t) => isVerbTag(t));
      const dropped = mainVerb >= 0 && mainVerb < hit.start && DROPPED_SUBJECT_NEXT.has(tokens[mainVerb + 1]?.n ?? "");
      if (!(dropped && !first) && !opening) continue;
      const object = args.find((m) => m.start === skipGap(tokens, hit.end) && m.start < ce && prepOk(m, allowed));
      if (!object) continue;
      const id = agreeingAntecedent;
      if (id && id !== object.actorId)
        out.push({ hit, subject: pseudo(id, hit.start), object, location: null, confidence: 0.4 });
      continue;
    }

    // (Only a past verb: "في زيارة خاطفة، يلتقي خلالها الملك" is the programme of a visit still to come.)
    if (
      entry.pos === "verb" &&
      /^خلال(ها|ه)$/.test(tokens[hit.end]?.n ?? "") &&
      !/^[وف]?[يت]/.test(tokens[hit.start]?.n ?? "")
    ) {
      // "قام X بزيارة إلى الرياض التقى خلالها الملك": a verb during the visit (the pronoun) is the visitor's, the
      // sentence's first named person, and the name after it its object. (Not in a relative clause: "رحلة موسكو التي
      // التقى خلالها الرئيس" says nothing of who travelled.)
      const visitor = RELATIVE_PRONOUNS.has(tokens[hit.start - 1]?.n ?? "")
        ? undefined
        : args.find(
            (m) => m.end <= hit.start && m.prep === null && m.place === null && !!reference?.isPerson(m.actorId),
          );
      const met = args.find(
        (m) => [hit.end + 1, skipGap(tokens, hit.end + 1)].includes(m.start) && m.prep === null && m.start < ce,
      );
      if (visitor && met && visitor.actorId !== met.actorId)
        out.push({ hit, subject: visitor, object: met, location: null, confidence: 0.45 });
      continue;
    }
    if (entry.pos === "verb") {
      // VSO: the first bare mention after the verb, with at most a short phrase in between and no other verb.
      // "قال باراك إنه التقى نظيره": after a pronoun subject, the mention that follows the verb is its object.
      const pronoun = PRONOUN_SUBJECTS.has(tokens[hit.start - 1]?.n ?? "");
      // After a relative pronoun ("الهجوم الذي استهدف السفارة") the verb's subject is the noun before it: what
      // follows the verb is its object.
      const rel = relativeSlot(tokens, hit.start);
      const relative = RELATIVE_PRONOUNS.has(tokens[rel]?.n ?? "");
      const at = skipGap(tokens, hit.end);
      // "أما وزيرة الخارجية كلينتون، فقد أشادت بـ…"، "أما روسيا فانتقدت تركيا": the topic of "أما" is the subject of
      // what follows "ف", and the name after the verb its object.
      // Coordinated topics share the verb: "أما النائبة نانسي بيلوسي والسناتور تشاك شومر فقد انتقدا ترامب".
      const topicEnd = (x: Mention): number => {
        let end = x.end;
        for (let c = args.find((y) => y.start === end && y.conj); c; c = args.find((y) => y.start === end && y.conj))
          end = c.end;
        return end;
      };
      const topic = args.find(
        (x) =>
          ["اما", "واما"].includes(tokens[x.start - 1]?.n ?? "") &&
          x.prep === null &&
          topicEnd(x) <= hit.start &&
          hit.start - topicEnd(x) <= 3 &&
          /^ف/.test(tokens.slice(topicEnd(x), hit.start + 1).find((t) => t.n !== "،" && t.n !== ",")?.n ?? "") &&
          tokens.slice(topicEnd(x), hit.start).every((t) => ["،", ",", "فقد", "فانه", "فانها"].includes(t.n)),
      );
      // "وكان الرئيس اليمني قد التقى X": a subject opening the clause (after كان) before "قد" + verb is the subject,
      // and the name after the verb its object.
      const fronted = args.find(
        (x) =>
          x.prep === null &&
          x.end < hit.start &&
          (x.start === cs || KANA.has(tokens[x.start - 1]?.n ?? "")) &&
          // An appositive role may follow the name: "وكان محمد البرادعي المرشح السابق للانتخابات انتقد".
          [x.end, skipApposition(tokens, x.end)].some(
            (from) => from <= hit.start && svoGap(tokens.slice(from, hit.start).map((t) => t.n)),
          ),
      );
      if (fronted && !pronoun && !relative && !topic) subject = fronted;
      const m = pronoun || relative || topic || fronted ? undefined : args.find((x) => x.start === at && x.start < ce);
      if (topic) {
        subject = topic;
        for (
          let c = args.find((y) => y.start === topic.end && y.conj);
          c;
          c = args.find((y) => y.start === c?.end && y.conj)
        )
          mates.push(c);
      }
      // A feminine verb does not agree with a man named after it: "فالتقت رئيس المجلس المشير طنطاوي" has her (the
      // subject dropped) meeting him.
      // Only a verb continuing a statement ("فالتقت"، "والتقت"): "وإذاعة تيران شكرت القذافي" names its subject before.
      const herVerb = hit.conj && /^[وف]\S{3,}ت$/.test(tokens[hit.start]?.n ?? "") && tokens[hit.start]?.pos === "VBD";
      const him =
        !!m && m.prep === null && !m.conj && reference?.genderOf(m.actorId) === "m" && reference.isPerson(m.actorId);
      if (herVerb && him && m) {
        const her = agreeing(hit.start, "f", undefined);
        if (her && her.actorId !== m.actorId)
          out.push({ hit, subject: her, object: m, location: null, confidence: 0.45 });
        continue;
      }
      // A people named in the accusative right after a verb continuing a statement ("ودعت السوريين جميعا إلى …"; the
      // subject would be "السوريون") is its object, the subject dropped.
      const accusative =
        hit.conj &&
        !!m &&
        m.prep === null &&
        !m.conj &&
        (m.via === "nisba" || m.via === "nisbaPlural") &&
        /ين$/.test(tokens[m.start]?.n ?? "") &&
        /^VB[DP]$/.test(tokens[hit.start]?.pos ?? "");
      if (accusative && m) {
        const gender: Gender = /ت$/.test(tokens[hit.start]?.n ?? "") ? "f" : "m";
        const doer = agreeing(hit.start, gender, undefined);
        if (doer && doer.actorId !== m.actorId)
          out.push({ hit, subject: doer, object: m, location: null, confidence: 0.4 });
        continue;
      }
      // … nor a masculine one with a body whose head is feminine or a feminine plural named after it: "وحمل الجهات
      // المصرية المسؤولية"، "واتهم حركة 6 أبريل بـ…" have him (the subject dropped) acting on the body.
      // (The tagger may call the verb a noun or a name: "ودعا/NN الجامعة العربية"، "وانتقد/NNP روسيا".)
      // (Or after "كما", which goes on with the statement before: "كما انتقد روسيا والصين".)
      const alsoVerb = ["كما", "وكما"].includes(tokens[hit.start - 1]?.n ?? "") && hit.start <= 1;
      const hisVerb =
        ((hit.conj && /^[وف]\S{2,}[^ت]$/.test(tokens[hit.start]?.n ?? "")) ||
          (alsoVerb && /^\S{3,}[^ت]$/.test(tokens[hit.start]?.n ?? "") && !/^ت/.test(tokens[hit.start]?.n ?? ""))) &&
        /^(VB[DP]|NNP?)$/.test(tokens[hit.start]?.pos ?? "");
      const femBody =
        !!m &&
        m.prep === null &&
        !m.conj &&
        // (Not the issuer of a statement that is the subject: "ودعا بيان كتلة المعارضة الشعب إلى …".)
        !STATEMENT_NOUNS.has(tokens[m.start - 1]?.n ?? "") &&
        !reference?.isPerson(m.actorId) &&
        (FEMININE_HEAD.test(tokens[m.start]?.n ?? "") ||
          // … any body named by a feminine head as written: "الجامعة العربية"، "المنظمة الدولية".
          (m.via !== "nisba" && m.via !== "title" && m.via !== "agent" && feminineAsWritten(tokens[m.start])) ||
          // … or a state named by its name or capital that Arabic treats as feminine: "ودعا طهران إلى …".
          ((m.via === "name" || m.via === "capital") && reference?.genderOf(m.actorId) === "f"));
      if (hisVerb && femBody && m && !/وا$/.test(tokens[hit.start]?.n ?? "")) {
        // Only the speaker of the sentence before is safe to name: "he" may be an unnamed source ("وبين المصدر").
        const last = params.lastSpeaker;
        // (After a verb the tagger called a noun, only a person: a body named back by its head may be misread.)
        const tagged = /^VB/.test(tokens[hit.start]?.pos ?? "");
        if (last && last !== m.actorId && reference?.genderOf(last) === "m" && (tagged || reference.isPerson(last))) {
          out.push({ hit, subject: pseudo(last, hit.start), object: m, location: null, confidence: 0.4 });
          continue;
        }
        // (A verb the tagger called a noun, with nobody to speak, is read as any other.)
        if (tagged) continue;
      }
      // An act named with its author's nationality right after a verb continuing a statement ("وأدانت بشدة الهجوم
      // الإسرائيلي على غزة") is its object: the subject is dropped, whoever the verb agrees with.
      const actByNisba = hit.conj && !!m && m.prep === null && !m.conj && namedByAct(tokens, m);
      if (actByNisba && m) {
        const doer = agreeing(hit.start, /ت$/.test(tokens[hit.start]?.n ?? "") ? "f" : "m", undefined);
        if (doer && doer.actorId !== m.actorId && allowed.has("direct"))
          out.push({ hit, subject: doer, object: m, location: null, confidence: 0.4 });
        continue;
      }
      if (m && m.prep === null && !m.conj) subject = m;
      // Object first, then the subject: "اتصل بطه أشخاص من مجموعة X" (a short prepositional object fronted).
      if (m && m.prep !== null && prepOk(m, allowed) && m.end - m.start <= 2) {
        const late = args.find((x) => x.start === skipGap(tokens, m.end) && x.prep === null && !x.conj && x.start < ce);
        if (late && late.actorId !== m.actorId) {
          out.push({ hit, subject: late, object: m, location: null, confidence: 0.45 });
          continue;
        }
      }
      // An appositive title after the subject ("أحمد مكي نائب رئيس محكمة النقض") stands before the object.
      // (Two in a row: "X النائب في المجلس التشريعي عضو المجلس الثوري في حركة فتح".)
      if (subject && !topic && !fronted) {
        // (The next one only where no name starts: a title opening the object's name is no apposition; a title alone
        // may be one, "عضو المجلس الثوري في حركة فتح".)
        const more = (): void => {
          for (
            let next = skipApposition(tokens, after);
            next > after && !args.some((m) => m.start === after && m.via !== "title");
            next = skipApposition(tokens, after)
          )
            after = next;
        };
        after = skipApposition(tokens, subject.end);
        more();
        // A participle relating the subject to another body stands aside too: "رفضت حركة «وفاء» المنشقة عن حزب
        // المؤتمر دعوة …"، "انتقدت الصحيفة المقربة من الحكومة …" (then maybe a title: "الشريك في الائتلاف").
        const aside = relatingParticiple({ tokens, args, from: after });
        if (aside > after) {
          after = aside;
          more();
        }
      }
      if (!subject) {
        const prev = tokens[hit.start - 1]?.n ?? "";
        if (PRONOUN_SUBJECTS.has(prev)) {
          const speaker = speakerBefore(hit.start - 1);
          subject = speaker === null ? undefined : agreeing(hit.start - 1, pronounGender(prev), speaker);
        } else {
          // SVO: a bare mention ending right before the verb (a negation or "قد" may stand between).
          subject = [...args].reverse().find(
            (m) =>
              m.end <= hit.start &&
              m.end >= hit.start - 2 &&
              m.start >= cs &&
              m.prep === null &&
              // Nor the one who says it: "وأضاف X قد يرفض المجلس …" (a quotation without its colon).
              !SAYING.has(tokens[m.start - 1]?.n ?? "") &&
              // Nor the object of a verb before it: "يدفع النظام السوري ويتمنى عليه" (a coordinated verb shares the
              // earlier subject).
              !(hit.conj && isVerbTag(tokens[m.start - 1])) &&
              // Nor the genitive of a noun inside a prepositional phrase: "من مؤسستي الجيش والأمن طالبوا".
              !(firstConjunct(m, args).start - 2 >= cs && genitiveInPhrase(tokens, firstConjunct(m, args).start)) &&
              // Only a negation or "قد" between: ", فيما طالب" starts another clause.
              svoGap(tokens.slice(m.end, hit.start).map((t) => t.n)),
          );

          // A relative clause: "الذي زار القاهرة" is said of the noun before "الذي".
          if (!subject) {
            const r = relativeSlot(tokens, hit.start);
            if (RELATIVE_PRONOUNS.has(tokens[r]?.n ?? "")) {
              let end = antecedentEnd(tokens, r);
              // A cleft: "وزيرة الخارجية هي التي تفاوضت مع …" (the pronoun restates the noun before it).
              if (["هو", "هي", "هم"].includes(tokens[end - 1]?.n ?? "")) end--;
              subject = args.find((m) => m.end === end && m.prep === null);
              // Said of a predicate noun, it is said of the subject: 'إن المملكة هي "البلد الوحيد الذي يقدم
              // مساعدات إلى مصر"' (a short noun phrase, after the pronoun or "كان" that restates the subject).
              if (!subject) {
                let q = end - 1;
                while (q > end - 4 && q > 0 && !args.some((m) => q >= m.start && q < m.end) && nounLike(tokens[q])) q--;
                const copula = ["هو", "هي", "هم", "كان", "كانت"].includes(tokens[q]?.n ?? "");
                if (q < end - 1 && copula)
                  subject = args.find((m) => m.end === q && m.prep === null && m.place === null);
              }
              // "سببت إزعاجا لإيران، التي انتقدت …": a noun after a preposition is the clause's subject too, when
              // the relative pronoun agrees with it (else it is said of the noun before: "الهجوم على السفارة الذي").
              const governed = args.find((m) => m.end === end && m.prep !== null);
              const gender = tokens[r]?.n === "التي" ? "f" : tokens[r]?.n === "الذي" ? "m" : null;
              if (!subject && governed && gender && reference?.genderOf(governed.actorId) === gender)
                subject = { ...governed, prep: null };
              // "المجلس الذي ألغى الرئيس مرسي قراره": a name right after the verb with the act it governs carrying
              // the relative's pronoun is the clause's own subject; the noun before "الذي" is what it acts on.
              const own = args.find((m) => m.start === skipGap(tokens, hit.end) && m.prep === null && !m.conj);
              const resumed =
                !!own &&
                tokens
                  .slice(own.end, Math.min(ce, own.end + 3))
                  .some(
                    (t) => /(ه|ها)$/.test(t.n) && hit.trigger.requires.some((w) => t.n.replace(/(ه|ها)$/, "") === w),
                  );
              if (subject && own && resumed && own.actorId !== subject.actorId) {
                out.push({ hit, subject: own, object: subject, location: null, confidence: 0.45 });
                continue;
              }
            }
          }
          // "خرج أحمد رمضان … واتهم قوات الأمن": a coordinated verb shares the subject of the verb before it.
          // "وانتقد الوزير ما قامت به إسرائيل": a title after the verb that names no actor is its subject, someone we
          // cannot name — never the previous verb's or sentence's.
          const after = skipGap(tokens, hit.end);
          // (So is a definite noun after a verb that takes no direct object: "وتواصل التحقيق مع حركة النهضة" —
          // the inquiry went on.)
          const nounSubject =
            !hit.trigger.objectPreps.has("direct") &&
            /^ال\S{3,}/.test(tokens[after]?.n ?? "") &&
            (!tokens[after]?.pos || /^DTNN/.test(tokens[after]?.pos ?? ""));
          const untitled =
            !!tokens[after] &&
            (TITLE_HEADS.has(tokens[after]?.n ?? "") || nounSubject) &&
            !args.some((m) => m.start === after);
          const shared = !subject && hit.conj && !untitled ? sharedSubject(hit.start) : undefined;
          if (shared === null) continue;
          if (!subject && hit.conj && !untitled) subject = shared;
          // (Only one the verb agrees with: "وأشاد بجهود المعارضة" after a sentence about Syria is a man's praise.)
          const agrees =
            !!antecedent && (!reference || verbAgrees(tokens[hit.start]?.n ?? "", reference.genderOf(antecedent)));
          if (!subject && hit.conj && !untitled && antecedent && agrees) subject = pseudo(antecedent, hit.start);
        }
      }
    } else {
      // A verbal noun: its genitive is the agent, its pronoun suffix or a light verb points to the clause subject.
      // A definite noun has no genitive ("وزير الاتصالات نقولا …" is a title, not a call by Nicolas).
      const definite = /^[وف]?[بلك]?(ال|لل)/.test(tokens[hit.start]?.n ?? "");
      // An honorific may stand before the genitive: "في استقبال الأخ الرئيس".
      const genAt = HONORIFIC_WORDS.has(tokens[hit.end]?.n ?? "") ? hit.end + 1 : hit.end;
      const gen = definite ? undefined : args.find((m) => m.start === genAt && m.prep === null);
      const lightBefore = tokens.slice(Math.max(cs, hit.start - 4), hit.start).some((t) => LIGHT_VERBS.has(t.n));
      // "تبنت الحكومة التركية سياسة …، ووفرت الدعم للمعارضة": a coordinated light verb right before the noun, its
      // subject dropped, shares the subject of the verb before it.
      // So does one after "حيث" ("زار وفد من حماس القاهرة حيث أجرى محادثات مع …").
      const before1 = tokens[hit.start - 1]?.n ?? "";
      // (A word of the phrase may stand between: "، ولعبت دور الوسيط بين …"، "وأجرت سلسلة من المحادثات مع …".)
      const lightAt = [1, 2, 3].find((d) => {
        const w = tokens[hit.start - d]?.n ?? "";
        return (
          /^[وف]/.test(w) &&
          LIGHT_VERBS.has(w.slice(1)) &&
          tokens.slice(hit.start - d + 1, hit.start).every((t) => !t.punct && !isVerbTag(t)) &&
          !args.some((m) => m.start > hit.start - d && m.start < hit.start)
        );
      });
      const conjLight =
        !hit.possessed && (lightAt !== undefined || (LIGHT_VERBS.has(before1) && tokens[hit.start - 2]?.n === "حيث"));
      // "… تركيا. ولعبت دور الوسيط بين سوريا وإسرائيل"، "وأجرت محادثات مع …": a light verb opening the sentence,
      // with no one named before the noun, goes on with the sentence before's subject (when it agrees with it).
      const opener = tokens[0]?.n ?? "";
      const openLight =
        !hit.possessed &&
        hit.start <= 4 &&
        /^[وف]/.test(opener) &&
        LIGHT_VERBS.has(opener.slice(1)) &&
        !args.some((m) => m.start > 0 && m.end <= hit.start) &&
        tokens.slice(1, hit.start).every((t) => !t.punct && !isVerbTag(t)) &&
        !!antecedent &&
        (!reference || verbAgrees(opener, reference.genderOf(antecedent)));
      // "حادث إسقاط الطائرة التركية من قبل سوريا"، "انتقاد الوزير من قبل المعارضة": "من قبل" names the doer of the
      // act in the passive; its genitive is then what undergoes it.
      const byAgent =
        gen && !hit.possessed ? args.find((m) => m.start === gen.end + 2 && m.prep === "من قبل") : undefined;
      if (gen && byAgent && tokens[gen.end]?.n === "من" && gen.actorId !== byAgent.actorId) {
        out.push({ hit, subject: byAgent, object: gen, location: null, confidence: 0.5 });
        done.add(hit);
        continue;
      }
      // "إطلاق 39 صاروخا على إسرائيل من قبل العراق"، "الهجوم على السفارة من قبل تنظيم القاعدة": an attack, its
      // target after "على" (past what was fired), then its doer after "من قبل" or "على يد".
      if (!gen && !hit.possessed && hit.trigger.set.type === "ATTACKED") {
        const target = args.find(
          (m) =>
            (m.prep === "علي" || m.prep === "ضد") &&
            m.start > hit.end &&
            m.start <= hit.end + 7 &&
            m.start < ce &&
            tokens.slice(hit.end, m.start - 1).every((t) => !t.punct && !isVerbTag(t)),
        );
        const doer = target ? args.find((m) => m.start === target.end + 2 && m.prep === "من قبل") : undefined;
        if (target && doer && target.actorId !== doer.actorId) {
          out.push({ hit, subject: doer, object: { ...target, prep: null }, location: null, confidence: 0.5 });
          done.add(hit);
          continue;
        }
      }
      if (entry.genitiveIsObject) continue;
      // "دعوته": the invitation's possessor may be the inviter or the invitee.
      if (hit.possessed && hit.trigger.set.type === "INVITED") continue;
      const verbBefore = [1, 2].some((d) => isVerbTag(tokens[hit.start - d])) || tokens[hit.start - 1]?.n === "الي";
      const agent = !hit.possessed && !lightBefore && verbBefore ? clauseSubject(hit.start, cs) : undefined;
      // "اختتم مدير الوكالة زيارة لإيران": verb, its subject, then the verbal noun as its object.
      // (A word of time may stand between: "ويقوم الرئيس التركي حاليا بزيارة إلى مصر".)
      const gapped = PREDICATE_TIME.has(tokens[hit.start - 1]?.n ?? "") ? 1 : 0;
      const before = args.find((m) => m.end === hit.start - gapped && m.prep === null);
      const verbSubject = before && isVerbTag(tokens[before.start - 1]) && !hit.possessed ? before : undefined;
      // "قال هيج خلال زيارة لليتوانيا": a noun in a frame belongs to the subject of the clause's verb.
      // (So does the first visit of the subject's tour: "استهل فابيوس جولته في المنطقة بزيارة إلى بيروت".)
      const toured =
        hit.trigger.set.type === "MET" &&
        /^[وف]?ب/.test(tokens[hit.start]?.n ?? "") &&
        tokens.slice(Math.max(cs, hit.start - 4), hit.start).some((t) => /^(جولت|رحلت)(ه|ها)$/.test(t.n));
      const framed = (FRAME_WORDS.has(tokens[hit.start - 1]?.n ?? "") || toured) && !gen && !hit.possessed;
      // "عقدت محادثات بين X وY"، "مباحثات بين X وY أجريت": talks held between the two, when a past verb says they
      // were held and nothing negates it ("لم تستضف أي محادثات بين …" is no meeting, "لاستضافة محادثات" not yet one).
      const pair = hit.trigger.set.type === "MET" ? betweenPair(hit.end) : undefined;
      if (pair) {
        const near = (from: number, to: number): Token[] => tokens.slice(Math.max(cs, from), Math.min(ce, to));
        // A past verb: by its tag, or a known verb without the imperfect prefix ("استضافت"، not "وتستضيف").
        const past = (t: Token): boolean =>
          t.pos ? t.pos === "VBD" || t.pos === "VBN" : isVerbTag(t) && !/^[وف]?[يتن]/.test(t.n);
        const verbsBefore = hits
          .filter((h) => h.start >= hit.start - 2 && h.start < hit.start)
          .map((h) => tokens[h.start]);
        // "لقاء جرى بين X وY": the verb may stand between the noun and "بين" too.
        const held = [
          ...near(hit.start - 2, hit.start),
          ...near(hit.end, pair[0].start),
          ...near(pair[1].end, pair[1].end + 3),
        ].some((t) => past(t) || (!t.pos && verbsBefore.includes(t) && !/^[وف]?[يتن]/.test(t.n)));
        const negated = near(hit.start - 3, hit.start).some((t) => NEGATORS.has(t.n));
        if (held && !negated) out.push({ hit, subject: pair[0], object: pair[1], location: null, confidence: 0.45 });
        continue;
      }
      // "الاتصالات أجراها جاد الله مع طارق البشري": the talks that X held with Y (a light verb with the noun's pronoun).
      const held = tokens[hit.end];
      if (hit.trigger.set.type === "MET" && held && /^[وف]?(اجرا|عقد|اجر)(ها|ه)$/.test(held.n.replace(/[أإآ]/g, "ا"))) {
        const doer = args.find((m) => m.start === skipGap(tokens, hit.end + 1) && m.prep === null);
        const partner = doer && partnerAfterWith({ tokens, args, from: doer.end, end: ce });
        if (doer && partner && partner.actorId !== doer.actorId)
          out.push({ hit, subject: doer, object: partner, location: null, confidence: 0.45 });
        continue;
      }
      // "الغارات الإسرائيلية على غزة"، "العقوبات الأميركية على سوريا": a nationality after the act is its agent.
      // (An attack's genitive may be its author too, when its target follows: "غارات حلف الناتو على ليبيا".)
      const nisba =
        (!gen || (entry.nationalAgent && hit.trigger.set.type === "ATTACKED")) &&
        !hit.possessed &&
        NISBA_AGENT_TYPES.has(hit.trigger.set.type)
          ? nisbaAgent(hit)
          : undefined;
      // "الحظر الذي فرضه الاتحاد الأوروبي على …"، "الدعم الذي تقدمه تركيا إلى …": the act's author is the subject of
      // a relative clause whose verb carries the act as its object pronoun; the object follows the author.
      // (An indefinite act's clause has no relative pronoun: "مذكرة اعتقال أصدرتها المحكمة ضد …".)
      const bare =
        !definite &&
        entry.nationalAgent &&
        (isVerbTag(tokens[hit.end]) || CARRY_OUT_SUFFIXED.has(tokens[hit.end]?.n ?? ""));
      const namedAuthor =
        !gen && !hit.possessed && (definite || bare)
          ? relativeClauseAuthor({ tokens, args, at: bare ? hit.end - 1 : hit.end, bare })
          : undefined;
      const unnamed = !namedAuthor && !gen && !hit.possessed && definite ? unnamedAuthor(hit.end) : undefined;
      const author = namedAuthor ?? unnamed;
      // Only the definite act is a particular one: "في قصف إسرائيلي لإيران" is any strike, maybe none.
      // (Annexed to its definite means, "إسقاط الدفاعات السورية"، "قصف قواته", the act is a particular one too.)
      const annexed = !!nisba && (nisba.start > hit.end || (nisba.via === "agent" && nisba.start === hit.end));
      // A named genitive acting on what a state owns is a particular act too: "لإسقاط سوريا لمقاتلة تركية".
      const namedAgent =
        !!gen && !hit.possessed && args.some((m) => m.start === gen.end && m.prep === "ل" && m.via === "agent");
      if (entry.nationalAgent && !author && !namedAgent && (!nisba || !(definite || annexed))) continue;
      // "استمرار روسيا في إرسال الأسلحة إلى …"، "إصرار موسكو على دعم النظام": an aspect noun's genitive does the act.
      const persisting =
        !hit.possessed && ["في", "علي"].includes(tokens[hit.start - 1]?.n ?? "")
          ? args.find(
              (m) =>
                m.end === hit.start - 1 &&
                m.prep === null &&
                ASPECT_NOUNS.has((tokens[m.start - 1]?.n ?? "").replace(/^[وف]?[بل]?/, "")),
            )
          : undefined;
      // "أكدت الجماعة على دعم الشاطر"، "اتفقت تركيا وقطر على دعم الجيش الحر": a verb of commitment, its subject, then
      // the act after "على"; the act's genitive is its object.
      const committedFirst =
        !hit.possessed && !persisting && tokens[hit.start - 1]?.n === "علي"
          ? args.find((m) => m.end === hit.start - 1 && m.prep === null && m.place === null)
          : undefined;
      // (Or a statement's owner: "وأكدت التصريحات الرسمية للجماعة على دعم الشاطر".)
      const owned =
        !hit.possessed && !persisting && !committedFirst && tokens[hit.start - 1]?.n === "علي"
          ? args.find((m) => m.end === hit.start - 1 && m.prep === "ل" && !m.conj && m.place === null)
          : undefined;
      let said = owned ? owned.start - 1 : -1;
      while (owned && said > owned.start - 3 && /^DTJJ/.test(tokens[said]?.pos ?? "")) said--;
      const saidWord = tokens[said]?.n ?? "";
      const statement =
        owned &&
        /^ال/.test(saidWord) &&
        (STATEMENT_NOUNS.has(saidWord.slice(2)) || SPEECH_NOUNS.has(saidWord.slice(2)));
      const committedHead = committedFirst ? firstConjunct(committedFirst, args) : statement ? owned : undefined;
      const verbAt = statement ? said - 1 : (committedHead?.start ?? 0) - 1;
      const committed =
        committedHead && COMMITTING.has((tokens[verbAt]?.n ?? "").replace(/^[وف]/, ""))
          ? { ...committedHead, prep: null }
          : undefined;
      if (committed) {
        subject = committed;
        after = hit.end;
        for (let m = committedFirst; m && m !== committedHead; m = args.find((x) => x.end === m!.start)) mates.push(m);
        if (args.some((m) => m.start === hit.end && m.prep === null && !m.conj)) allowed.add("direct");
      } else if (persisting) {
        subject = persisting;
        after = hit.end;
        // The act's own object right after it, as after its verb: "إصرار روسيا على دعم الرئيس الأسد".
        if (args.some((m) => m.start === hit.end && m.prep === null && !m.conj)) allowed.add("direct");
      } else if (author) {
        subject = author;
        after = author.end;
        // (After an auxiliary the author stands before the verb carrying the act: "الذي ظلت قطر تقدمه للسودان".)
        if (author !== unnamed && auxiliaryAt(tokens, author.start - 1)) after++;
      } else if (nisba) {
        subject = nisba;
        after = nisba.end;
        // "الغزو الأميركي البريطاني"، "الغارات الأمريكية والبريطانية": more nationalities right after it share the act.
        while (hit.trigger.set.type === "ATTACKED") {
          const word = tokens[after]?.n ?? "";
          const id = params.nisbaOf?.(word) ?? (/^و/.test(word) ? params.nisbaOf?.(word.slice(1)) : null);
          if (!id) break;
          if (id !== nisba.actorId) mates.push({ ...pseudo(id, after), via: "nisba" });
          after++;
        }
        // (Weapons "against" what they destroy: "الأسلحة الروسية المضادة للطائرات".)
        if (/^المضاد/.test(tokens[after]?.n ?? "") && /^لل/.test(tokens[after + 1]?.n ?? "")) after += 2;
        // Past the act's other adjectives: "انتقاد روسي واضح لبشار الأسد".
        while (
          after < nisba.end + 2 &&
          /^(DT)?JJ/.test(tokens[after]?.pos ?? "") &&
          !args.some((m) => m.start === after)
        )
          after++;
        // "الأسلحة الروسية التي سلمت لسوريا": goods, then a clause of their delivery naming no one, then whom they reached.
        if (
          hit.trigger.set.type === "SUPPLIED" &&
          RELATIVE_PRONOUNS.has(tokens[after]?.n ?? "") &&
          DELIVERED.has(tokens[after + 1]?.n ?? "") &&
          args.some(
            (m) =>
              (m.start === after + 2 && (m.prep === "ل" || m.prep === "الي")) ||
              (m.start === after + 3 && tokens[after + 2]?.n === "الي"),
          )
        ) {
          delivery = after + 1;
          after += 2;
        }
      } else if (verbSubject && !gen) {
        subject = verbSubject;
        // "لم يكتف النظام بانتقاد موقف أنان"، "واصلت إسرائيل قصف غزة": a verb that only carries the act (goes on
        // with it, repeats it, contents itself with it) leaves its singular verbal noun the genitive it acts on.
        const carrier = (tokens[verbSubject.start - 1]?.n ?? "").replace(/^[وف]/, "");
        // "رفضت إيران اتهام إسرائيل لها": a refused act is its genitive's, not the refuser's (REJECTED codes it).
        if (REFUSAL.has(carrier) && OBJECT_GENITIVE.has(hit.trigger.set.type)) continue;
        if (
          (CONTENT_VERBS.has(carrier) || ASPECT_VERBS.has(carrier)) &&
          OBJECT_GENITIVE.has(hit.trigger.set.type) &&
          !/ات$/.test(tokens[hit.start]?.n ?? "")
        )
          allowed.add("direct");
      } else if (framed) {
        subject = clauseSubject(hit.start - 1, 0) ?? speakerBefore(hit.start) ?? undefined;
        // Subjects coordinated with it take part too: "شاركت مصر والأردن والإمارات في اجتماع مع …".
        if (subject) mates.push(...conjunctsAfter(args, subject));
      } else if (
        gen &&
        agent &&
        // Only the verbal noun itself takes its object as genitive; a plural ("اتهامات المغرب") is someone's acts.
        !/ات$/.test(tokens[hit.start]?.n ?? "") &&
        OBJECT_GENITIVE.has(hit.trigger.set.type) &&
        gen.actorId !== agent.actorId &&
        // "ترفض دعوة عباس لإجراء انتخابات"، "رفضت إيران اتهام إسرائيل": a call or charge refused is the genitive's own,
        // not the refuser's.
        ![1, 2].some((d) => REFUSAL.has((tokens[hit.start - d]?.n ?? "").replace(/^[وف]/, "")))
      ) {
        // "سارع إلى اتهام الحكومة": the genitive undergoes the act; the clause's subject does it.
        subject = agent;
        after = hit.end;
        allowed.add("direct");
      } else if (
        gen &&
        verbSubject &&
        OBJECT_GENITIVE.has(hit.trigger.set.type) &&
        // (A refusal's genitive is who refuses: "جدد السفير رفض بلاده للتدخلات"; so is one's own country.)
        hit.trigger.set.type !== "REJECTED" &&
        !/^[وفبل]?بلاد/.test(tokens[gen.start]?.n ?? "") &&
        !/ات$/.test(tokens[hit.start]?.n ?? "") &&
        gen.actorId !== verbSubject.actorId &&
        [CONTENT_VERBS, ASPECT_VERBS].some((v) => v.has((tokens[verbSubject.start - 1]?.n ?? "").replace(/^[وف]/, "")))
      ) {
        // "وجدد الأمين العام مطالبة الحكومة السورية بوقف العنف": a verb that only carries the act, its subject named
        // after it; the genitive undergoes the act.
        subject = verbSubject;
        after = hit.end;
        allowed.add("direct");
      } else if (
        gen &&
        conjLight &&
        OBJECT_GENITIVE.has(hit.trigger.set.type) &&
        !/ات$/.test(tokens[hit.start]?.n ?? "")
      ) {
        // "…، وجدد مطالبة الحكومة السورية بـ": after a coordinated light verb, the genitive undergoes the act and the
        // subject the verbs share does it.
        // A sentence that opens with it ("وجدد مطالبة الحكومة السورية …") continues the previous one's subject.
        const opens = hit.start === 1 && antecedent ? pseudo(antecedent, hit.start) : undefined;
        const shared = sharedSubject(hit.start - 1) ?? opens;
        if (!shared || shared.start < hit.start - 14 || shared.actorId === gen.actorId) continue;
        subject = shared;
        after = hit.end;
        allowed.add("direct");
      } else if (gen && !hit.possessed) {
        subject = gen;
        after = gen.end;
        // "استقبال مرسي نائب وزيرة الخارجية وليام بيرنز"، "لقاء عباس الوزير": a meeting noun takes its partner
        // directly after its agent, as its verb does.
        if (hit.trigger.set.type === "MET") allowed.add("direct");
        // Any verbal noun with its agent takes an object right after it, as its verb does: "دعم القذافي جنوب السودان".
        else if (entry.pos === "noun" && args.some((m) => m.start === gen.end && m.prep === null && !m.conj))
          allowed.add("direct");
      } else if (hit.trigger.set.type === "SANCTIONED" && !gen && !hit.possessed) {
        // "أقر مجلس الشيوخ … حزمة جديدة من العقوبات على إيران": the clause's subject imposes them.
        subject = clauseSubject(hit.start, cs);
      } else if (hit.possessed && /نا$/.test(tokens[hit.start]?.n ?? "")) {
        // "اتصالاتنا مع الرئيس السنيورة": ours, the speaker's — only one this sentence names.
        const here = speakerIn(tokens, params.mentions);
        subject = here && here === params.speaker ? pseudo(here, hit.start) : undefined;
      } else if (
        hit.possessed &&
        hit.trigger.set.type === "MET" &&
        /هما$/.test(tokens[hit.start]?.n ?? "") &&
        // (A visit or reception is someone's of them: "قاما بزيارتهما في السجن" visited the two.)
        !/(زيار|استقبال)/.test(tokens[hit.start]?.n ?? "")
      ) {
        // "شدد وزير الداخلية السعودي ونظيره البحريني خلال لقائهما …": "their" meeting is the two named before it,
        // coordinated, in its clause.
        const second = [...args].reverse().find((m) => m.end <= hit.start && m.start >= cs && m.conj);
        const first = second
          ? args.find(
              (m) => (m.end === second.start || (m.end === second.start - 1 && tokens[m.end]?.n === "،")) && !m.conj,
            )
          : undefined;
        if (first && second && first.prep === second.prep && first.actorId !== second.actorId)
          out.push({ hit, subject: first, object: second, location: null, confidence: 0.45 });
        continue;
      } else if (openLight && antecedent) {
        subject = pseudo(antecedent, hit.start);
      } else if (hit.possessed || lightBefore || conjLight) {
        let sameActGenitive = false;
        // "أن الشركات الكورية تجري مباحثات": the light verb's subject is named, and is no actor.
        if (!hit.possessed && namedNonActorSubject(hit.start, cs)) continue;
        // "…، وقال بعد لقائه X": the pronoun of a noun after a coordinated verb whose subject is dropped is that
        // verb's subject, the one it shares with the verb before — not the last actor named before it.
        if (hit.possessed) {
          let v = hit.start - 1;
          while (v > 0 && hit.start - v < 6 && !isVerbTag(tokens[v]) && !SAYING.has(tokens[v]?.n ?? "")) v--;
          const dropped =
            /^[وف]/.test(tokens[v]?.n ?? "") &&
            (isVerbTag(tokens[v]) || SAYING.has(tokens[v]?.n ?? "")) &&
            !args.some((m) => m.start > v && m.end <= hit.start);
          const shared = dropped ? sharedSubject(v) : undefined;
          if (shared && shared.start >= v - 20) subject = shared;
          // "رحب نائب الرئيس بالرئيس هادي … لزيارته البيت الأبيض": the visit is the welcomed guest's.
          const welcome = tokens.findIndex(
            (t, k) => k >= cs && k < hit.start && WELCOMING.has(t.n.replace(/^[وف]/, "")),
          );
          const guest =
            hit.trigger.set.type === "MET" && welcome >= 0
              ? args.find((m) => m.start > welcome && m.end <= hit.start && m.prep === "ب")
              : undefined;
          if (guest) subject = guest;
          // "مساندة دول الخليج وتأييدها لـ…": the pronoun of an act coordinated right after the same act and its
          // genitive is that genitive.
          const gen = args.find((m) => m.end === hit.start && m.prep === null);
          const same =
            !!gen &&
            /^و/.test(tokens[hit.start]?.n ?? "") &&
            hits.some((h) => h !== hit && h.trigger.set.type === hit.trigger.set.type && h.end === gen.start);
          if (same && gen) {
            subject = gen;
            sameActGenitive = true;
          }
        }
        // (A verb's subject first, over a genitive in a frame between: "وأكد الاتحاد الأوروبي في بيان … في ختام
        // اجتماعات المجلس الوزاري …، دعمه الكامل لـ".)
        const bareBefore = [...args].reverse().filter((m) => m.end <= hit.start && m.start >= cs && m.prep === null);
        if (!conjLight && !subject)
          subject =
            (hit.possessed && bareBefore.length > 1
              ? bareBefore.find((m) => isSubjectPosition(tokens, m))
              : undefined) ?? bareBefore[0];
        // Only a verb near enough to be the one coordinated: further back, clauses in between may have their own.
        if (conjLight) {
          const shared = sharedSubject(hit.start - (lightAt ?? 1));
          if (!shared || shared.start < hit.start - 14) continue;
          subject = shared;
        }
        // "بعد لقائه رئيس التكتل ميشال عون أكد الوزير X": a framed act's pronoun announces the subject of the verb
        // that follows the frame.
        // Only a frame that opens the clause, before any verb: in "وركزت خلال محادثاتها" the pronoun is the verb's.
        const opening = tokens
          .slice(cs, hit.start)
          .every((t) => !isVerbTag(t) || FRAME_WORDS.has(t.n.replace(/^[وف]/, "")));
        const frame = (tokens[hit.start - 1]?.n ?? "").replace(/^[وف]/, "");
        if (!subject && hit.possessed && opening && FRAME_WORDS.has(frame)) {
          const v = tokens.findIndex((t, k) => k >= hit.end && k < hit.end + 15 && !t.punct && isVerbTag(t));
          if (v >= 0) subject = args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null);
        }
        subject ??= speakerBefore(hit.start) ?? undefined;
        // (That genitive is "its" whatever the gender its name's head gives: "دول الخليج" is "ها".)
        if (!sameActGenitive)
          subject = agreeing(hit.start, hit.possessed ? suffixGender(tokens[hit.start]?.n ?? "") : null, subject);
        // "تأييدهم لهذا النظام": "their" is never one person.
        const plural = hit.possessed && pluralSuffix(tokens[hit.start]?.n ?? "");
        // (Unless it is "the two sides", which are two.)
        // Nor a state named by its capital, which is "ها" ("دعمهم" after "وسط القاهرة" is the crowd's).
        if (
          plural &&
          subject &&
          !subject.pair &&
          (reference?.isPerson(subject.actorId) || subject.via === "capital" || subject.via === "city")
        )
          subject = undefined;
      } else continue;
    }
    if (!subject) continue;
    const subj = subject;
    // The object stands right after the subject (or the verb), past a gap, possibly behind an act noun.
    let at = skipGap(tokens, after, entry.pos === "noun" && after === hit.end);
    // "دعمها الكامل لـ"، "رفضه القاطع لـ": an adjective of degree after the verbal noun stands before its object.
    if (entry.pos === "noun" && at === hit.end && DEGREE_ADJECTIVES.has(tokens[at]?.n ?? "")) at++;
    // … and so do its other definite adjectives, coordinated too: "مساندتها المعروفة والقديمة للحركة الحوثية".
    if (entry.pos === "noun" && hit.possessed && at === hit.end)
      for (let j = 0; j < 3 && /^DTJJ/.test(tokens[at]?.pos ?? "") && !args.some((m) => m.start === at); j++) at++;
    let actPrep: string | null = null;
    // "مسؤوليتها عن الهجوم على Y"، "عن تفجير Y": what a claimed act was aimed at.
    if (
      entry.pos === "noun" &&
      tokens[at]?.n === "عن" &&
      (ACT_NOUNS.has((tokens[at + 1]?.n ?? "").replace(/^[وفبل]/, "")) || requiredBy(hit.trigger, tokens[at + 1]))
    ) {
      at += 2;
      // (What was fired stands between: "عن إطلاق صواريخ على تل أبيب".)
      const fired = [1, 2].find(
        (d) =>
          ["علي", "ضد"].includes(tokens[at + d]?.n ?? "") &&
          tokens
            .slice(at, at + d)
            .every(
              (t, j) =>
                (t.pos ? /^(DT)?(NNS?|JJ)$/.test(t.pos) : !PREP_WORDS.has(t.n)) &&
                !args.some((m) => m.start === at + j),
            ),
      );
      if (fired) at += fired;
      if (["علي", "ضد"].includes(tokens[at]?.n ?? "")) at++;
      actPrep = "direct";
    }
    // A preposition written apart stands before its mention, which carries it: "على غزة" (a mention found by its
    // head noun, "إلى المعارضة السورية", may not record it: it gets it here).
    let apart: Mention | undefined;
    const apartAt = (k: number): void => {
      const m = args.find((x) => x.start === k + 1);
      const prep = tokens[k]?.n ?? "";
      if (!PREPOSITIONS.has(prep) || !m || m.conj) return;
      at = k + 1;
      apart = m.prep === null ? { ...m, prep } : m;
    };
    apartAt(at);
    // "أعرب عن استيائه من موقف روسيا": past the feeling the trigger requires, the act of the one it is aimed at,
    // after a preposition written apart (or that one named: "عن استيائه من روسيا").
    if (!apart && entry.pos === "verb" && tokens[at]?.n === "عن" && requiredBy(hit.trigger, tokens[at + 1])) {
      at += 2;
      apartAt(at);
      const act = tokens[at + 1];
      if (
        !apart &&
        ACT_TYPES.has(hit.trigger.set.type) &&
        PREPOSITIONS.has(tokens[at]?.n ?? "") &&
        allowed.has(tokens[at]?.n ?? "") &&
        !!act &&
        ACT_NOUNS.has(act.n) &&
        args.some((m) => m.start === at + 2 && m.prep === null)
      ) {
        actPrep = tokens[at]?.n ?? null;
        at += 2;
      }
    }
    // "استمرار روسيا في إرسال الأسلحة إلى X"، "التي تقدم مساعدات إلى مصر": the goods the trigger requires stand
    // before the one who gets them.
    if (!apart && !allowed.has("direct") && requiredBy(hit.trigger, tokens[at])) {
      let k = at + 1;
      // (Its adjectives first: "مساعدات مالية إلى".)
      const adjective = (t: Token | undefined): boolean =>
        !!t && (t.pos ? /^(DT)?JJ/.test(t.pos) : /^\S{2,}(ي|يه)$/.test(t.n) && !PREP_WORDS.has(t.n));
      while (k < at + 3 && adjective(tokens[k]) && !args.some((m) => m.start === k)) k++;
      const m = args.find((x) => x.start === k && x.prep !== null && prepOk(x, allowed));
      if (m) at = k;
      else apartAt(k);
    }
    if (!apart && tokens[at]?.n === "من" && tokens[at + 1]?.n === "قبل") {
      const m = args.find((x) => x.start === at + 2);
      if (m) {
        at += 2;
        apart = { ...m, prep: "من قبل" };
      }
    }
    // Mentions coordinated with the subject ("روسيا والصين") are more subjects, not the object.
    const coSubjects: Mention[] = [];
    for (
      let m = args.find((x) => x.start === at && x.conj && at === subj.end);
      m;
      m = args.find((x) => x.start === at && x.conj)
    ) {
      coSubjects.push(m);
      at = m.end;
    }
    if (coSubjects.length > 0) apartAt(at);
    // An act of the object stands before it: "بقرار الكتاتني"، "وصول الوكالة"، "تصريحات الزند" (an indefinite noun
    // whose genitive is the actor; never what befalls someone: "مقتل X"), after a quantifier too ("كافة محاولات الجامعة").
    if (ACT_TYPES.has(hit.trigger.set.type) && isQuantifier(tokens[at]) && !args.some((m) => m.start === at)) at++;
    // "تندد بـ«تدخل» الاتحاد الأوروبي": the preposition written apart and the act in quotation marks.
    const quotedAuthor = args.find((m) => m.start === at + 4 && m.prep === null);
    if (
      ACT_TYPES.has(hit.trigger.set.type) &&
      ["ب", "ل"].includes(tokens[at]?.n ?? "") &&
      tokens[at + 1]?.n === '"' &&
      tokens[at + 3]?.n === '"' &&
      /^NN/.test(tokens[at + 2]?.pos ?? "") &&
      quotedAuthor
    ) {
      actPrep = tokens[at]?.n ?? null;
      apart = quotedAuthor;
      at += 4;
    }
    const head = tokens[at];
    let conditioned = false;
    // "هدد بأنه إذا لم تعالج الحكومة …": the one the threat's condition is put to.
    const put = hit.trigger.set.type === "THREATENED" ? conditionPutTo({ tokens, args, at }) : undefined;
    // The doer of an act a demand calls for ("بتدخل أوروبي": the act's own mention; "إلى تحرك الجامعة": its genitive).
    const demanded = hit.trigger.set.type === "DEMANDED";
    const calledAt = demanded ? demandedActAt({ tokens, at, acts: CALLED_ACTS }) : -1;
    const calledDoer =
      calledAt < 0
        ? undefined
        : (args.find((m) => m.start === calledAt && m.via === "agent") ??
          args.find((m) => m.start === calledAt + 1 && m.prep === null));
    // Where a demanded act of leaving stands ("بتنحي"، "إلى رحيل"), or -1.
    const leaving =
      demanded && !args.some((m) => m.start === at) ? demandedActAt({ tokens, at, acts: LEAVING_ACTS }) : -1;
    if (
      ACT_TYPES.has(hit.trigger.set.type) &&
      head &&
      (ACT_NOUNS.has(head.n.replace(/^[وفبل]/, "")) ||
        (/^NNS?$/.test(head.pos ?? "") &&
          !head.n.startsWith("ال") &&
          !VICTIM_NOUNS.has(head.n) &&
          !VICTIM_NOUNS.has(head.n.replace(/^[وف]?[بل]/, "")))) &&
      args.some((m) => m.start === at + 1 && m.prep === null) &&
      // (Sites are what an act struck, never its author: "أدانت مصر قصف مواقع حماس".)
      !SITE_NOUNS.has(tokens[at + 1]?.n ?? "")
    ) {
      // The preposition sits on the act: "أشاد بقرار الكتاتني" praises al-Katatni (ب).
      actPrep = /^[وف]?ب/.test(head.n) ? "ب" : /^[وف]?ل/.test(head.n) && !head.n.startsWith("ال") ? "ل" : null;
      at++;
    } else if (
      hit.trigger.set.type === "THREATENED" &&
      head &&
      /^ب\S{3,}/.test(head.n) &&
      !/^بال/.test(head.n) &&
      /^NN/.test(head.pos ?? "") &&
      args.some((m) => m.start === at + 1 && m.prep === null) &&
      !args.some((m) => m.start === at)
    ) {
      // "هددت الحركة بطرد حركة تحرير أزواد"، "هدد بضرب إسرائيل": the target of the threatened act is threatened.
      actPrep = "direct";
      at++;
    } else if (calledDoer) {
      // "طالب بتدخل أوروبي"، "دعا إلى تحرك الجامعة العربية": the demand is put to the one called on to act.
      actPrep = "direct";
      at = calledDoer.start;
      apart = { ...calledDoer, prep: null };
    } else if (leaving >= 0 && args.some((m) => m.start === leaving + 1 && m.prep === null)) {
      // "طالبت المعارضة بتنحي الأسد"، "دعت إلى رحيل …": the demand is put to the one who is to step down or leave.
      actPrep = "direct";
      at = leaving + 1;
    } else if (put) {
      // (The condition is a clause of its own, past the threat's.)
      actPrep = "direct";
      at = put.start;
      apart = put;
      conditioned = true;
    } else if (
      ACT_TYPES.has(hit.trigger.set.type) &&
      head &&
      reference &&
      actWithPronoun(head) &&
      !args.some((m) => m.start === at)
    ) {
      // "رحبت المعارضة بانشقاقه"، "أشاد بزيارتها": an act whose author is a pronoun — the agreeing actor named
      // before, never the subject.
      const gender = suffixGender(head.n);
      // Never a subject coordinated with it either: "رحبت المعارضة وواشنطن بانشقاقه" is someone named before.
      const doers = new Set([subj.actorId, ...coSubjects.map((m) => m.actorId)]);
      const here = gender ? reference.refer({ at, gender, here: true, exclude: subj.actorId }) : null;
      const id = gender
        ? here && !doers.has(here)
          ? here
          : reference.refer({ at, gender, here: false, exclude: subj.actorId })
        : null;
      if (id) {
        actPrep = /^[وف]?ب/.test(head.n) ? "ب" : /^[وف]?ل/.test(head.n) ? "ل" : "direct";
        apart = { ...pseudo(id, at), prep: null };
      }
    } else if (ACT_TYPES.has(hit.trigger.set.type) && head && ACT_NOUNS.has(head.n.replace(/^[وفب]/, ""))) {
      // A definite act, its adjectives, then its author with لـ: "أدان القرار الجائر لمجلس وزراء الخارجية العرب".
      let k = at + 1;
      while (k < at + 3 && /^DTJJ/.test(tokens[k]?.pos ?? "")) k++;
      const byAuthor = args.find((m) => m.start === k && m.prep === "ل");
      if (head.n.replace(/^[وفب]/, "").startsWith("ال") && k > at + 1 && byAuthor) {
        actPrep = /^[وف]?ب/.test(head.n) ? "ب" : null;
        apart = { ...byAuthor, prep: actPrep };
        at = k;
      }
    }
    // "للاعتداء الإرهابي الذي نفذته جماعة الحوثي"، "بالدور الذي تلعبه قطر": the act's author, named in a relative
    // clause whose verb carries the act as its object pronoun.
    const author =
      ACT_TYPES.has(hit.trigger.set.type) && !actPrep ? authorOfAct({ tokens, args, from: at, end: ce }) : undefined;
    if (author) actPrep = author.prep;
    const partner = hit.trigger.set.type === "MET" ? partnerAfterWith({ tokens, args, from: at, end: ce }) : undefined;
    // "ما جرى في الكويت بعد الاجتياح العراقي لها": an invasion named by its author's nationality, its target a pronoun —
    // the agreeing actor or place named before.
    // (A country named as a place counts: "في العراق".)
    const targetPronoun = /^(له|لها)$/.exec(tokens[at]?.n ?? "");
    const targetGender = targetPronoun?.[1] === "لها" ? "f" : "m";
    const targetId =
      entry.nationalAgent && subj.via === "nisba" && targetPronoun && reference
        ? ([...params.mentions]
            .reverse()
            .find(
              (m) => m.end <= hit.start && m.actorId !== subj.actorId && reference.genderOf(m.actorId) === targetGender,
            )?.actorId ?? reference.refer({ at, gender: targetGender, here: true, exclude: subj.actorId }))
        : null;
    const pronounTarget = targetId ? { ...pseudo(targetId, at), prep: "ل" } : undefined;
    const object =
      author?.mention ??
      // (An author named in a relative clause stands past the clause's end; what it did follows it.)
      (apart?.start === at && (at < ce || conditioned || (entry.pos === "noun" && subj.start > hit.end))
        ? apart
        : undefined) ??
      // (A conjunct shares the preposition of the mention before it: "تأييدها في مصر وتركيا".)
      // (Past the clause's end too after an author named in a relative clause: "المساعدات التي قدمتها X لـY".)
      args.find(
        (m) =>
          m.start === at &&
          (m.start < ce || (entry.pos === "noun" && subj.start > hit.end) || delivery >= 0) &&
          !inside(m.start, hit) &&
          !conjunctOfPrep(m, params.mentions),
      ) ??
      objectAcrossNoun({ tokens, args, from: at, end: ce }) ??
      pronounTarget ??
      partner ??
      (hit.trigger.set.type === "SANCTIONED" || hit.trigger.set.type === "ATTACKED" ? goodsAfter(at) : undefined) ??
      // A target named by its nationality only after a subject named after the verb: "وهاجمت طائرات مسيرة أوكرانية"
      // names the attacker so.
      (hit.trigger.set.type === "ATTACKED" && subj.start > hit.start ? nationalityChain(at, null) : undefined);
    // A partner found after a separate "مع" has that preposition.
    if (object && object === partner) actPrep = "مع";
    // Another trigger of the same relation between them starts its own phrase: "زيارة المرزوقي بعد زيارة لرئيس".
    // (The word the trigger requires is part of its phrase, not another: "فرض عقوبات تستهدف …".)
    if (
      object &&
      !actPrep &&
      hits.some(
        (h) =>
          h.trigger.set.type === hit.trigger.set.type &&
          h.start >= hit.end &&
          h.end <= object.start &&
          h.start !== delivery &&
          !requiredBy(hit.trigger, tokens[h.start]) &&
          // (Not one it took place during: "والتقى خلال الزيارة بالرئيس X" — one before or after it is another
          // act, "زيارة المرزوقي بعد زيارة لرئيس الوزراء".)
          !["خلال", "اثناء", "في"].includes(tokens[h.start - 1]?.n ?? ""),
      )
    )
      continue;
    const objectPrepOk = object && (actPrep && object.prep === null ? allowed.has(actPrep) : prepOk(object, allowed));
    // "التقى عباس ومشعل في القاهرة": a meeting verb with coordinated subjects and no object is their meeting.
    if (
      !object &&
      hit.trigger.set.type === "MET" &&
      entry.pos === "verb" &&
      coSubjects.length > 0 &&
      subj.start > hit.start
    ) {
      for (const other of coSubjects)
        if (other.actorId !== subj.actorId)
          out.push({ hit, subject: subj, object: other, location: null, confidence: 0.45 });
      continue;
    }
    if (!object || object.actorId === subj.actorId || !objectPrepOk) {
      // "وحث روسيا والصين على تأييد …": after a coordinated verb with its subject dropped, the one mention that
      // follows is the object; the subject is the previous verb's (or sentence's).
      let chainEnd = subj.end;
      for (
        let m = args.find((x) => x.start === chainEnd && x.conj);
        m;
        m = args.find((x) => x.start === chainEnd && x.conj)
      )
        chainEnd = m.end;
      const purpose = tokens[chainEnd];
      // "كما طالب النظام السوري بتقديم اعتذار": "كما" continues the previous statement, with its subject.
      const also = ["كما", "وكما"].includes(tokens[hit.start - 1]?.n ?? "");
      // "وتوجه الوزير إلى قصر الإليزيه حيث التقى مستشار الرئيس": "حيث" goes on with the clause before, its subject too.
      // (Only for a meeting with no one else named: "حيث طالبت الجماعة بأن …" names its own subject.)
      const where = tokens[hit.start - 1]?.n === "حيث" && hit.trigger.set.type === "MET";
      const dropped =
        entry.pos === "verb" &&
        (hit.conj || also || where) &&
        subj.start >= hit.end &&
        allowed.has("direct") &&
        !!purpose &&
        // "حث X على"، "طالب X بـ" (never "دعا إلى": "ودعت مصر إلى تقديم" has Egypt calling) …
        // … or a meeting with no one else named: "وزار X عمان، والتقى الملك عبد الله" (the king is whom he met).
        (purpose.n === "علي" ||
          /^ب/.test(purpose.n) ||
          (hit.trigger.set.type === "MET" && (purpose.n === "." || purpose.n === "،" || purpose.n === ","))) &&
        // … and only inside a sentence that already has a verb: a sentence that opens with "ونددت موريتانيا
        // بهجوم" names its subject right after the verb.
        (also || tokens.slice(0, hit.start).some((t) => isVerbTag(t)));
      // "ودعا جامعة الدول العربية إلى …" after a sentence about the council: a masculine verb right before a body
      // written feminine does not have it as subject ("ودعت الجامعة" would); it goes on with the sentence before's.
      const unagreeing =
        !dropped &&
        entry.pos === "verb" &&
        // (Only a sentence that opens with it: "ثمة من اتهم الحكومة" has "من" for subject.)
        hit.start === 0 &&
        !hit.possessed &&
        subj.start === hit.end &&
        !!reference &&
        !reference.isPerson(subj.actorId) &&
        feminineAsWritten(tokens[subj.start]) &&
        !verbAgrees(tokens[hit.start]?.n ?? "", "f") &&
        allowed.has("direct") &&
        !!purpose &&
        (purpose.n === "علي" || purpose.n === "الي" || /^[بل]/.test(purpose.n));
      // (null: the verb before has a subject that names no one; then nobody, not the antecedent.)
      const shared = dropped ? sharedSubject(hit.start) : undefined;
      const doer =
        shared === null
          ? undefined
          : (shared ?? ((dropped || unagreeing) && antecedent ? pseudo(antecedent, hit.start) : undefined));
      // (A verb of the other gender has another subject: "كما وطالبت …" is never the man named before.)
      const agrees = !doer || !reference || verbAgrees(tokens[hit.start]?.n ?? "", reference.genderOf(doer.actorId));
      if (doer && agrees && doer.actorId !== subj.actorId) {
        for (const o of args.filter((x) => x.start >= subj.start && x.end <= chainEnd && x.actorId !== doer.actorId))
          out.push({ hit, subject: doer, object: o, location: null, confidence: 0.45 });
      }
      continue;
    }
    out.push({ hit, subject: subj, object, location: null, confidence: 0.5 });
    for (const mate of mates)
      if (mate.actorId !== object.actorId) out.push({ hit, subject: mate, object, location: null, confidence: 0.45 });
    // "ورحبت المعارضة وواشنطن بانشقاقه": subjects coordinated after the verb each do what it does to "him".
    if (object === apart && subj.start > hit.start)
      for (const other of coSubjects)
        if (other.actorId !== object.actorId && other.actorId !== subj.actorId)
          out.push({ hit, subject: other, object, location: null, confidence: 0.45 });
  }
  return out;
}

/**
 * Objects coordinated after a relation's object ("إلى إسرائيل ومناطق السلطة الفلسطينية"، "روسيا والصين"): the same
 * relation with each of them.
 */
export function withCoordinatedObjects(params: {
  tokens: Token[];
  mentions: Mention[];
  raws: RawRelation[];
  /** Every trigger of the sentence: a verb among them opens a clause even where the tagger read a noun. */
  hits?: TriggerHit[];
}): RawRelation[] {
  const { tokens, raws } = params;
  const verbAt = (k: number): boolean =>
    isVerbTag(tokens[k]) || !!params.hits?.some((h) => h.start === k && h.trigger.entry.pos === "verb");
  const args = argumentMentions(params.mentions);
  const out = [...raws];
  for (const raw of raws) {
    let last = raw.object;
    const [, ce] = clauseAround({ tokens, mentions: params.mentions, at: raw.object.start });
    for (;;) {
      let k = last.end;
      if (tokens[k]?.n === "،" || tokens[k]?.n === ",") k++;
      // An apposition between commas describes the last object ("طارق البشري، المفكر ونائب رئيس مجلس الدولة، وكلا
      // من …"): the coordination resumes after it. Only nominal words, no verb and no actor, may stand in it.
      const close = tokens.findIndex((u, j) => j > k && j <= k + 10 && (u.n === "،" || u.n === ","));
      if (
        k > last.end &&
        close > k &&
        /^و/.test(tokens[close + 1]?.n ?? "") &&
        tokens.slice(k, close).every((u) => !u.punct && !isVerbTag(u)) &&
        !args.some((m) => m.start >= k && m.start < close)
      )
        k = close + 1;
      // "وكلا من X وY"، "وكل من X": a quantifier before the coordinated names.
      if (/^و?(كلا|كل)$/.test(tokens[k]?.n ?? "") && tokens[k + 1]?.n === "من") k += 2;
      // "و" + a place noun may stand before the next actor: "ومناطق السلطة الفلسطينية".
      const quantified = /^و?(كلا|كل)$/.test(tokens[k - 2]?.n ?? "") && tokens[k - 1]?.n === "من";
      // "وكذلك بموقف الأردن"، "وكذا الدور الذي تقوم به قطر": "also" adds a further act of another actor — after
      // the first act's whole phrase too ("على ما يوليه X من اهتمام بـ…، وكذا الدور …"), when no verb or other
      // participant stands between.
      const alsoAt = tokens.findIndex((u, j) => j >= k && j <= k + 20 && ALSO.has(u.n));
      if (
        alsoAt > k &&
        tokens.slice(k, alsoAt).every((u) => !isVerbTag(u) && u.n !== "." && u.n !== "؛") &&
        !args.some((m) => m.start >= k && m.start < alsoAt && m.prep !== "في")
      )
        k = alsoAt;
      const also = ALSO.has(tokens[k]?.n ?? "");
      if (also) k++;
      const next =
        args.find(
          (m) =>
            (m.start === k && (m.conj || quantified || also)) ||
            (m.start === k + 1 && (/^و/.test(tokens[k]?.n ?? "") || also) && !verbAt(k) && !tokens[k]?.punct),
        ) ??
        (also && ACT_TYPES.has(raw.hit.trigger.set.type)
          ? authorOfAct({ tokens, args, from: k, end: tokens.length })?.mention
          : undefined);
      // (An act's author named in its relative clause stands past the clause's end.)
      if (!next || (next.start >= ce && !also) || next.actorId === raw.subject.actorId) break;
      // A conjunct with a verb of its own opens a clause; so does one after "..", which in headlines and some papers
      // separates statements ("ترفض انتقادات كلينتون.. وأنان يؤكد").
      if (opensOwnClause(tokens, next) || tokens[last.end]?.raw === "..") break;
      if (!out.some((r) => r.hit === raw.hit && r.object.actorId === next.actorId))
        out.push({ ...raw, object: next, confidence: Math.min(raw.confidence, 0.45) });
      last = next;
    }
  }
  return out;
}

/** What a refusal refers back to: "رفض ذلك"، "رفضت الطلب"، "رفضوا هذه الدعوة". */
const REFUSED_ANAPHORS = set("ذلك هذا الطلب الطلبات المطالب الدعوة الدعوات العرض");
const REFUSABLE = new Set(["DEMANDED", "INVITED"]);
/** What one addressed may reject or deny in the next sentence: a demand, an invitation, a charge. */
const CHARGED = new Set(["DEMANDED", "INVITED", "ACCUSED"]);

/**
 * "طالب نواب النهضة البارودي بسحب وصفه لكنه رفض ذلك": a refusal of "that" after a demand or invitation in the same
 * sentence is its addressee rejecting its author. Only when no other actor is named between the demand and the refusal.
 */
export function refusalsOfDemands(params: {
  tokens: Token[];
  mentions: Mention[];
  hits: TriggerHit[];
  raws: RawRelation[];
  /** Demands, invitations and charges stated in the sentence before, by actor id. */
  earlier?: readonly { type: string; subject: string; object: string }[];
}): RawRelation[] {
  const { tokens, mentions, hits, raws } = params;
  const out: RawRelation[] = [];
  for (const hit of hits) {
    if (hit.trigger.set.type !== "REJECTED" || hit.trigger.entry.pos !== "verb") continue;
    if (raws.some((r) => r.hit.start === hit.start)) continue;
    // "وطالب أوباما الأسد بالتنحي. لكن الأسد رفض ذلك": the one addressed in the sentence before, named right before
    // the verb or right after it, rejects whoever addressed him.
    const named =
      mentions.find((m) => m.start === hit.end && m.prep === null && m.place === null) ??
      mentions.find((m) => m.end === hit.start && m.prep === null && m.place === null && !m.conj);
    let k = named && named.start === hit.end ? named.end : hit.end;
    if (tokens[k]?.n === "هذا" || tokens[k]?.n === "هذه") k++;
    if (!REFUSED_ANAPHORS.has(tokens[k]?.n ?? "")) continue;
    const demand = [...raws]
      .filter((r) => REFUSABLE.has(r.hit.trigger.set.type) && r.hit.end <= hit.start)
      .sort((a, b) => a.hit.start - b.hit.start)
      .pop();
    if (!demand) {
      const before = named
        ? [...(params.earlier ?? [])]
            .reverse()
            .find((e) => CHARGED.has(e.type) && e.object === named.actorId && e.subject !== named.actorId)
        : undefined;
      if (named && before)
        out.push({
          hit,
          subject: named,
          object: { ...named, actorId: before.subject, start: k, end: k + 1, conj: false, via: "short" },
          location: null,
          confidence: 0.4,
        });
      continue;
    }
    // The refuser is the demand's addressee: anyone else named before the refusal makes it someone else's.
    const from = Math.max(demand.object.end, demand.subject.end);
    const other = mentions.some(
      (m) => m.start >= from && m.end <= hit.start && m.actorId !== demand.object.actorId && m.place === null,
    );
    if (other || demand.object.actorId === demand.subject.actorId) continue;
    out.push({ hit, subject: demand.object, object: demand.subject, location: null, confidence: 0.4 });
  }
  return out;
}

/** The agent after "من" at `at`, or after "من قبل"، "من طرف": "الدعم من روسيا"، "المدعوم من قبل الحكومة". */
function agentAfterFrom(params: { tokens: Token[]; args: Mention[]; at: number }): Mention | undefined {
  const { tokens, args } = params;
  if (tokens[params.at]?.n !== "من") return undefined;
  const k = ["قبل", "طرف", "جانب"].includes(tokens[params.at + 1]?.n ?? "") ? params.at + 2 : params.at + 1;
  return args.find((m) => m.start === k && !!m.prep?.startsWith("من"));
}

/** Pronouns of the copula in a nominal sentence: "روسيا هي الحليف …". */
const COPULA_PRONOUNS = set("هي هو هما هم");

/** Superlatives of the first of a kind, after "من": "من أبرز الداعمين"، "من أكبر الداعمين". */
const FIRST_OF = set("أبرز أكبر أهم أشد أقوى");

/** Relations whose noun may be received from its actor: support, an invitation, aid. */
const RECEIVED_TYPES = new Set(["SUPPORTED", "INVITED", "SUPPLIED"]);

/** Verbs of receiving: "يلقى الدعم من روسيا"، "يحظى بدعم فرنسا"، "تلقى الدعم المالي من". */
const RECEIVING = set(
  "يلقى لقي تلقى يتلقى تتلقى تلقت لقيت يحظى تحظى حظي حظيت نال ينال نالت تنال تسلم تسلمت يتسلم استلم استلمت يستلم تستلم",
);

/** Verbs of obtaining, whose act follows "على": "حصل مرسي على تأييد السلفيين"، "حصلت أوكرانيا على أسلحة من ألمانيا". */
const OBTAINING = set("حصل حصلت يحصل تحصل حصلا حصلوا يحصلون");

/**
 * "الحكومة الفنزويلية ما زالت تلقى الدعم الكامل من الصين وكوبا"، "يحظى بدعم ألمانيا": support received (an invitation or aid
 * too: "تلقت الوزارة دعوة من …"); its giver follows (after "من"، in the genitive), and the receiver is the receiving
 * verb's subject.
 */
export function receivedActs(params: { tokens: Token[]; mentions: Mention[]; hits: TriggerHit[] }): RawRelation[] {
  const { tokens, hits } = params;
  const args = argumentMentions(params.mentions);
  const out: RawRelation[] = [];
  for (const hit of hits) {
    if (!RECEIVED_TYPES.has(hit.trigger.set.type) || hit.trigger.entry.pos !== "noun" || hit.possessed) continue;
    // What is obtained comes after "على"; what is received right after the verb (or its subject).
    // (A measure of the goods may come first: "تسلم الجيش شحنة أسلحة من …"، "حصل على دفعة أسلحة".)
    const measured = MEASURE_NOUNS.has(tokens[hit.start - 1]?.n ?? "") ? hit.start - 1 : hit.start;
    const on = /^عل[ىي]$/.test(tokens[measured - 1]?.n ?? "");
    const verbs = on ? OBTAINING : RECEIVING;
    const at = on ? measured - 1 : measured;
    const receives = (k: number): boolean => verbs.has((tokens[k]?.n ?? "").replace(/^[وف]/, ""));
    // The verb right before the support, or before its subject: "ويحظى الرئيس عباس بدعم فرنسا".
    const between = args.find((m) => m.end === at && m.prep === null && receives(m.start - 1));
    const v = receives(at - 1) ? at - 1 : between ? between.start - 1 : -1;
    if (v < 0) continue;
    // The giver: past the support's adjectives, after "من" (or "من قبل"), or its genitive.
    let k = hit.end;
    while (k < hit.end + 3 && /^(DT)?JJ/.test(tokens[k]?.pos ?? "") && !args.some((m) => m.start === k)) k++;
    const giver =
      agentAfterFrom({ tokens, args, at: k }) ?? args.find((m) => m.start === k && m.prep === null && !m.conj);
    if (!giver || giver.conj) continue;
    // An invitation received is one to visit or attend ("تلقت الوزارة دعوة من الحكومة الفرنسية لحضور مؤتمر"), said
    // right after its giver.
    if (!lexicalConditionsHold({ tokens, hit, end: Math.min(tokens.length, giver.end + 3) })) continue;
    const givers = [giver];
    for (
      let m = args.find((x) => x.start === giver.end && x.conj);
      m;
      m = args.find((x) => x.start === m!.end && x.conj)
    )
      givers.push(m);
    // The receiver: named after the verb, or before it (past "ما زال"، "لا يزال").
    let b = v;
    while (b > 0 && STILL.has(tokens[b - 1]?.n ?? "")) b--;
    const receiver =
      args.find((m) => m.start === v + 1 && m.end <= at && m.prep === null) ??
      args.find((m) => m.end === b && m.prep === null && m.place === null);
    if (!receiver) continue;
    for (const g of givers)
      if (g.actorId !== receiver.actorId)
        out.push({
          hit,
          subject: { ...g, prep: null, conj: false },
          object: receiver,
          location: null,
          confidence: 0.5,
        });
  }
  return out;
}

/** Measures of goods before their noun: "شحنة أسلحة"، "دفعة مساعدات". */
/** What the act received comes in: a measure of goods, or a message ("تلقى برقية تهنئة من …"). */
const MEASURE_NOUNS = set("شحنة شحنات دفعة دفعات كمية كميات صفقة حزمة برقية برقيات رسالة رسائل");

/** Words of continuing before a verb: "ما زال يلقى"، "لا يزال". */
const STILL = set("ما لا زال يزال تزال زالت مازال لازال");

/** Verbs of holding to an act named after "على": "أكدت الجماعة على دعم …"، "اتفقت الدولتان على دعم …". */
const COMMITTING = set(
  "أكد أكدت أكدوا يؤكد تؤكد شدد شددت اتفق اتفقت اتفقوا اتفقا اتفقتا أصر أصرت يصر تصر حرص حرصت يحرص تحرص",
);

/** Nouns of going on with an act: "استمرار روسيا في …"، "إصرار موسكو على …". */
const ASPECT_NOUNS = set("استمرار مواصلة إصرار اصرار تمادي");

/** The means of an attack, named as its genitive: "إسقاط الدفاعات الجوية السورية …"، "قصف قواته …". */
const ATTACK_MEANS = set("القوات الدفاعات المضادات الطائرات المقاتلات المدفعية البحرية الصواريخ الدبابات المروحيات");

/** Conditionals before "لم" that put a condition to someone: "إذا لم"، "إن لم"، "ما لم". */
const CONDITIONALS = set("إذا اذا إن ان ما");

/**
 * "هدد بأنه إذا لم تعالج الحكومة الملف فسيعلن …"، "مهددا بالاستقالة ما لم تتراجع الحكومة": the one a threat's condition
 * is put to (the subject of the negated verb after the conditional), at or shortly after `at`.
 */
function conditionPutTo(params: { tokens: Token[]; args: Mention[]; at: number }): Mention | undefined {
  const { tokens, args, at } = params;
  // Past "بأنه" or one act noun ("بالاستقالة"), the conditional and "لم".
  const skip = /^[بل]?ان(ه|ها|هم)?$/.test(tokens[at]?.n ?? "") || /^ب/.test(tokens[at]?.n ?? "") ? 1 : 0;
  const d = [at, at + skip, at + skip + 1].find(
    (j) => CONDITIONALS.has(tokens[j]?.n ?? "") && tokens[j + 1]?.n === "لم",
  );
  if (d === undefined) return undefined;
  const v = d + 2;
  if (!isVerbTag(tokens[v])) return undefined;
  return args.find((m) => m.start === v + 1 && m.prep === null && m.place === null);
}

/** Adverbs between a passive participle and its agent: "المدعومة مباشرة من"، "مدعوم عسكريا من". */
const PARTICIPLE_ADVERBS = set("مباشرة مباشره عسكريا ماليا سياسيا لوجستيا لوجيستيا علنا ضمنيا خصوصا أيضا ايضا");

/**
 * "حزب الله المدعوم من إيران"، "مشروع وزير المالية مدعوماً من رئيس الحكومة": a passive participle of support
 * after what it describes; the agent follows "من" (or "من قبل"، "من طرف").
 */
export function backedBy(params: { tokens: Token[]; mentions: Mention[]; hits: TriggerHit[] }): RawRelation[] {
  const { tokens, hits } = params;
  const args = argumentMentions(params.mentions);
  const out: RawRelation[] = [];
  for (const hit of hits) {
    if (!hit.trigger.entry.passiveParticiple) continue;
    // What it describes ends right before it, past the described one's adjectives.
    let b = hit.start;
    while (b > 0 && /^(DT)?JJ/.test(tokens[b - 1]?.pos ?? "") && !args.some((m) => m.end === b)) b--;
    const backed = args.find((m) => m.end === b && m.prep === null && m.place === null);
    if (!backed) continue;
    let k = hit.end;
    while (PARTICIPLE_ADVERBS.has(tokens[k]?.n ?? "")) k++;
    // The agent after "من": "المدعوم من إيران"، "من قبل الحكومة"، "من طرف الجيش".
    const backer = agentAfterFrom({ tokens, args, at: k });
    if (!backer || backer.actorId === backed.actorId) continue;
    out.push({ hit, subject: { ...backer, prep: null }, object: backed, location: null, confidence: 0.5 });
  }
  return out;
}

/** Words before "دعوة" that make it the invitation a visit answers: "تلبية لدعوة"، "بناء (بناءً) على دعوة". */
const ANSWERING = set("تلبية بناء بناءا");

/** Words that frame an act as done at a meeting: "في اللقاء"، "خلال لقائه"، "عقب لقائها"، "بعد اجتماعه". */
const MEETING_FRAMES = new Set(["في", "خلال", "عقب", "بعد", "اثناء", "لدي"]);

/**
 * "طالبت كلينتون عقب لقائها بالرئيس مرسي بأن يتمسك …"، "طلبت في اللقاء الأخير مع الرئيس عباس العودة …": a demand
 * made at a meeting, naming no one else, is put to the one met. The meeting's own relation gives both sides.
 */
export function demandsAtMeetings(params: { tokens: Token[]; hits: TriggerHit[]; raws: RawRelation[] }): RawRelation[] {
  const { tokens, hits, raws } = params;
  const out: RawRelation[] = [];
  for (const hit of hits) {
    if (hit.trigger.set.type !== "DEMANDED" || hit.trigger.entry.pos !== "verb" || hit.possessed) continue;
    if (raws.some((r) => r.hit === hit)) continue;
    const meeting = raws.find(
      (r) =>
        r.hit.trigger.set.type === "MET" &&
        r.hit.trigger.entry.pos === "noun" &&
        r.hit.start > hit.end &&
        r.hit.start - hit.end <= 6 &&
        MEETING_FRAMES.has(tokens[r.hit.start - 1]?.n ?? ""),
    );
    if (!meeting) continue;
    // Only the subject's name and the frame between the verb and the meeting: "طالبت كلينتون عقب لقائها".
    const between = tokens.slice(hit.end, meeting.hit.start - 1);
    const named = meeting.subject.start >= hit.end && meeting.subject.end === meeting.hit.start - 1;
    if (between.length > 0 && !named) continue;
    out.push({ hit, subject: meeting.subject, object: meeting.object, location: null, confidence: 0.45 });
  }
  return out;
}

/** Words that name a delegation's head after it: "وفد من حماس برئاسة هنية"، "وفدا يترأسه الوزير". */
const DELEGATION_HEAD = set("برئاسة بقيادة يترأسه يرأسه ترأسه رأسه");

/**
 * "استقبل المرزوقي وفدا من حركة حماس برئاسة إسماعيل هنية"، "زار وفد من الكونغرس برئاسة ماكين القاهرة": a meeting
 * with a delegation is one with the person who heads it too, named right after the delegation's body.
 */
export function delegationHeads(params: {
  tokens: Token[];
  mentions: Mention[];
  raws: RawRelation[];
  isPerson: (id: string) => boolean;
}): RawRelation[] {
  const { tokens, mentions, raws, isPerson } = params;
  const out: RawRelation[] = [];
  const headAfter = (m: Mention): Mention | undefined => {
    if (!DELEGATION_HEAD.has(tokens[m.end]?.n ?? "")) return undefined;
    const head = mentions.find(
      (x) =>
        x.start > m.end &&
        x.start <= m.end + 3 &&
        (x.prep === null || DELEGATION_HEAD.has(normalizeArabic(x.prep))) &&
        !x.conj,
    );
    // (Only a title may stand between: "برئاسة السيناتور جون ماكين".)
    const between = head ? tokens.slice(m.end + 1, head.start) : [];
    if (!head || !isPerson(head.actorId) || between.some((t) => t.punct || /NNP/.test(t.pos ?? ""))) return undefined;
    return head;
  };
  for (const r of raws) {
    if (r.hit.trigger.set.type !== "MET") continue;
    for (const side of ["subject", "object"] as const) {
      const head = headAfter(r[side]);
      const other = side === "subject" ? r.object : r.subject;
      if (!head || head.actorId === other.actorId || head.actorId === r[side].actorId) continue;
      if (
        raws.some((x) => x.hit === r.hit && (x.subject.actorId === head.actorId || x.object.actorId === head.actorId))
      )
        continue;
      const copy: RawRelation = { ...r, [side]: { ...head, prep: r[side].prep } };
      // (The object's stand-in actor was the delegation's.)
      if (side === "object") delete copy.objectActorId;
      out.push(copy);
    }
  }
  return out;
}

/** Verbs of answering an invitation: "لبى"، "يلبي"، "لبت". */
const HEEDING = set("لبى لبت لبوا يلبي تلبي يلبون");

/**
 * Whether the invitation noun at `at` is the object of a verb of answering it ("لبى عباس دعوة …"): the one named
 * between them, who answers (null when none is named), or undefined when no such verb stands before it.
 */
function answeredBy(params: { tokens: Token[]; args: Mention[]; at: number }): Mention | null | undefined {
  const { tokens, args, at } = params;
  const heeds = (k: number): boolean => HEEDING.has((tokens[k]?.n ?? "").replace(/^[وف]/, ""));
  if (heeds(at - 1)) return null;
  const between = args.find((m) => m.end === at && m.prep === null && !m.conj);
  return between && heeds(between.start - 1) ? between : undefined;
}

/**
 * "يزور مرسي السعودية بدعوة من الملك عبد الله"، "وزار أمير قطر صنعاء تلبية لدعوة الرئيس هادي": a visit or a part
 * taken at someone's invitation. The inviter follows "من" or is the genitive; the one invited is the subject of the
 * verb the phrase belongs to.
 */
export function invitationsAnswered(params: {
  tokens: Token[];
  mentions: Mention[];
  hits: TriggerHit[];
  raws: RawRelation[];
}): RawRelation[] {
  const { tokens, hits, raws } = params;
  const args = argumentMentions(params.mentions);
  const out: RawRelation[] = [];
  for (const hit of hits) {
    if (hit.trigger.set.type !== "INVITED" || hit.trigger.entry.pos !== "noun" || hit.possessed) continue;
    // "لبى الرئيس عباس دعوة الملك عبد الله": the one who answers is invited, by the invitation's genitive.
    const heeded = answeredBy({ tokens, args, at: hit.start });
    if (heeded !== undefined) {
      const inviter = args.find((m) => m.start === hit.end && m.prep === null && !m.conj);
      if (inviter && heeded && inviter.actorId !== heeded.actorId)
        out.push({ hit, subject: inviter, object: heeded, location: null, confidence: 0.5, prior: true });
      continue;
    }
    if (raws.some((r) => r.hit === hit)) continue;
    const before = tokens[hit.start - 1]?.n ?? "";
    const answering =
      /^[وف]?ب/.test(tokens[hit.start]?.n ?? "") ||
      ANSWERING.has(before) ||
      (before === "علي" && ANSWERING.has(tokens[hit.start - 2]?.n ?? ""));
    if (!answering) continue;
    let k = hit.end;
    while (k < hit.end + 2 && /^(DT)?JJ/.test(tokens[k]?.pos ?? "")) k++;
    const from = tokens[k]?.n === "من";
    if (from) k++;
    // "بناء على دعوة من أخيه أمير قطر": a kinship word of courtesy before the inviter.
    if (KIN.has(tokens[k]?.n ?? "") || tokens[k]?.n === "اخيه") k++;
    const inviter = args.find((m) => m.start === k && (m.prep === null || (from && m.prep === "من")));
    if (!inviter || inviter.conj) continue;
    // The visit it answers, when one is coded before it: "زيارة وفد المجلس الوطني موسكو بناء على دعوة من …".
    const visit = raws
      .filter(
        (r) => r.hit.trigger.set.type === "MET" && r.hit.end <= hit.start && r.subject.actorId !== inviter.actorId,
      )
      .pop();
    if (visit) {
      out.push({
        hit,
        subject: { ...inviter, prep: null },
        object: visit.subject,
        location: null,
        confidence: 0.5,
        prior: true,
      });
      continue;
    }
    // Else the verb the phrase belongs to: the nearest one before it in the sentence.
    let v = hit.start - 1;
    while (v >= 0 && !isVerbTag(tokens[v]) && !hits.some((h) => h.start === v && h.trigger.entry.pos === "verb")) {
      if (tokens[v]?.punct && tokens[v]?.n !== "," && tokens[v]?.n !== "،") break;
      v--;
    }
    if (v < 0 || !(isVerbTag(tokens[v]) || hits.some((h) => h.start === v))) continue;
    const invitee =
      args.find((m) => m.start === skipGap(tokens, v + 1) && m.prep === null && m.end <= hit.start) ??
      [...args].reverse().find((m) => m.end === v && m.prep === null) ??
      // A subject after the verb's place and time: "عاد إلى صنعاء مساء أمس الرئيس هادي بعد زيارة … بناء على دعوة".
      args.find(
        (m) =>
          m.start > v &&
          m.end <= hit.start &&
          m.prep === null &&
          m.place === null &&
          m.via !== "capital" &&
          m.via !== "city" &&
          !m.conj &&
          tokens.slice(v + 1, m.start).every((t) => !isVerbTag(t) && !t.punct),
      );
    if (!invitee || invitee.actorId === inviter.actorId) continue;
    out.push({
      hit,
      subject: { ...inviter, prep: null },
      object: invitee,
      location: null,
      confidence: 0.5,
      prior: true,
    });
  }
  return out;
}

const CALL_TYPES = new Set(["DEMANDED", "INVITED"]);
/** Verbal nouns that only carry the act after them: "عقد اجتماع"، "إجراء محادثات". */
const LIGHT_NOUNS = set("عقد إجراء اجراء تنظيم توجيه فرض");

/**
 * Whether an act is only called for: "دعا الحكومة إلى إدانة X"، "داعيا إلى استدعاء السفير"، "طالب بفرض عقوبات على
 * X" state a demand, not a condemnation, a summons or a sanction (ANNOTATION.md: never a positive relation).
 */
export function calledFor(params: { tokens: Token[]; hits: TriggerHit[]; hit: TriggerHit }): boolean {
  const { tokens, hits, hit } = params;
  // Only a verbal noun is the complement of a call; a verb after it is a clause of its own ("لكنه رفض ذلك").
  // (A verb's form the tagger read as a noun coordinated after the called-for act is one more: "تطالب إسرائيل بفرض
  // عقوبات على البنك ورفض/NN التعامل معه".)
  const own = tokens[hit.start];
  const coordinatedNoun = !!own?.pos && /^NN/.test(own.pos) && /^و/.test(own.n);
  if (CALL_TYPES.has(hit.trigger.set.type) || (hit.trigger.entry.pos !== "noun" && !coordinatedNoun)) return false;
  return hits.some((d) => {
    if (!CALL_TYPES.has(d.trigger.set.type) || d.end > hit.start || hit.start - d.end > 12) return false;
    const between = tokens.slice(d.end, hit.start);
    // A verb in between starts another clause; "عقد" there is the verbal noun of "إلى عقد اجتماع".
    const verb = (t: Token): boolean => (t.pos ? /^VB/.test(t.pos) : isVerbTag(t) && !LIGHT_NOUNS.has(t.n));
    if (between.some((t) => (t.punct && t.n !== '"') || verb(t))) return false;
    // The act is the demand's complement: "إلى إدانة"، "بسحب"، "بفرض عقوبات"، "لتعزيز مساندته".
    const self = tokens[hit.start]?.n ?? "";
    // Also past a light verbal noun: "دعا إلى عقد اجتماع طارئ"، "طالب بإجراء محادثات".
    const opens = (k: number): boolean => {
      const t = tokens[k];
      return !!t && !t.punct && k >= d.end && (t.n === "الي" || /^[وف]?(ب|ل)\S{3,}$/.test(t.n));
    };
    const light = LIGHT_NOUNS.has((tokens[hit.start - 1]?.n ?? "").replace(/^[وف]?[بل]?/, ""));
    if (hit.trigger.entry.pos !== "noun") return between.some((_, j) => opens(d.end + j));
    return /^[وف]?(بال|لل)/.test(self) || opens(hit.start - 1) || (light && opens(hit.start - 2));
  });
}
