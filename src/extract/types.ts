/**
 * The extraction contract: what src/extract produces from article text, and what src/graph and src/api consume.
 * Pure data types only. Offsets are UTF-16 code-unit offsets into `ParsedArticle.body` (the original text, not the
 * normalised one), so that a frontend can highlight `body.slice(start, end)`.
 */

// PEOPLE is a nation's people as a party ("الشعب السوري"): never its state, whose government it may oppose.
export const ACTOR_KINDS = ["COUNTRY", "ORGANIZATION", "GOVERNMENT_BODY", "PERSON", "PEOPLE"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_TYPES = [
  "MET",
  "INVITED",
  "CONDEMNED",
  "ACCUSED",
  "DEMANDED",
  "SUPPORTED",
  "SUPPLIED",
  "MEDIATED",
  "REJECTED",
  "THREATENED",
  "SANCTIONED",
  "ATTACKED",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** asserted: the text states it; reported: the text attributes it to a source (قالت، بحسب، ذكرت …). */
export const MODALITIES = ["asserted", "reported", "uncertain", "expected"] as const;
export type Modality = (typeof MODALITIES)[number];

/** How a MET relation happened (null for other types). */
export const MEET_MODES = ["meeting", "talks", "visit", "hosting", "phone_call", "contact"] as const;
export type MeetMode = (typeof MEET_MODES)[number];

export type DatePrecision = "day" | "month" | "year" | "publication";

/** A role an actor holds in another actor (e.g. spokesperson of the Kremlin). */
export interface RoleEntry {
  /** English title, e.g. "Spokesperson". */
  title: string;
  /** Arabic title as written, e.g. "المتحدث باسم". */
  titleAr?: string;
  /** Actor id of the organisation/country the role is in. */
  of: string;
  /** ISO dates when known. */
  from?: string;
  to?: string;
}

/** An actor as known to the dictionary or created during extraction. Ids are stable across runs. */
export interface Actor {
  id: string;
  name: string;
  nameAr: string;
  kind: ActorKind;
  aliases: string[];
  wikidataId?: string;
  /** Actor id of the parent (ministry → country, spokesperson's office → Kremlin …). */
  parent?: string;
  roles: RoleEntry[];
  /** true when the actor was introduced by the text (title + name), not found in the dictionary. */
  discovered?: boolean;
}

/** Article metadata and body after decoding, front matter, header stripping and "read also" splitting. */
export interface ParsedArticle {
  /** Stable id: the file name stem (or content hash), plus "#2", "#3" … for split-off stories. */
  id: string;
  /** For a story split off a page ("إقرأ أيضاً"), the id of the page's main article. */
  parentId?: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or date-time of publication, when known. */
  publishedAt?: string;
  language: string;
  /** Original text of the article body (metadata headers removed). Offsets refer to this string. */
  body: string;
  /** sha256 hex of the body: lets the loader replace an article whose content changed. */
  contentHash: string;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** One relation as stated by one sentence (a "mention" in GDELT terms). */
export interface Relation {
  /** Deterministic id of this mention: article + sentence + type + subject + object. */
  id: string;
  /** Deterministic id of the event the mention belongs to (see eventKey in events.ts). */
  eventId: string;
  articleId: string;
  type: RelationType;
  plover: string;
  cameo: string;
  subject: Actor;
  object: Actor;
  mode: MeetMode | null;
  negated: boolean;
  modality: Modality;
  /** ISO date of the event (YYYY-MM-DD), or null when neither the text nor the article gives one. */
  date: string | null;
  datePrecision: DatePrecision;
  /** Where it happened, as an actor (a city resolves to its country actor) or free text. */
  location: { name: string; nameAr: string; actorId?: string } | null;
  sentenceIndex: number;
  sentence: string;
  trigger: string;
  triggerSpan: Span;
  subjectSpan: Span;
  objectSpan: Span;
  /** 0..1, how sure the coder is (pattern strength, distance, resolution certainty). */
  confidence: number;
}

/** The same (type, participants, date, polarity) stated in one or more sentences: one event, many evidence. */
export interface ExtractedEvent {
  id: string;
  type: RelationType;
  plover: string;
  cameo: string;
  subjectId: string;
  objectId: string;
  date: string | null;
  datePrecision: DatePrecision;
  mode: MeetMode | null;
  negated: boolean;
  modality: Modality;
  location: Relation["location"];
  confidence: number;
  /** ids of the Relation mentions that evidence it. */
  mentionIds: string[];
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  article: ParsedArticle;
  sentences: Sentence[];
  /** Every actor mentioned (dictionary and discovered), each once, plus the actors they belong to (parent, roles). */
  actors: Actor[];
  relations: Relation[];
  events: ExtractedEvent[];
  /** Non-fatal notes (e.g. "front matter date 'x' is not a date; used header date"). */
  warnings: string[];
}
