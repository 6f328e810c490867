// whoMet from the neighbour ranking kept at write time (positive meetings only): the counterparts with the most
// meetings come from the (actorId, metRank) index in order, one page of them; then each one's MET edges (both
// directions: a meeting is stored subject -> object), found by id through the MET id index, give the count and the
// first and last dates (an expansion between the hub and its top counterparts, hubs too, would read thousands of
// edges). The counterpart's fields come along so that the API does not look the actors up again.
MATCH ()-[x:NEIGHBOR]->(c:Actor)
WHERE x.actorId = $actorId AND x.metRank >= ''
WITH c, x
ORDER BY x.actorId, x.metRank
LIMIT $limit
CALL (c) {
  MATCH ()-[r:MET]->()
  WHERE r.id IN ['MET:' + $actorId + '->' + c.id, 'MET:' + c.id + '->' + $actorId]
  RETURN sum(r.count) AS count, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
}
RETURN c.id AS counterpartId, count, firstDate, lastDate, c {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS counterpart
ORDER BY count DESC, counterpartId
