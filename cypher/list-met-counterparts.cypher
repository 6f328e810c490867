// whoMet from the derived MET edges (positive meetings only): one row per counterpart with the number of meetings and
// the first and last dates, over both directions (a meeting is stored subject -> object), most meetings first; the
// counterpart's fields come along so that the API does not look the actors up again.
MATCH (a:Actor {id: $actorId})-[r:MET]-(c)
WHERE c <> a
WITH c, sum(r.count) AS count, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
ORDER BY count DESC, c.id
LIMIT $limit
RETURN c.id AS counterpartId, count, firstDate, lastDate, c {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS counterpart
