// Backfill for graphs written before the NEIGHBOR edges carried their pair's derived edges in summary (edgeSlots):
// the pairs of one page of actors (by id, after $after) whose ranking edge has none; refresh-neighbor-weights
// rewrites them with it. Paged by actor so that a pass reads each ranking edge once.
MATCH (a:Actor)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
OPTIONAL MATCH (a)-[x:NEIGHBOR]->()
WHERE x.edgeSlots IS NULL AND x.actorId < x.neighborId
RETURN a.id AS actorId, collect(x.neighborId) AS neighborIds
ORDER BY actorId
