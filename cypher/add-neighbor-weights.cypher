// Bulk path: the per-actor neighbour ranking (NEIGHBOR edges, one each way per pair of related actors) gains a batch's
// new positive events, one row per unordered pair: the pair's two edges are found through the (actorId, neighborId)
// index, the stored figures are read from one of them (both carry the same ones) and combined with the row once, and
// both edges are written with them. weight = events of the pair over all types and both directions (the
// neighbourhood's weight), meetings = its MET events (whoMet's count). rank and metRank are keys that sort heaviest
// first, then by the neighbour's id, so that the (actorId, rank) and (actorId, metRank) indexes hand out an actor's
// top-k in order. Counts arrive as JS numbers (floats): toInteger keeps them integers, as the merge path's sums are,
// so that the keys are digits. Rows are unordered pairs (aId < bId), each at most once per batch.
// The edges also carry the pair's derived edges in summary (edgeSlots, two slots per relation type: write-bulk.ts
// edgeSlot; with count, first/last date, best confidence, sources per slot), so that a neighbourhood reads a kept
// neighbour's edges from the one ranking edge it found it by instead of 24 index seeks. Sentinels stand for "none" (a
// list holds no nulls): first date '~', last date '', confidence -1. The batch's slots are added to the stored ones:
// figures combined where the slot is stored, new slots appended (so the order of the slots is the order they arrived
// in; readers do not depend on it). The stored figures are read once into a map: a relationship property inside the
// list expressions would be a store read per slot and per list.
UNWIND $rows AS row
OPTIONAL MATCH ()-[x:NEIGHBOR]->()
  WHERE x.actorId = row.aId AND x.neighborId = row.bId
OPTIONAL MATCH ()-[y:NEIGHBOR]->()
  WHERE y.actorId = row.bId AND y.neighborId = row.aId
WITH row, x, y, coalesce(x, y) AS z
WITH row, x, y, z {.weight, .meetings, .edgeSlots, .edgeCounts, .edgeFirstDates, .edgeLastDates, .edgeConfidences,
                   .edgeSourceCounts} AS stored
WITH row, x, y, stored, coalesce(stored.weight, 0) + toInteger(row.weight) AS weight,
     coalesce(stored.meetings, 0) + toInteger(row.meetings) AS meetings, coalesce(stored.edgeSlots, []) AS old
// Per stored slot, its place in the row (null when the batch does not touch it); the row's places of new slots.
WITH row, x, y, stored, weight, meetings, old,
     [s IN old | [i IN range(0, size(row.slots) - 1) WHERE row.slots[i] = s][0]] AS add,
     [i IN range(0, size(row.slots) - 1) WHERE NOT row.slots[i] IN old] AS fresh
WITH row, x, y, weight, meetings,
     right('000000000' + toString(999999999 - weight), 9) + ' ' AS rankPrefix,
     CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' END AS metRankPrefix, {
  weight: weight,
  meetings: meetings,
  edgeSlots: old + [i IN fresh | toInteger(row.slots[i])],
  edgeCounts: [j IN range(0, size(old) - 1) | stored.edgeCounts[j] + toInteger(coalesce(row.counts[add[j]], 0))]
    + [i IN fresh | toInteger(row.counts[i])],
  edgeFirstDates: [j IN range(0, size(old) - 1) |
    CASE WHEN add[j] IS NULL OR stored.edgeFirstDates[j] <= row.firstDates[add[j]]
      THEN stored.edgeFirstDates[j] ELSE row.firstDates[add[j]] END] + [i IN fresh | row.firstDates[i]],
  edgeLastDates: [j IN range(0, size(old) - 1) |
    CASE WHEN add[j] IS NULL OR stored.edgeLastDates[j] >= row.lastDates[add[j]]
      THEN stored.edgeLastDates[j] ELSE row.lastDates[add[j]] END] + [i IN fresh | row.lastDates[i]],
  edgeConfidences: [j IN range(0, size(old) - 1) |
    CASE WHEN add[j] IS NULL OR stored.edgeConfidences[j] >= row.confidences[add[j]]
      THEN stored.edgeConfidences[j] ELSE toFloat(row.confidences[add[j]]) END] + [i IN fresh | toFloat(row.confidences[i])],
  edgeSourceCounts: [j IN range(0, size(old) - 1) |
    stored.edgeSourceCounts[j] + toInteger(coalesce(row.sourceCounts[add[j]], 0))]
    + [i IN fresh | toInteger(row.sourceCounts[i])]
} AS figures
FOREACH (r IN CASE WHEN x IS NULL THEN [] ELSE [x] END |
  SET r += figures, r.rank = rankPrefix + row.bId, r.metRank = metRankPrefix + row.bId)
FOREACH (r IN CASE WHEN y IS NULL THEN [] ELSE [y] END |
  SET r += figures, r.rank = rankPrefix + row.aId, r.metRank = metRankPrefix + row.aId)
WITH row, x, y, figures, rankPrefix, metRankPrefix
WHERE x IS NULL OR y IS NULL
MATCH (a:Actor {id: row.aId}), (b:Actor {id: row.bId})
FOREACH (_ IN CASE WHEN x IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[n:NEIGHBOR {actorId: row.aId, neighborId: row.bId}]->(b)
  SET n += figures, n.rank = rankPrefix + row.bId, n.metRank = metRankPrefix + row.bId)
FOREACH (_ IN CASE WHEN y IS NULL THEN [1] ELSE [] END |
  CREATE (b)-[n:NEIGHBOR {actorId: row.bId, neighborId: row.aId}]->(a)
  SET n += figures, n.rank = rankPrefix + row.aId, n.metRank = metRankPrefix + row.aId)
