// Total of list-actors-events-page, for connection totalCount.
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
RETURN count(e) AS total
