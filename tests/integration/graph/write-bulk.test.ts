import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { backfillGraph, bringUpToDate } from "../../../src/graph/backfill.js";
import { eventPageKey } from "../../../src/graph/write-articles.js";
import { writeBulkBatch } from "../../../src/graph/write-bulk.js";
import { syntheticActors, syntheticBatch } from "../../../bench/synthetic-graph.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

// The bulk path's create way extends derived edges and the neighbour ranking from each batch's own events; the merge
// way recomputes them from all of each pair's events. Both must leave the same graph.
let db: GraphDb;
let admin: TestAdmin;

const OPTIONS = { events: 1_200, actors: 40, seed: 7 };
const BATCH = 200;

async function writeAll(): Promise<string[]> {
  const modes: string[] = [];
  for (let from = 0; from < OPTIONS.events; from += BATCH) {
    modes.push((await writeBulkBatch(db, syntheticBatch(OPTIONS, { from, to: from + BATCH }))).mode);
  }
  return modes;
}

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeBulkBatch(db, { actors: syntheticActors(OPTIONS), articles: [], events: [], mentions: [] });
});

afterAll(async () => {
  await admin?.reset();
  await db?.close();
  await admin?.close();
});

describe("writeBulkBatch", () => {
  it("creates new batches and merges a batch written before, leaving the same derived edges and ranking", async () => {
    expect(await writeAll()).toEqual(Array(OPTIONS.events / BATCH).fill("create"));
    const counts = await admin.counts();
    const edges = await admin.derivedEdges();
    const neighbors = await admin.neighborEdges();
    expect(counts["node:Event"]).toBe(OPTIONS.events);
    // Skewed on purpose: the hub's pairs collect events from every batch, so their lists were spliced many times.
    const hubMet = edges.find((e) => e.subjectId === "gen:actor:0000001" && e.type === "MET");
    expect((hubMet?.props.eventIds as string[]).length).toBeGreaterThan(5);
    expect(neighbors.length).toBeGreaterThan(0);

    // Written again: the merge way recomputes every touched pair from its events (the reference).
    expect(await writeAll()).toEqual(Array(OPTIONS.events / BATCH).fill("merge"));
    expect(await admin.counts()).toEqual(counts);
    expect(await admin.derivedEdges()).toEqual(edges);
    expect(await admin.neighborEdges()).toEqual(neighbors);
  });

  it("keeps each edge's event ids in (date, id) order, undated last, with figures that match its events", async () => {
    for (const e of await admin.derivedEdges()) {
      const keys = e.props.eventKeys as string[];
      expect(keys).toEqual([...keys].sort());
      expect(keys.map((k) => k.slice(k.indexOf(" ") + 1))).toEqual(e.props.eventIds);
      expect(e.props.count).toBe(keys.length);
    }
  });

  it("ranks each actor's neighbours by events over all types and both directions", async () => {
    const edges = await admin.derivedEdges();
    const weight = new Map<string, number>();
    for (const e of edges) {
      const key = [e.subjectId, e.objectId].sort().join("|");
      weight.set(key, (weight.get(key) ?? 0) + Number(e.props.count));
    }
    const neighbors = await admin.neighborEdges();
    expect(neighbors.length).toBe(2 * [...weight.keys()].filter((k) => k.split("|")[0] !== k.split("|")[1]).length);
    for (const n of neighbors) {
      const w = weight.get([n.actorId, n.neighborId].sort().join("|"));
      expect(n.props.weight).toBe(w);
      expect(n.props.rank).toBe(`${String(999_999_999 - Number(w)).padStart(9, "0")} ${n.neighborId}`);
    }
  });

  it("backfills a graph written before page keys, event keys and the ranking existed", async () => {
    // One undated event (whose key sorts last in its edge and first among the actor's events).
    const undated = syntheticBatch(
      { ...OPTIONS, events: OPTIONS.events + 4 },
      { from: OPTIONS.events, to: OPTIONS.events + 4 },
    );
    const first = undated.events[0];
    if (!first) throw new Error("no event");
    Object.assign(first, { date: null, negated: false, modality: "asserted" });
    first.pageKey = eventPageKey({ id: String(first.id), date: null });
    await writeBulkBatch(db, undated);
    const pageKeys = await admin.eventPageKeys();
    const edges = await admin.derivedEdges();
    const neighbors = await admin.neighborEdges();
    expect(pageKeys.some((e) => e.date === null)).toBe(true);

    await admin.removeDerivedKeys();
    expect((await admin.eventPageKeys()).every((e) => e.pageKey === null)).toBe(true);
    expect(await admin.neighborEdges()).toEqual([]);

    const summary = await backfillGraph(db, 100);
    expect(summary.pageKeys).toBe(pageKeys.length);
    expect(summary.pairs).toBeGreaterThan(0);
    expect(await admin.eventPageKeys()).toEqual(pageKeys);
    expect(await admin.derivedEdges()).toEqual(edges);
    expect(await admin.neighborEdges()).toEqual(neighbors);
    // Up to date: nothing more to do.
    expect(await backfillGraph(db, 100)).toEqual({ pageKeys: 0, pairs: 0, summarised: 0 });
  });

  it("backfills the summary of derived edges on ranking edges written before it", async () => {
    const neighbors = await admin.neighborEdges();
    expect(neighbors.every((n) => Array.isArray(n.props.edgeSlots) && n.props.edgeSlots.length > 0)).toBe(true);
    await admin.removeNeighborSummaries();
    expect((await admin.neighborEdges()).some((n) => n.props.edgeSlots !== undefined)).toBe(false);
    // Small pages and batches: the paging by actor and the flushing of full batches are both exercised.
    const summary = await backfillGraph(db, 30);
    expect(summary).toEqual({ pageKeys: 0, pairs: 0, summarised: neighbors.length / 2 });
    expect(await admin.neighborEdges()).toEqual(neighbors);
  });

  it("backfills at a start only until the graph records that it is up to date", async () => {
    const neighbors = await admin.neighborEdges();
    await admin.removeNeighborSummaries();
    const first = await bringUpToDate(db);
    expect(first?.summarised).toBe(neighbors.length / 2);
    expect(await admin.neighborEdges()).toEqual(neighbors);
    // Recorded: the next start reads the record, not the graph (what is missing now stays missing).
    await admin.removeNeighborSummaries();
    expect(await bringUpToDate(db)).toBeNull();
    expect((await admin.neighborEdges()).some((n) => n.props.edgeSlots !== undefined)).toBe(false);
    await backfillGraph(db, 30);
    expect(await admin.neighborEdges()).toEqual(neighbors);
  });
});
