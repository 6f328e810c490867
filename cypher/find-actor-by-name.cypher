// Exact match on a normalised name first (score 1000), then the Arabic-analyzed full-text index; best one wins.
CALL () {
  MATCH (a:Actor)
  WHERE $key IN a.searchKeys
  RETURN a, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 5}) YIELD node, score
  RETURN node AS a, score
}
WITH a, max(score) AS score
RETURN a {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS actor, score
ORDER BY score DESC, a.id
LIMIT 1
