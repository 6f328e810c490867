/**
 * Input types of the extractor: the actor dictionary and the trigger lexicon as read from data/ (validated by
 * src/ingest/read-data.ts). Kept apart from types.ts, which is the output contract.
 */
import type { ActorKind, MeetMode, RelationType, RoleEntry } from "./types.js";

/** A capital or other city of a country. */
export interface PlaceEntry {
  name: string;
  nameAr: string;
  aliases?: string[];
}

/** One actor entry of data/actors/*.yaml (country fields only on countries). */
export interface ActorEntry {
  id: string;
  kind: ActorKind;
  name: string;
  nameAr: string;
  aliases?: string[];
  wikidataId?: string;
  parent?: string;
  roles?: RoleEntry[];
  demonym?: string;
  nisba?: string[];
  nisbaPlural?: string[];
  /** An organisation's short name, a name only after its members or in quotes: "نواب النهضة"، "«النهضة»". */
  shortAr?: string[];
  capital?: PlaceEntry;
  cities?: PlaceEntry[];
  unMember?: boolean;
}

/** A per-country government body template; placeholders: {demonym} {name} {nameAr} {nisba} {nisbaDef} {nisbaFem} {nisbaFemDef}. */
export interface BodyTemplate {
  /** Id suffix: RUS + "-" + suffix. */
  suffix: string;
  name: string;
  nameAr: string;
  aliases?: string[];
  /** What the generated actor is: a government body unless said otherwise (a nation's people is PEOPLE). */
  kind?: "GOVERNMENT_BODY" | "PEOPLE";
}

/** The validated actor dictionary. */
export interface Dictionary {
  actors: ActorEntry[];
  bodyTemplates: BodyTemplate[];
}

/** Where an argument may stand relative to its trigger: without preposition ("direct") or after one of these. */
export type ArgumentPrep =
  "direct" | "ب" | "مع" | "ل" | "الى" | "على" | "ضد" | "من" | "عن" | "لدى" | "تجاه" | "حيال" | "إزاء" | "بحق";

/** One trigger: a set of word forms that states one relation type. */
export interface TriggerEntry {
  /** verb: finite verb forms (VSO/SVO); noun: verbal nouns (subject in the genitive: "زيارة أبو مرزوق لموسكو"). */
  pos: "verb" | "noun";
  forms: string[];
  /** How the object is introduced. */
  object: ArgumentPrep[];
  mode?: MeetMode;
  cameo?: string;
  /** One of these words must follow the trigger in the same clause (e.g. aid nouns after "قدم"). */
  requires?: string[];
  /** The trigger is void when one of these words follows it in the same clause. */
  excludes?: string[];
  /** Verbal noun that needs a light verb ("أجرى محادثات") or a genitive subject to have a subject. */
  lightVerb?: boolean;
  /** Invitation nouns/verbs: the invitee is followed by one of these purposes ("لزيارة موسكو"). */
  purpose?: string[];
  /** In the passive ("تم استدعاء السفير الروسي لدى إسرائيل") the subject is the actor after this preposition. */
  passiveSubjectPrep?: ArgumentPrep[];
  /**
   * Verbal noun whose genitive is the object, not the agent ("تزويد أوكرانيا بالأسلحة" = supplying Ukraine); the
   * agent is then the subject of the clause ("أعلنت ألمانيا عدم تزويد أوكرانيا").
   */
  genitiveIsObject?: boolean;
  /**
   * Circumstantial participle ("، مطالبا الولايات المتحدة بـ") or verbal noun of purpose ("احتجاجا على"): its subject
   * is the subject of the sentence. Set by the reader for the forms generated from a YAML entry's `participles`, and
   * in YAML for a noun.
   */
  circumstantial?: boolean;
  /** Noun whose agent is the subject of the clause it stands in ("أعلنت الإمارات تقديم مساعدات للسودان"). */
  clauseSubject?: boolean;
  /**
   * With `clauseSubject`: the clause's verb must be one of these ("أعلن الحوثيون استهداف سفينة": a claimed act), never
   * any verb ("أدانت مصر قصف …" condemns someone else's).
   */
  governedBy?: string[];
  /**
   * An obligation stated of the actor right after the phrase ("قال X إن على الحكومة أن تستقيل"، "يجب على إسرائيل
   * وقف …"): the subject is whoever says it in the sentence, never a name in it otherwise.
   */
  speakerSubject?: boolean;
  /**
   * A predicate said of the actor right before it, the subject of a clause after "أن/إن" ("اعتبر المعلم أن تركيا
   * مسؤولة عن …"): that actor (and those coordinated with it) is the object, whoever says it the subject.
   */
  predicate?: boolean;
  /**
   * Noun whose agent only a nationality adjective after it names ("الغارات الإسرائيلية على غزة"، "العقوبات الأميركية
   * على سوريا"); without one it relates nobody.
   */
  nationalAgent?: boolean;
  /**
   * A passive participle after what it describes ("حزب الله المدعوم من إيران"، "اقتراح الوزير مدعوما من الرئيس"): the
   * object is the actor right before it, the subject the actor after "من"; no other reading links it.
   */
  passiveParticiple?: boolean;
  /**
   * An attributive participle ("قوات المؤتمر المؤيدة للرئيس"، "موقفهما الداعم لنظام الأسد"): the subject is the actor it
   * describes, or whose stance ("موقفه"، "مواقفهم") it describes; the object follows with "لـ".
   */
  attributive?: boolean;
  /**
   * A fight between two sides ("اشتباكات عنيفة بين الجيش الحر وجيش النظام"): each side acts on the other, so one
   * relation runs each way, and only between two named sides after "بين" — or, for a verb, between its two
   * coordinated subjects ("تبادلت الهند وباكستان الاتهامات").
   */
  mutual?: boolean;
  /**
   * Counts only when negated, and then states the relation: "لا نقبل بهذه الدعوة"، "لم توافق إيران على الاقتراح" reject
   * them. (Not negated, it states nothing of this type.)
   */
  negatedOnly?: boolean;
  /**
   * One-word forms matched only as written, with their hamza ("هنأ", congratulated), because normalising merges them
   * with another word ("هنا", here). A conjunction may stand before them.
   */
  writtenForms?: string[];
  /** Confidence of the pattern, 0..1 (default 0.85). */
  confidence?: number;
}

/** All triggers of one relation type with its codes. */
export interface TriggerSet {
  type: RelationType;
  plover: string;
  cameo: string;
  triggers: TriggerEntry[];
}

/** The validated trigger lexicon. */
export interface TriggerLexicon {
  sets: TriggerSet[];
}
