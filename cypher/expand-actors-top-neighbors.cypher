// One layer of a neighbourhood over all relation types (expand-actors-neighbors when types are chosen), from the
// neighbour ranking kept at write time: each frontier actor's $k heaviest neighbours come from the (actorId, rank)
// index in order, so a hub costs k index entries, not a read of all of its derived edges. Actors already kept are
// skipped; the $limit heaviest candidates stay, each with the derived edges that join it to the frontier actors that
// proposed it (without event id lists) and its degree (from the relationship-type counts).
UNWIND $ids AS actorId
CALL (actorId) {
  MATCH ()-[x:NEIGHBOR]->(n:Actor)
  WHERE x.actorId = actorId AND x.rank >= '' AND NOT n.id IN $exclude
  RETURN n, x.weight AS weight
  ORDER BY x.actorId, x.rank
  LIMIT $k
}
WITH n, max(weight) AS weight, collect(actorId) AS proposers
ORDER BY weight DESC, n.id
LIMIT $limit
CALL (n, proposers) {
  UNWIND proposers AS proposerId
  MATCH (f:Actor {id: proposerId})-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-(n)
  RETURN collect(r {.id, .count, .firstDate, .lastDate, .confidence, .sourceCount, type: type(r),
                    source: startNode(r).id, target: endNode(r).id}) AS edges
}
RETURN n {.id, .name, .nameAr, .kind, degree: COUNT { (n)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS node, weight, edges
ORDER BY weight DESC, n.id
