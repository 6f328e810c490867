// Batched article lookup; the body is fetched separately because it is large.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .source, .url, .publishedAt, .language, .contentHash, .parentId} AS article
