// Bulk path: the per-actor neighbour ranking (NEIGHBOR edges, one each way per pair of related actors) gains a batch's
// new positive events: weight = events of the pair over all types and both directions (the neighbourhood's weight),
// meetings = its MET events (whoMet's count). rank and metRank are keys that sort heaviest first, then by the
// neighbour's id, so that the (actorId, rank) and (actorId, metRank) indexes hand out an actor's top-k in order; an
// edge is found through the (actorId, neighborId) index. Counts arrive as JS numbers (floats): toInteger keeps them
// integers, as the merge path's sums are, so that the keys are digits. Rows are unordered pairs, each at most once per batch.
UNWIND $rows AS row
UNWIND [[row.aId, row.bId], [row.bId, row.aId]] AS ends
OPTIONAL MATCH ()-[x:NEIGHBOR]->()
  WHERE x.actorId = ends[0] AND x.neighborId = ends[1]
WITH row, ends, x, coalesce(x.weight, 0) + toInteger(row.weight) AS weight,
     coalesce(x.meetings, 0) + toInteger(row.meetings) AS meetings
WITH row, ends, x, {
  weight: weight,
  meetings: meetings,
  rank: right('000000000' + toString(999999999 - weight), 9) + ' ' + ends[1],
  metRank: CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + ends[1] END
} AS figures
FOREACH (r IN CASE WHEN x IS NULL THEN [] ELSE [x] END | SET r += figures)
WITH ends, figures, x IS NULL AS missing
WHERE missing
MATCH (a:Actor {id: ends[0]}), (b:Actor {id: ends[1]})
CREATE (a)-[n:NEIGHBOR {actorId: ends[0], neighborId: ends[1]}]->(b)
SET n += figures
