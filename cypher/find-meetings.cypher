// whoMet: MET events of one actor grouped by counterpart, most meetings first.
MATCH (a:Actor {id: $actorId})-[:PARTICIPATED]->(e:Event {type: 'MET'})<-[:PARTICIPATED]-(c:Actor)
WHERE c <> a
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($includeNegated OR e.negated = false)
  AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
WITH c, e
ORDER BY e.date, e.id
WITH c, collect(DISTINCT e {.*}) AS events
RETURN c.id AS counterpartId, events
ORDER BY size(events) DESC, counterpartId
LIMIT $limit
