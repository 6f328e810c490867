/**
 * Hand-made extractions for graph and API tests, so that they do not depend on the extractor's exact output.
 * Actors mirror the seed articles (Bagheri Kani, Abu Marzouk, Bogdanov, Peskov …).
 */
import { createHash } from "node:crypto";
import type { IngestInput } from "../../../src/api/context.js";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import type {
  Actor,
  ArticleExtraction,
  ExtractedEvent,
  MeetMode,
  Modality,
  Relation,
  RelationType,
} from "../../../src/extract/types.js";

/** Test actors by short key. */
export const ACTORS = {
  russia: actor({ id: "country:RUS", name: "Russia", nameAr: "روسيا", kind: "COUNTRY", aliases: ["موسكو", "Moscow"] }),
  iran: actor({ id: "country:IRN", name: "Iran", nameAr: "إيران", kind: "COUNTRY", aliases: ["طهران", "Tehran"] }),
  israel: actor({ id: "country:ISR", name: "Israel", nameAr: "إسرائيل", kind: "COUNTRY", aliases: ["تل أبيب"] }),
  hamas: actor({ id: "org:hamas", name: "Hamas", nameAr: "حماس", kind: "ORGANIZATION", aliases: ["حركة حماس"] }),
  kremlin: actor({
    id: "gov:kremlin",
    name: "Kremlin",
    nameAr: "الكرملين",
    kind: "GOVERNMENT_BODY",
    parent: "country:RUS",
  }),
  peskov: actor({
    id: "person:peskov",
    name: "Dmitry Peskov",
    nameAr: "دميتري بيسكوف",
    kind: "PERSON",
    aliases: ["بيسكوف", "Peskov"],
    roles: [{ title: "Spokesperson", titleAr: "المتحدث باسم", of: "gov:kremlin" }],
  }),
  bagheri: actor({
    id: "person:bagheri-kani",
    name: "Ali Bagheri Kani",
    nameAr: "علي باقري كني",
    kind: "PERSON",
    aliases: ["باقري كني", "Bagheri Kani"],
    roles: [{ title: "Deputy Foreign Minister", of: "country:IRN" }],
  }),
  abuMarzouk: actor({
    id: "person:abu-marzouk",
    name: "Mousa Abu Marzouk",
    nameAr: "موسى أبو مرزوق",
    kind: "PERSON",
    aliases: ["أبو مرزوق", "Abu Marzouk"],
    roles: [{ title: "Political bureau member", of: "org:hamas" }],
  }),
  bogdanov: actor({
    id: "person:bogdanov",
    name: "Mikhail Bogdanov",
    nameAr: "ميخائيل بوغدانوف",
    kind: "PERSON",
    aliases: ["بوغدانوف", "Bogdanov"],
    roles: [{ title: "Deputy Foreign Minister", of: "country:RUS" }],
  }),
} satisfies Record<string, Actor>;

function actor(a: Partial<Actor> & Pick<Actor, "id" | "name" | "nameAr" | "kind">): Actor {
  return { aliases: [], roles: [], ...a };
}

/** One relation to put in a test article. */
export interface RelationSpec {
  type: RelationType;
  subject: Actor;
  object: Actor;
  date?: string | null;
  negated?: boolean;
  modality?: Modality;
  mode?: MeetMode | null;
  sentence?: string;
  confidence?: number;
  location?: Relation["location"];
}

/** Builds an ArticleExtraction whose sentences are the relations' sentences, one per relation. */
export function buildExtraction(spec: {
  id: string;
  title?: string;
  publishedAt?: string;
  source?: string;
  parentId?: string;
  relations: RelationSpec[];
  extraActors?: Actor[];
}): ArticleExtraction {
  const sentences = spec.relations.map(
    (r, i) => r.sentence ?? `${r.subject.nameAr} ${r.type} ${r.object.nameAr} (${spec.id} #${i}).`,
  );
  const body = sentences.join("\n");
  let offset = 0;
  const sentenceRows = sentences.map((text, index) => {
    const row = { index, text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return row;
  });
  const relations: Relation[] = spec.relations.map((r, i) => {
    const s = sentenceRows[i]!;
    const negated = r.negated ?? false;
    const date = r.date === undefined ? "2023-10-27" : r.date;
    const eventId = `ev:${r.type}|${r.subject.id}|${r.object.id}|${date ?? "-"}|${negated ? "neg" : "pos"}`;
    return {
      id: `${spec.id}:${i}:${r.type}:${r.subject.id}:${r.object.id}`,
      eventId,
      articleId: spec.id,
      type: r.type,
      plover: r.type === "MET" ? "CONSULT" : r.type,
      cameo: r.type === "MET" ? "040" : "000",
      subject: r.subject,
      object: r.object,
      mode: r.mode ?? (r.type === "MET" ? "meeting" : null),
      negated,
      modality: r.modality ?? "asserted",
      date,
      datePrecision: date ? "day" : "publication",
      location: r.location ?? null,
      sentenceIndex: i,
      sentence: s.text,
      trigger: r.type,
      triggerSpan: { start: s.start + 1, end: s.start + 3 },
      subjectSpan: { start: s.start, end: s.start + 1 },
      objectSpan: { start: s.start + 4, end: s.start + 6 },
      confidence: r.confidence ?? 0.8,
    };
  });
  const events = new Map<string, ExtractedEvent>();
  for (const r of relations) {
    const e = events.get(r.eventId);
    if (e) {
      e.mentionIds.push(r.id);
      continue;
    }
    events.set(r.eventId, {
      id: r.eventId,
      type: r.type,
      plover: r.plover,
      cameo: r.cameo,
      subjectId: r.subject.id,
      objectId: r.object.id,
      date: r.date,
      datePrecision: r.datePrecision,
      mode: r.mode,
      negated: r.negated,
      modality: r.modality,
      location: r.location,
      confidence: r.confidence,
      mentionIds: [r.id],
    });
  }
  const actors = new Map<string, Actor>();
  for (const a of spec.extraActors ?? []) actors.set(a.id, a);
  for (const r of relations) {
    actors.set(r.subject.id, r.subject);
    actors.set(r.object.id, r.object);
  }
  return {
    article: {
      id: spec.id,
      parentId: spec.parentId,
      title: spec.title ?? `Article ${spec.id}`,
      source: spec.source ?? "test",
      publishedAt: spec.publishedAt ?? "2023-10-28",
      language: "ar",
      body,
      contentHash: createHash("sha256").update(body).digest("hex"),
    },
    sentences: sentenceRows,
    actors: [...actors.values()],
    relations,
    events: [...events.values()],
    warnings: [],
  };
}

/** A small corpus resembling the seed articles: meetings in Moscow, a negated contact, Israel → Hamas → Iran. */
export function seedCorpus(): ArticleExtraction[] {
  const A = ACTORS;
  return [
    buildExtraction({
      id: "a1",
      title: "روسيا تدافع عن دعوتها وفد حماس",
      extraActors: [A.kremlin, A.russia],
      relations: [
        { type: "INVITED", subject: A.russia, object: A.hamas, sentence: "دافعت روسيا عن قرار دعوة وفد من حركة حماس." },
        {
          type: "MET",
          subject: A.peskov,
          object: A.hamas,
          negated: true,
          sentence: "وذكر بيسكوف أن وفد حماس لم يتواصل مع الكرملين.",
        },
        { type: "CONDEMNED", subject: A.israel, object: A.hamas, sentence: "وأدانت إسرائيل حركة حماس." },
      ],
    }),
    buildExtraction({
      id: "a2",
      title: "باقري كني في موسكو",
      relations: [
        {
          type: "MET",
          subject: A.bagheri,
          object: A.abuMarzouk,
          sentence: "والتقى علي باقري كني في موسكو موسى أبو مرزوق.",
          location: { name: "Moscow", nameAr: "موسكو", actorId: "country:RUS" },
        },
        {
          type: "MET",
          subject: A.bagheri,
          object: A.bogdanov,
          date: "2023-10-26",
          sentence: "كما التقى باقري كني نائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
        },
        { type: "SUPPORTED", subject: A.iran, object: A.hamas, sentence: "وأعلنت إيران دعمها لحركة حماس." },
      ],
    }),
  ];
}

/** A stand-in for extraction + load behind the API's ingest: one article saying Iran met Russia, in the input's words. */
export async function writeIngested(db: GraphDb, input: IngestInput): Promise<{ articleIds: string[] }> {
  const id = input.id ?? "ingested";
  await writeArticles(db, [
    buildExtraction({
      id,
      title: input.title,
      relations: [{ type: "MET", subject: ACTORS.iran, object: ACTORS.russia, sentence: input.text }],
    }),
  ]);
  return { articleIds: [id] };
}
