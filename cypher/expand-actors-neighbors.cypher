// One layer of a neighbourhood: for each frontier actor its $k heaviest neighbours over the derived edges of $types
// (null: all; weight: events summed over both directions and all those types), leaving out actors already kept; then the
// $limit heaviest of those candidates, each with the edges that join it to the frontier (without event id lists) and
// its degree (from the relationship-type counts: no relationship read). The typed pattern reads derived edges only,
// never an actor's events; each edge is read once, for ranking and for the answer.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  MATCH (a)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-(n)
  WHERE ($types IS NULL OR type(r) IN $types) AND n <> a
  WITH n, sum(r.count) AS weight, collect(r) AS rels
  WHERE NOT n.id IN $exclude
  RETURN n, weight, rels
  ORDER BY weight DESC, n.id
  LIMIT $k
}
WITH n, max(weight) AS weight, collect(rels) AS rels
ORDER BY weight DESC, n.id
LIMIT $limit
RETURN n {.id, .name, .nameAr, .kind, degree: COUNT { (n)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS node, weight,
       [r IN reduce(all = [], x IN rels | all + x) | r {.id, .count, .firstDate, .lastDate, .confidence, .sourceCount,
         type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
