/**
 * The derived edges of an actor pair as the ranking edge (NEIGHBOR) summarises them: add-neighbor-weights and
 * refresh-neighbor-weights keep, per pair, one slot per relation type and direction with the edge's figures, and
 * expand-actors-top-neighbors returns those summaries as they are stored (a few parallel lists per kept neighbour)
 * rather than one map per edge: a hub's 50 neighbours carry about 1,200 edges, and decoding 1,200 maps of nine
 * values cost more CPU in Node than the whole database side of the request.
 */
import { RELATION_TYPES, type RelationType } from "../extract/types.js";
import type { DerivedEdgeRecord } from "./queries.js";

/** One ranking edge's summary, as expand-actors-top-neighbors returns it (sentinels for "none": see below). */
export interface NeighborSummary {
  actorId: string;
  neighborId: string;
  edgeSlots: unknown[];
  edgeCounts: unknown[];
  /** "~" when no event of the edge is dated. */
  edgeFirstDates: string[];
  /** "" when no event of the edge is dated. */
  edgeLastDates: string[];
  /** -1 when no event of the edge has one. */
  edgeConfidences: unknown[];
  edgeSourceCounts: unknown[];
}

/**
 * The derived edges of one summary. Slot = 2 × the type's place in RELATION_TYPES + 0 when the edge starts at the
 * pair's smaller id, 1 otherwise (write-bulk.ts edgeSlot). `toNumber` turns the stored integers into numbers (they
 * arrive as numbers once convert.ts has seen them).
 */
export function summaryEdges(s: NeighborSummary, toNumber: (v: unknown) => number = Number): DerivedEdgeRecord[] {
  const [lower, higher] = s.actorId < s.neighborId ? [s.actorId, s.neighborId] : [s.neighborId, s.actorId];
  return s.edgeSlots.map((slotValue, j) => {
    const slot = toNumber(slotValue);
    const type = RELATION_TYPES[slot >> 1] as RelationType;
    const [source, target] = slot % 2 === 0 ? [lower, higher] : [higher, lower];
    const firstDate = s.edgeFirstDates[j];
    const lastDate = s.edgeLastDates[j];
    const confidence = toNumber(s.edgeConfidences[j]);
    return {
      id: `${type}:${source}->${target}`,
      type,
      source,
      target,
      count: toNumber(s.edgeCounts[j]),
      firstDate: firstDate === undefined || firstDate === "~" ? null : firstDate,
      lastDate: lastDate === undefined || lastDate === "" ? null : lastDate,
      confidence: confidence < 0 ? null : confidence,
      sourceCount: toNumber(s.edgeSourceCounts[j]),
    };
  });
}
