// Bulk path: the per-actor neighbour ranking (NEIGHBOR edges, one each way per pair of related actors) gains a batch's
// new positive events: weight = events of the pair over all types and both directions (the neighbourhood's weight),
// meetings = its MET events (whoMet's count). rank and metRank are keys that sort heaviest first, then by the
// neighbour's id, so that the (actorId, rank) and (actorId, metRank) indexes hand out an actor's top-k in order; an
// edge is found through the (actorId, neighborId) index. Counts arrive as JS numbers (floats): toInteger keeps them
// integers, as the merge path's sums are, so that the keys are digits. Rows are unordered pairs, each at most once per batch.
// Both NEIGHBOR edges of a pair also carry the pair's derived edges in summary (edgeSlots ascending, two slots per
// relation type: write-bulk.ts edgeSlot; with count, first/last date, best confidence, sources per slot), so that a
// neighbourhood reads a kept neighbour's edges from the one ranking edge it found it by instead of 24 index seeks.
// Sentinels stand for "none" (a list holds no nulls): first date '~', last date '', confidence -1. The batch's slots
// ($rows[].slots, ascending) are merged into the stored ones slot by slot.
UNWIND $rows AS row
UNWIND [[row.aId, row.bId], [row.bId, row.aId]] AS ends
OPTIONAL MATCH ()-[x:NEIGHBOR]->()
  WHERE x.actorId = ends[0] AND x.neighborId = ends[1]
WITH row, ends, x, coalesce(x.weight, 0) + toInteger(row.weight) AS weight,
     coalesce(x.meetings, 0) + toInteger(row.meetings) AS meetings, coalesce(x.edgeSlots, []) AS old
WITH row, ends, x, weight, meetings, old, [s IN range(0, 23) WHERE s IN old OR s IN row.slots] AS slots
WITH row, ends, x, weight, meetings, slots,
     [s IN slots | [i IN range(0, size(old) - 1) WHERE old[i] = s][0]] AS was,
     [s IN slots | [i IN range(0, size(row.slots) - 1) WHERE row.slots[i] = s][0]] AS add
WITH ends, x, {
  weight: weight,
  meetings: meetings,
  rank: right('000000000' + toString(999999999 - weight), 9) + ' ' + ends[1],
  metRank: CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + ends[1] END,
  edgeSlots: slots,
  edgeCounts: [j IN range(0, size(slots) - 1) |
    coalesce(x.edgeCounts[was[j]], 0) + toInteger(coalesce(row.counts[add[j]], 0))],
  edgeFirstDates: [j IN range(0, size(slots) - 1) |
    CASE WHEN coalesce(x.edgeFirstDates[was[j]], '~') <= coalesce(row.firstDates[add[j]], '~')
      THEN coalesce(x.edgeFirstDates[was[j]], '~') ELSE row.firstDates[add[j]] END],
  edgeLastDates: [j IN range(0, size(slots) - 1) |
    CASE WHEN coalesce(x.edgeLastDates[was[j]], '') >= coalesce(row.lastDates[add[j]], '')
      THEN coalesce(x.edgeLastDates[was[j]], '') ELSE row.lastDates[add[j]] END],
  edgeConfidences: [j IN range(0, size(slots) - 1) |
    CASE WHEN coalesce(x.edgeConfidences[was[j]], -1.0) >= coalesce(row.confidences[add[j]], -1.0)
      THEN coalesce(x.edgeConfidences[was[j]], -1.0) ELSE toFloat(row.confidences[add[j]]) END],
  edgeSourceCounts: [j IN range(0, size(slots) - 1) |
    coalesce(x.edgeSourceCounts[was[j]], 0) + toInteger(coalesce(row.sourceCounts[add[j]], 0))]
} AS figures
FOREACH (r IN CASE WHEN x IS NULL THEN [] ELSE [x] END | SET r += figures)
WITH ends, figures, x IS NULL AS missing
WHERE missing
MATCH (a:Actor {id: ends[0]}), (b:Actor {id: ends[1]})
CREATE (a)-[n:NEIGHBOR {actorId: ends[0], neighborId: ends[1]}]->(b)
SET n += figures
