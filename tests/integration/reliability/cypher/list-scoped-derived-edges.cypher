// Test-only: the derived actor-to-actor edges that rest on events evidenced by the articles whose id starts with
// $prefix.
MATCH (e:Event)-[:EVIDENCED_BY]->(a:Article)
WHERE a.id STARTS WITH $prefix
WITH DISTINCT e
MATCH (s:Actor {id: e.subjectId})-[d]->(o:Actor {id: e.objectId})
WHERE type(d) = e.type AND e.id IN d.eventIds
RETURN DISTINCT s.id AS subjectId, type(d) AS type, o.id AS objectId, d.eventIds AS eventIds, d.count AS count
ORDER BY subjectId, type, objectId
