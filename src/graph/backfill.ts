/**
 * Brings a graph written by an earlier version of the write path up to date, batch by batch: events get their pageKey
 * (the index order of `relations(filter: {actors})`), and derived edges written before eventKeys existed are
 * recomputed, which also builds the neighbour ranking (NEIGHBOR) of their pairs. Idempotent; on a graph that is up to
 * date it costs one scan of the events and one of the derived edges (no writes), so it runs at every start.
 */
import { int, type GraphDb } from "./db.js";
import { RELATION_TYPES } from "../extract/types.js";
import { neighborPairs } from "./write-bulk.js";

/** What backfillGraph changed. */
export interface BackfillSummary {
  pageKeys: number;
  pairs: number;
}

/** Runs the backfills until nothing is left (batches of `batch` events or pairs, one transaction each). */
export async function backfillGraph(db: GraphDb, batch = 5_000): Promise<BackfillSummary> {
  const summary: BackfillSummary = { pageKeys: 0, pairs: 0 };
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
  return summary;
}
