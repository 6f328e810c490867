// All derived edges among a set of actors (closes a neighbourhood graph), without their event id lists: the far end
// is compared as a node, so no property is read for edges that leave the set.
MATCH (s:Actor)
WHERE s.id IN $ids
WITH collect(s) AS kept
UNWIND kept AS s
MATCH (s)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(t:Actor)
WHERE type(r) IN $types AND t IN kept
RETURN r {.id, .count, .firstDate, .lastDate, .confidence, .sourceCount, type: type(r), source: s.id, target: t.id} AS edge
ORDER BY edge.id
