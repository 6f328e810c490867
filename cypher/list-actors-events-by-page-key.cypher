// The relations query naming actors (without between): each actor's events as subject and as object, newest first
// in (subjectId|objectId, pageKey) index order, at most $window (skip + limit) per side; then one page of their union.
// The page's participants come along (the API shows their names). Each side orders by both index properties: only
// then does the planner read the composite index in order (no sort).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (e:Event)
  WHERE e.subjectId = actorId AND e.pageKey >= ''
    AND ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
    AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
    AND ($includeNegated OR e.negated = false)
    AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
  RETURN e
  ORDER BY e.subjectId, e.pageKey
  LIMIT $window
  UNION
  MATCH (e:Event)
  WHERE e.objectId = actorId AND e.pageKey >= ''
    AND ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
    AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
    AND ($includeNegated OR e.negated = false)
    AND ($includeUnasserted OR e.modality IN ['asserted', 'reported'])
  RETURN e
  ORDER BY e.objectId, e.pageKey
  LIMIT $window
}
WITH DISTINCT e
ORDER BY e.pageKey
SKIP $skip
LIMIT $limit
MATCH (s:Actor {id: e.subjectId}), (o:Actor {id: e.objectId})
RETURN e {.*} AS event, [s {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId}, o {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId}] AS actors
ORDER BY e.pageKey
