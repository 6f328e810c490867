// An actor has at most one parent (ministry -> country): drop a PART_OF edge that no longer matches, then link.
// The parent must already be in the graph; a parent never mentioned is skipped rather than created as a stub.
UNWIND $actors AS a
MATCH (c:Actor {id: a.id})
OPTIONAL MATCH (c)-[old:PART_OF]->(p:Actor)
WHERE p.id <> coalesce(a.parentId, '')
DELETE old
WITH DISTINCT c, a
WHERE a.parentId IS NOT NULL
MATCH (p:Actor {id: a.parentId})
MERGE (c)-[:PART_OF]->(p)
