// Batched roles (HOLDS_ROLE) of several actors.
UNWIND $ids AS actorId
MATCH (:Actor {id: actorId})-[r:HOLDS_ROLE]->(o:Actor)
RETURN actorId, r.title AS title, r.titleAr AS titleAr, r.from AS from, r.to AS to, o.id AS ofId
ORDER BY actorId, title
