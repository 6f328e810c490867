// whoMet from the derived MET edges (positive meetings only): one row per counterpart with the number of meetings and
// the first and last dates, over both directions (a meeting is stored subject -> object), most meetings first.
MATCH (a:Actor {id: $actorId})-[r:MET]-(c)
WHERE c <> a
WITH c, sum(r.count) AS count, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
RETURN c.id AS counterpartId, count, firstDate, lastDate
ORDER BY count DESC, counterpartId
LIMIT $limit
