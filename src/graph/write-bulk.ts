/**
 * The bulk path into the graph model: already-extracted actors, articles, events and evidence written batch by batch,
 * one transaction per batch, with the same statements as writeArticles (`UNWIND … MERGE`) and the derived edges of the
 * batch's actor pairs refreshed in the same transaction. No previous evidence is looked up or replaced: a bulk batch
 * only adds (re-running it rewrites the same nodes and edges, so it stays idempotent).
 */
import { RELATION_TYPES } from "../extract/types.js";
import type { GraphDb } from "./db.js";

/** One batch of the bulk path, as rows of the write statements (see writeArticles for their shapes). */
export interface BulkBatch {
  /** merge-actors rows (id, name, nameAr, aliases, kind, wikidataId, discovered, parentId, searchNames, searchKeys). */
  actors?: Record<string, unknown>[];
  /** merge-articles rows. */
  articles: Record<string, unknown>[];
  /** merge-events rows (eventRow of write-articles.ts, pageKey included). */
  events: { subjectId: string; objectId: string }[];
  /** merge-event-evidence rows: { id, eventId, articleId, props }. */
  mentions: { eventId: string }[];
}

/** Writes one bulk batch in one transaction; returns the number of actor pairs whose derived edges were refreshed. */
export async function writeBulkBatch(db: GraphDb, batch: BulkBatch): Promise<{ pairs: number }> {
  const pairs = new Map<string, { subjectId: string; objectId: string }>();
  for (const e of batch.events) {
    pairs.set(JSON.stringify([e.subjectId, e.objectId]), { subjectId: e.subjectId, objectId: e.objectId });
  }
  const eventIds = [...new Set(batch.mentions.map((m) => m.eventId))];
  return db.write(async (tx) => {
    if (batch.actors && batch.actors.length > 0) await tx.run("merge-actors", { actors: batch.actors });
    await tx.run("merge-articles", { articles: batch.articles });
    await tx.run("merge-events", { events: batch.events });
    await tx.run("merge-event-evidence", { mentions: batch.mentions });
    await tx.run("update-events-support", { eventIds });
    await tx.run("refresh-derived-relations", { pairs: [...pairs.values()], relationTypes: [...RELATION_TYPES] });
    return { pairs: pairs.size };
  });
}
