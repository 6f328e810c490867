// Total of the search-actors query, for connection totalCount.
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node AS a
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN count(a) AS total
