// Batched degree: the number of derived relation edges of each actor (both directions).
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
RETURN actorId, COUNT { (a)-[r]-(:Actor) WHERE type(r) IN $relationTypes } AS degree
