// Test-only: removes one direction of a pair's ranking edges (a graph left half-written), for the bulk path's repair.
MATCH ()-[x:NEIGHBOR]->()
WHERE x.actorId = $actorId AND x.neighborId = $neighborId
DELETE x
