// One breadth-first step of a neighbourhood: derived edges of the frontier actors and the actors at their far end.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})-[r]-(n:Actor)
WHERE type(r) IN $types
WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t, n
RETURN r {.*, type: type(r), source: s.id, target: t.id} AS edge,
       n {.id, .name, .nameAr, .kind} AS node
ORDER BY r.count DESC, r.id
LIMIT $limit
