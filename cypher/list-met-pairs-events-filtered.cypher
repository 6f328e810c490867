// The first $limit meetings (date order) of one actor with each of some counterparts, with the filters whoMet allows:
// found through the (subjectId, objectId) index in both directions, so a hub's other events are never read.
UNWIND $counterpartIds AS counterpartId
CALL (counterpartId) {
  MATCH (e:Event)
  WHERE e.subjectId = $actorId AND e.objectId = counterpartId
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.subjectId = counterpartId AND e.objectId = $actorId
  RETURN e
}
WITH counterpartId, e
WHERE e.type = 'MET'
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($includeNegated OR e.negated = false)
  AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
WITH counterpartId, e
ORDER BY e.date, e.id
WITH counterpartId, collect(e {.*}) AS events
RETURN counterpartId, events[..$limit] AS events
