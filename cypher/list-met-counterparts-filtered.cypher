// whoMet with a date range or with negated / unasserted meetings, which the derived edges do not hold: counted from
// the actor's events, the counterpart read from the event's denormalised participant ids.
MATCH (:Actor {id: $actorId})-[:PARTICIPATED]->(e:Event)
WHERE e.type = 'MET'
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($includeNegated OR e.negated = false)
  AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
WITH DISTINCT e
WITH e, CASE WHEN e.subjectId = $actorId THEN e.objectId ELSE e.subjectId END AS counterpartId
WHERE counterpartId <> $actorId
WITH counterpartId, count(e) AS count, min(e.date) AS firstDate, max(e.date) AS lastDate
ORDER BY count DESC, counterpartId
LIMIT $limit
MATCH (c:Actor {id: counterpartId})
RETURN counterpartId, count, firstDate, lastDate, c {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS counterpart
ORDER BY count DESC, counterpartId
