// Batched events of several actors (Actor.relations), newest first, at most $limit per actor.
UNWIND $ids AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[:PARTICIPATED]->(e:Event)
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($includeNegated OR e.negated = false)
    AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
  WITH DISTINCT e
  RETURN e
  ORDER BY e.date DESC, e.id
  LIMIT $limit
}
RETURN actorId, collect(e {.*}) AS events
