// Test-only: every edge of the neighbour ranking with its properties.
MATCH (a:Actor)-[x:NEIGHBOR]->(b:Actor)
RETURN a.id AS actorId, b.id AS neighborId, x {.*} AS props
ORDER BY actorId, neighborId
