/**
 * Writes extractions into the graph model of issue 3 and keeps the derived actor-to-actor edges consistent.
 *
 * One call is one transaction (`db.write`), so a loader batch is all-or-nothing. Every statement is an `UNWIND … MERGE`
 * over the whole batch, and the article's evidence is always replaced, so writing the same extraction twice changes
 * nothing and a changed article leaves no stale edge behind.
 */
import type { Actor, ArticleExtraction, ExtractedEvent, Relation } from "../extract/types.js";
import { RELATION_TYPES } from "../extract/types.js";
import { normalizeArabic } from "../extract/normalize.js";
import type { GraphDb, WriteTx } from "./db.js";
import { neighborPairs } from "./write-bulk.js";

/** What one `writeArticles` call did. */
export interface WriteSummary {
  articles: number;
  /** Articles that were already in the graph with a different content hash (their evidence was replaced). */
  changedArticles: number;
  actors: number;
  events: number;
  mentions: number;
  /** Events that lost their last evidence and were removed. */
  deletedEvents: number;
  /** Actor pairs whose derived edges were recomputed. */
  refreshedPairs: number;
}

/** What one `deleteArticle` call did. */
export interface DeleteSummary {
  deleted: boolean;
  deletedEvents: number;
  refreshedPairs: number;
}

interface Pair {
  subjectId: string;
  objectId: string;
}

/**
 * Normalises a name for exact matching: the extractor's Arabic normalisation (letter variants, tashkeel, tatweel),
 * then Latin accents and case folded and punctuation collapsed, so "Bagheri Kâni" and "bagheri kani" meet.
 */
export function normaliseName(name: string): string {
  return normalizeArabic(name)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** All names of an actor (original and normalised), the keys for exact lookup and the full-text field. */
export function actorSearchNames(actor: Pick<Actor, "name" | "nameAr" | "aliases">): {
  searchNames: string;
  searchKeys: string[];
} {
  const originals = [actor.name, actor.nameAr, ...actor.aliases].filter((s) => s.trim() !== "");
  const keys = [...new Set(originals.map(normaliseName).filter((s) => s !== ""))];
  const all = [...new Set([...originals, ...keys])];
  return { searchNames: all.join(" | "), searchKeys: keys };
}

function actorRow(actor: Actor): Record<string, unknown> {
  return {
    id: actor.id,
    name: actor.name,
    nameAr: actor.nameAr,
    aliases: actor.aliases,
    kind: actor.kind,
    wikidataId: actor.wikidataId ?? null,
    discovered: actor.discovered ?? false,
    parentId: actor.parent ?? null,
    roles: actor.roles.map((r) => ({
      title: r.title,
      titleAr: r.titleAr ?? null,
      of: r.of,
      from: r.from ?? null,
      to: r.to ?? null,
    })),
    ...actorSearchNames(actor),
  };
}

/**
 * The key that orders an actor's events as the API lists them (date descending, undated first, then id ascending) in
 * ascending index order: undated events get "0", dated ones "1" and the date with every digit d replaced by 9 - d, so
 * that later dates sort first; the id follows a space. Dates are ISO YYYY-MM-DD, so the inverted part has one length.
 */
export function eventPageKey(event: { id: string; date: string | null }): string {
  if (event.date === null) return `0 ${event.id}`;
  const inverted = event.date.replace(/\d/g, (d) => String(9 - Number(d)));
  return `1${inverted} ${event.id}`;
}

/** The parameters of merge-events for one event. */
export function eventRow(event: ExtractedEvent): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    plover: event.plover,
    cameo: event.cameo,
    subjectId: event.subjectId,
    objectId: event.objectId,
    date: event.date,
    pageKey: eventPageKey(event),
    datePrecision: event.datePrecision,
    mode: event.mode,
    negated: event.negated,
    modality: event.modality,
    locationName: event.location?.name ?? null,
    locationNameAr: event.location?.nameAr ?? null,
    locationActorId: event.location?.actorId ?? null,
  };
}

function mentionRow(relation: Relation, extraction: ArticleExtraction): Record<string, unknown> {
  const body = extraction.article.body;
  const sentence = extraction.sentences.find((s) => s.index === relation.sentenceIndex);
  // The quote is the smallest stretch of the original text that shows subject, trigger and object together.
  const start = Math.min(relation.subjectSpan.start, relation.triggerSpan.start, relation.objectSpan.start);
  const end = Math.max(relation.subjectSpan.end, relation.triggerSpan.end, relation.objectSpan.end);
  return {
    id: relation.id,
    eventId: relation.eventId,
    articleId: relation.articleId,
    props: {
      sentenceIndex: relation.sentenceIndex,
      sentence: relation.sentence,
      sentenceStart: sentence?.start ?? null,
      sentenceEnd: sentence?.end ?? null,
      quote: start >= 0 && end <= body.length && start < end ? body.slice(start, end) : relation.sentence,
      trigger: relation.trigger,
      triggerStart: relation.triggerSpan.start,
      triggerEnd: relation.triggerSpan.end,
      subjectStart: relation.subjectSpan.start,
      subjectEnd: relation.subjectSpan.end,
      objectStart: relation.objectSpan.start,
      objectEnd: relation.objectSpan.end,
      confidence: relation.confidence,
    },
  };
}

function pairKey(p: Pair): string {
  return JSON.stringify([p.subjectId, p.objectId]);
}

function uniquePairs(pairs: Iterable<Pair>): Pair[] {
  const map = new Map<string, Pair>();
  for (const p of pairs) map.set(pairKey(p), { subjectId: p.subjectId, objectId: p.objectId });
  return [...map.values()];
}

/**
 * Removes events left without evidence, refreshes event figures, the derived edges of the affected pairs and their
 * neighbour ranking.
 */
async function settleEvents(tx: WriteTx, affected: { eventIds: string[]; pairs: Pair[] }): Promise<number> {
  const { eventIds, pairs } = affected;
  const deletedRows = await tx.run("delete-unsupported-events", { eventIds });
  await tx.run("update-events-support", { eventIds });
  await tx.run("refresh-derived-relations", { pairs, relationTypes: [...RELATION_TYPES] });
  await tx.run("refresh-neighbor-weights", { pairs: neighborPairs(pairs) });
  return deletedRows.reduce((n, r) => n + Number(r.deleted ?? 0), 0);
}

/**
 * Writes a batch of extractions in one transaction: actors, articles, events, evidence and derived edges.
 * Idempotent; an article already in the graph has all of its previous evidence replaced.
 */
export async function writeArticles(db: GraphDb, extractions: ArticleExtraction[]): Promise<WriteSummary> {
  // Later extractions of the same article or actor in one batch win, as they would in two batches.
  const byArticle = new Map<string, ArticleExtraction>();
  for (const x of extractions) byArticle.set(x.article.id, x);
  const batch = [...byArticle.values()];
  if (batch.length === 0) {
    return { articles: 0, changedArticles: 0, actors: 0, events: 0, mentions: 0, deletedEvents: 0, refreshedPairs: 0 };
  }

  const actors = new Map<string, Actor>();
  for (const x of batch) {
    for (const a of x.actors) actors.set(a.id, a);
    for (const r of x.relations) {
      if (!actors.has(r.subject.id)) actors.set(r.subject.id, r.subject);
      if (!actors.has(r.object.id)) actors.set(r.object.id, r.object);
    }
  }
  const events = new Map<string, ExtractedEvent>();
  for (const x of batch) for (const e of x.events) events.set(e.id, e);
  const mentions = batch.flatMap((x) => x.relations.map((r) => mentionRow(r, x)));
  const articleIds = batch.map((x) => x.article.id);
  const articles = batch.map((x) => ({
    id: x.article.id,
    title: x.article.title ?? null,
    source: x.article.source ?? null,
    url: x.article.url ?? null,
    publishedAt: x.article.publishedAt ?? null,
    language: x.article.language,
    contentHash: x.article.contentHash,
    parentId: x.article.parentId ?? null,
    body: x.article.body,
  }));

  return db.write(async (tx) => {
    const previous = await tx.run("find-articles-events", { articleIds });
    const hashes = await tx.run("find-articles-hashes", { articleIds });
    const changedArticles = hashes.filter(
      (h) => byArticle.get(String(h.id))?.article.contentHash !== h.contentHash,
    ).length;

    const actorRows = [...actors.values()].map(actorRow);
    await tx.run("merge-actors", { actors: actorRows });
    await tx.run("replace-actor-parents", { actors: actorRows });
    await tx.run("replace-actor-roles", { actors: actorRows });

    await tx.run("delete-articles-evidence", { articleIds });
    await tx.run("merge-articles", { articles });
    await tx.run("merge-article-pages", { articles });
    await tx.run("merge-events", { events: [...events.values()].map(eventRow) });
    await tx.run("merge-event-evidence", { mentions });

    const eventIds = [...new Set([...previous.map((r) => String(r.eventId)), ...events.keys()])];
    const pairs = uniquePairs([
      ...previous.map((r) => ({ subjectId: String(r.subjectId), objectId: String(r.objectId) })),
      ...[...events.values()].map((e) => ({ subjectId: e.subjectId, objectId: e.objectId })),
    ]);
    const deletedEvents = await settleEvents(tx, { eventIds, pairs });
    return {
      articles: batch.length,
      changedArticles,
      actors: actors.size,
      events: events.size,
      mentions: mentions.length,
      deletedEvents,
      refreshedPairs: pairs.length,
    };
  });
}

/** Deletes an article with its evidence, then any event and derived edge it alone supported. */
export async function deleteArticle(db: GraphDb, id: string): Promise<DeleteSummary> {
  return deleteArticles(db, [id]);
}

/** Deletes articles in one transaction (the watcher's deleted files); `deleted` is true when any existed. */
export async function deleteArticles(db: GraphDb, articleIds: string[]): Promise<DeleteSummary> {
  return db.write(async (tx) => {
    const previous = await tx.run("find-articles-events", { articleIds });
    const deletedRows = await tx.run("delete-articles", { articleIds });
    const deleted = deletedRows.reduce((n, r) => n + Number(r.deleted ?? 0), 0) > 0;
    const eventIds = [...new Set(previous.map((r) => String(r.eventId)))];
    const pairs = uniquePairs(previous.map((r) => ({ subjectId: String(r.subjectId), objectId: String(r.objectId) })));
    const deletedEvents = await settleEvents(tx, { eventIds, pairs });
    return { deleted, deletedEvents, refreshedPairs: pairs.length };
  });
}
