// Bench only: removes the nodes create-floor-events wrote (one batch of them per call).
MATCH (e:BulkFloor)
WITH e
LIMIT $limit
DETACH DELETE e
RETURN count(*) AS deleted
