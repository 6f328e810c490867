// Backfill for graphs written before derived edges had eventKeys (and before the NEIGHBOR ranking): actor pairs with
// such an edge, one batch per call; recomputing them (refresh-derived-relations, refresh-neighbor-weights) adds both.
MATCH (s:Actor)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(o:Actor)
WHERE r.eventKeys IS NULL
RETURN DISTINCT s.id AS subjectId, o.id AS objectId
LIMIT $limit
