// The dictionary entry is the truth for an actor's roles: replace them all so a removed role does not linger.
UNWIND $actors AS a
MATCH (c:Actor {id: a.id})
OPTIONAL MATCH (c)-[old:HOLDS_ROLE]->(:Actor)
DELETE old
WITH DISTINCT c, a
UNWIND a.roles AS role
MATCH (o:Actor {id: role.of})
CREATE (c)-[:HOLDS_ROLE {title: role.title, titleAr: role.titleAr, from: role.from, to: role.to}]->(o)
