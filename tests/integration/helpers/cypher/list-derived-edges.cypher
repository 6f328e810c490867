// Test-only: every derived edge with its properties.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE type(r) IN $relationTypes
RETURN s.id AS subjectId, type(r) AS type, o.id AS objectId, r {.*} AS props
ORDER BY subjectId, type, objectId
