// Events of one actor in date order, for timelines.
MATCH (:Actor {id: $actorId})-[:PARTICIPATED]->(e:Event)
WHERE ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($types IS NULL OR e.type IN $types)
  AND ($includeNegated OR e.negated = false)
  AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
WITH DISTINCT e
RETURN e {.*} AS event
ORDER BY e.date, e.id
LIMIT $limit
