// The relations query when it names actors: start from those actors' events instead of scanning all events.
UNWIND $startIds AS startId
MATCH (:Actor {id: startId})-[:PARTICIPATED]->(e:Event)
WITH DISTINCT e
WHERE ($types IS NULL OR e.type IN $types)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
  AND ($includeNegated OR e.negated = false)
  AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
  AND ($actorIds IS NULL OR e.subjectId IN $actorIds OR e.objectId IN $actorIds)
  AND ($between IS NULL OR (e.subjectId IN $between AND e.objectId IN $between AND e.subjectId <> e.objectId))
RETURN e {.*} AS event
ORDER BY e.date DESC, e.id
SKIP $skip
LIMIT $limit
