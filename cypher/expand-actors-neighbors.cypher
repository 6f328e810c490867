// One layer of a neighbourhood: for each frontier actor its $k heaviest neighbours over the derived edges of $types
// (weight: events summed over both directions and all those types), leaving out actors already kept; then the
// $limit heaviest of those candidates. The typed pattern reads derived edges only, never an actor's events.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  MATCH (a)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-(n:Actor)
  WHERE type(r) IN $types AND n <> a
  WITH n, sum(r.count) AS weight
  WHERE NOT n.id IN $exclude
  RETURN n, weight
  ORDER BY weight DESC, n.id
  LIMIT $k
}
WITH n, max(weight) AS weight
RETURN n {.id, .name, .nameAr, .kind} AS node, weight
ORDER BY weight DESC, node.id
LIMIT $limit
