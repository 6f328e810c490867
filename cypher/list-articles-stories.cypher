// Batched split-off stories of several page articles.
UNWIND $ids AS articleId
MATCH (c:Article)-[:PART_OF_PAGE]->(:Article {id: articleId})
WITH articleId, c
ORDER BY c.id
RETURN articleId, collect(c {.id, .title, .source, .url, .publishedAt, .language, .contentHash, .parentId}) AS stories
