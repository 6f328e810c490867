// All derived edges among a set of actors (closes a neighbourhood graph: edges between nodes of the last layer).
MATCH (s:Actor)-[r]->(t:Actor)
WHERE s.id IN $ids AND t.id IN $ids AND type(r) IN $types
RETURN r {.*, type: type(r), source: s.id, target: t.id} AS edge
