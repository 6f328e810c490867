// The per-actor neighbour ranking of some actor pairs (either order), recomputed from their derived edges after
// refresh-derived-relations (merge path, deletions, backfill): weight = the pair's positive events over all types and
// both directions, meetings = its MET events; no NEIGHBOR edges when the pair has no derived edge any more. See
// add-neighbor-weights for the rank keys and for the summary of the pair's derived edges (edgeSlots and the figures
// per slot, with their sentinels): slot = 2 × the type's place in the list below (RELATION_TYPES order) + 0 when the
// edge starts at the pair's smaller id, 1 otherwise.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.subjectId}), (b:Actor {id: pair.objectId})
WHERE a <> b
OPTIONAL MATCH (a)-[old:NEIGHBOR]-(b)
DELETE old
WITH DISTINCT a, b
CALL (a, b) {
  MATCH (a)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-(b)
  WITH r, ['MET', 'INVITED', 'CONDEMNED', 'ACCUSED', 'DEMANDED', 'SUPPORTED', 'SUPPLIED', 'MEDIATED', 'REJECTED',
           'THREATENED', 'SANCTIONED', 'ATTACKED'] AS types
  WITH r, [i IN range(0, 11) WHERE types[i] = type(r)][0] * 2
          + CASE WHEN startNode(r).id < endNode(r).id THEN 0 ELSE 1 END AS slot
  ORDER BY slot
  RETURN coalesce(sum(r.count), 0) AS weight,
         coalesce(sum(CASE WHEN type(r) = 'MET' THEN r.count ELSE 0 END), 0) AS meetings,
         collect(slot) AS slots, collect(r.count) AS counts, collect(coalesce(r.firstDate, '~')) AS firstDates,
         collect(coalesce(r.lastDate, '')) AS lastDates, collect(coalesce(r.confidence, -1.0)) AS confidences,
         collect(coalesce(r.sourceCount, 0)) AS sourceCounts
}
WITH a, b, weight, meetings, {edgeSlots: slots, edgeCounts: counts, edgeFirstDates: firstDates,
     edgeLastDates: lastDates, edgeConfidences: confidences, edgeSourceCounts: sourceCounts} AS summary
WHERE weight > 0
CREATE (a)-[x:NEIGHBOR]->(b)
SET x.actorId = a.id, x.neighborId = b.id, x.weight = weight, x.meetings = meetings,
    x.rank = right('000000000' + toString(999999999 - weight), 9) + ' ' + b.id,
    x.metRank = CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + b.id END,
    x += summary
CREATE (b)-[y:NEIGHBOR]->(a)
SET y.actorId = b.id, y.neighborId = a.id, y.weight = weight, y.meetings = meetings,
    y.rank = right('000000000' + toString(999999999 - weight), 9) + ' ' + a.id,
    y.metRank = CASE WHEN meetings > 0 THEN right('000000000' + toString(999999999 - meetings), 9) + ' ' + a.id END,
    y += summary
