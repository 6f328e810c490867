// Test-only: makes the graph look as an earlier version wrote it (no pageKey, no eventKeys, no NEIGHBOR ranking).
CALL { MATCH (e:Event) REMOVE e.pageKey }
CALL { MATCH ()-[x:NEIGHBOR]->() DELETE x }
CALL { MATCH (:Actor)-[r]->(:Actor) WHERE r.eventKeys IS NOT NULL REMOVE r.eventKeys }
