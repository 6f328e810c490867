// Batched actor lookup for the per-request DataLoader.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS actor
