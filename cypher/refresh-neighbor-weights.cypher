// The per-actor neighbour ranking of some actor pairs (either order), recomputed from their derived edges after
// refresh-derived-relations (merge path, deletions, backfill): weight = the pair's positive events over all types and
// both directions, meetings = its MET events; no NEIGHBOR edges when the pair has no derived edge any more. See
// add-neighbor-weights for the rank keys.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.subjectId}), (b:Actor {id: pair.objectId})
WHERE a <> b
OPTIONAL MATCH (a)-[old:NEIGHBOR]-(b)
DELETE old
WITH DISTINCT a, b
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-(b)
  RETURN coalesce(sum(r.count), 0) AS weight,
         coalesce(sum(CASE WHEN type(r) = 'MET' THEN r.count ELSE 0 END), 0) AS meetings
}
WITH a, b, weight, meetings
WHERE weight > 0
CREATE (a)-[x:NEIGHBOR]->(b)
SET x.actorId = a.id, x.neighborId = b.id, x.weight = weight, x.meetings = meetings,
    x.rank = right('000000000' + toString(999999999 - weight), 9) + ' ' + b.id,
    x.metRank = CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + b.id END
CREATE (b)-[y:NEIGHBOR]->(a)
SET y.actorId = b.id, y.neighborId = a.id, y.weight = weight, y.meetings = meetings,
    y.rank = right('000000000' + toString(999999999 - weight), 9) + ' ' + a.id,
    y.metRank = CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + a.id END
