// One page of actors matching a full-text query, best first; $query is an escaped Lucene query.
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node AS a, score
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS actor
ORDER BY score DESC, a.id
SKIP $skip
LIMIT $limit
