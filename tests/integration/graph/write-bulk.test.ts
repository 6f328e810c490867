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

/** Every pair's two ranking edges carry the pair's events over all types and both directions, and the rank key. */
async function expectRankingMatchesDerivedEdges(): Promise<void> {
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
}

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
    await expectRankingMatchesDerivedEdges();
  });

  it("completes a pair whose ranking edge is missing one way from the figures of the other way", async () => {
    // add-neighbor-weights reads a pair's stored figures from either of its two edges and writes both: here the edge
    // from the smaller id is gone, so they come from the other one.
    const batch = syntheticBatch(
      { ...OPTIONS, events: OPTIONS.events + 2 * BATCH },
      { from: OPTIONS.events + BATCH, to: OPTIONS.events + 2 * BATCH },
    );
    const before = await admin.neighborEdges();
    const positive = batch.events.filter(
      (e) => e.negated === false && (e.modality === "asserted" || e.modality === "reported"),
    );
    const touched = new Set(positive.map((e) => [e.subjectId, e.objectId].sort().join("|")));
    const pair = before.find(
      (n) => n.actorId < n.neighborId && touched.has([n.actorId, n.neighborId].sort().join("|")),
    );
    if (!pair) throw new Error("no ranking edge of a pair the batch touches");
    await admin.deleteNeighborEdge(pair);
    expect((await writeBulkBatch(db, batch)).mode).toBe("create");
    const after = await admin.neighborEdges();
    const reverse = after.find((n) => n.actorId === pair.neighborId && n.neighborId === pair.actorId);
    const restored = after.find((n) => n.actorId === pair.actorId && n.neighborId === pair.neighborId);
    expect(restored?.props.weight).toBe(reverse?.props.weight);
    expect(Number(restored?.props.weight)).toBeGreaterThan(Number(pair.props.weight));
    // The same figures and summary both ways; only the ends and the rank keys (which name the neighbour) differ.
    const shared = (props: Record<string, unknown> | undefined) => ({
      ...props,
      actorId: null,
      neighborId: null,
      rank: null,
      metRank: null,
    });
    expect(shared(restored?.props)).toEqual(shared(reverse?.props));
    await expectRankingMatchesDerivedEdges();
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
