/**
 * Brings a graph written by an earlier version of the write path up to date, batch by batch: events get their pageKey
 * (the index order of `relations(filter: {actors})`), and derived edges written before eventKeys existed are
 * recomputed, which also builds the neighbour ranking (NEIGHBOR) of their pairs; ranking edges written before they
 * summarised their pair's derived edges (edgeSlots) are rewritten with the summary. Idempotent; on a graph that is up
 * to date it costs one scan of the events, one of the derived edges and one of the ranking edges (no writes), so a
 * start runs it only until the graph records that it is up to date (bringUpToDate).
 */
import { int, type GraphDb } from "./db.js";
import { RELATION_TYPES } from "../extract/types.js";
import { neighborPairs } from "./write-bulk.js";

/**
 * The version of the write path's data that backfillGraph brings a graph to. Raise it with every new backfill: graphs
 * recorded at a lower version are backfilled once more at their next start.
 */
export const BACKFILL_VERSION = 1;

/**
 * Backfills a graph once: skipped (null) when the graph records that it is up to date with BACKFILL_VERSION, else
 * runs backfillGraph and records it. A graph of millions of events then pays the backfill's scans once, not at every
 * start (where they could run out of time before the service began).
 */
export async function bringUpToDate(db: GraphDb): Promise<BackfillSummary | null> {
  const [row] = await db.read("find-graph-version");
  if (Number(row?.version ?? 0) >= BACKFILL_VERSION) return null;
  const summary = await backfillGraph(db);
  await db.write((tx) => tx.run("set-graph-version", { version: int(BACKFILL_VERSION) }));
  return summary;
}

/** What backfillGraph changed. */
export interface BackfillSummary {
  pageKeys: number;
  pairs: number;
  /** Actor pairs whose ranking edges gained the summary of their derived edges. */
  summarised: number;
}

/** Runs the backfills until nothing is left (batches of `batch` events or pairs, one transaction each). */
export async function backfillGraph(db: GraphDb, batch = 5_000): Promise<BackfillSummary> {
  const summary: BackfillSummary = { pageKeys: 0, pairs: 0, summarised: 0 };
  for (;;) {
    const [row] = await db.write((tx) => tx.run("update-events-page-keys", { limit: int(batch) }));
    const updated = Number(row?.updated ?? 0);
    summary.pageKeys += updated;
    if (updated < batch) break;
  }
  let previous = "";
  for (;;) {
    const pairs = (await db.read("list-unkeyed-relation-pairs", { limit: int(batch) })).map((r) => ({
      subjectId: String(r.subjectId),
      objectId: String(r.objectId),
    }));
    // The same pairs twice means the refresh could not key them: stop rather than loop (nothing else depends on it).
    const key = JSON.stringify(pairs);
    if (pairs.length === 0 || key === previous) break;
    previous = key;
    await db.write(async (tx) => {
      await tx.run("refresh-derived-relations", { pairs, relationTypes: [...RELATION_TYPES] });
      await tx.run("refresh-neighbor-weights", { pairs: neighborPairs(pairs) });
    });
    summary.pairs += pairs.length;
  }
  // Pages of actors (by id) rather than "the next unsummarised edges": a filter on a missing property has no index,
  // and restarting the scan from the first ranking edge at every batch would read the fixed ones again and again.
  let after = "";
  const actorsPerPage = Math.max(1, Math.round(batch / 10));
  for (;;) {
    const rows = await db.read("list-unsummarised-neighbor-pairs", { after, limit: int(actorsPerPage) });
    if (rows.length === 0) break;
    after = String(rows[rows.length - 1]?.actorId);
    let pairs: { subjectId: string; objectId: string }[] = [];
    const flush = async () => {
      if (pairs.length === 0) return;
      const chunk = pairs;
      await db.write((tx) => tx.run("refresh-neighbor-weights", { pairs: chunk }));
      summary.summarised += chunk.length;
      pairs = [];
    };
    for (const r of rows) {
      for (const n of r.neighborIds as string[]) {
        pairs.push({ subjectId: String(r.actorId), objectId: n });
        if (pairs.length >= batch) await flush();
      }
    }
    await flush();
  }
  return summary;
}
