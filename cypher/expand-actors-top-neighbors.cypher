// One layer of a neighbourhood over all relation types (expand-actors-neighbors when types are chosen), from the
// neighbour ranking kept at write time: each frontier actor's $k heaviest neighbours come from the (actorId, rank)
// index in order, so a hub costs k index entries, not a read of all of its derived edges. Actors already kept are
// skipped; the $limit heaviest candidates stay, each with the derived edges that join it to the frontier actors that
// proposed it (without event id lists) and its degree (from the relationship-type counts). Those edges are found by
// their ids through the per-type id indexes (two per type and pair): an expansion between two hubs would read
// thousands of relationships.
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
  UNWIND proposers AS p
  WITH ':' + p + '->' + n.id AS out, ':' + n.id + '->' + p AS in
  CALL (out, in) {
    MATCH ()-[r:MET]->() WHERE r.id IN ['MET' + out, 'MET' + in] RETURN r
    UNION ALL
    MATCH ()-[r:INVITED]->() WHERE r.id IN ['INVITED' + out, 'INVITED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:CONDEMNED]->() WHERE r.id IN ['CONDEMNED' + out, 'CONDEMNED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:ACCUSED]->() WHERE r.id IN ['ACCUSED' + out, 'ACCUSED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:DEMANDED]->() WHERE r.id IN ['DEMANDED' + out, 'DEMANDED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE r.id IN ['SUPPORTED' + out, 'SUPPORTED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:SUPPLIED]->() WHERE r.id IN ['SUPPLIED' + out, 'SUPPLIED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:MEDIATED]->() WHERE r.id IN ['MEDIATED' + out, 'MEDIATED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE r.id IN ['REJECTED' + out, 'REJECTED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE r.id IN ['THREATENED' + out, 'THREATENED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE r.id IN ['SANCTIONED' + out, 'SANCTIONED' + in] RETURN r
    UNION ALL
    MATCH ()-[r:ATTACKED]->() WHERE r.id IN ['ATTACKED' + out, 'ATTACKED' + in] RETURN r
  }
  RETURN collect(r {.id, .count, .firstDate, .lastDate, .confidence, .sourceCount, type: type(r),
                    source: startNode(r).id, target: endNode(r).id}) AS edges
}
RETURN n {.id, .name, .nameAr, .kind, degree: COUNT { (n)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS node, weight, edges
ORDER BY weight DESC, n.id
