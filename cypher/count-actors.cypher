// Total of the list-actors query, for connection totalCount.
MATCH (a:Actor)
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN count(a) AS total
