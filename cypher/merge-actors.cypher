// Actors are shared by many articles: MERGE by the stable id, then refresh the names used by the full-text index.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name,
    n.nameAr = a.nameAr,
    n.aliases = a.aliases,
    n.kind = a.kind,
    n.wikidataId = a.wikidataId,
    n.discovered = a.discovered,
    n.parentId = a.parentId,
    n.searchNames = a.searchNames,
    n.searchKeys = a.searchKeys
