// One page of actors by name; $limit is one more than the page to tell whether there is a next page.
MATCH (a:Actor)
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS actor
ORDER BY a.name, a.id
SKIP $skip
LIMIT $limit
