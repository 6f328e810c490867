// Articles are merged by their stable id; the page link is rebuilt by merge-article-pages.
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n.title = a.title,
    n.source = a.source,
    n.url = a.url,
    n.publishedAt = a.publishedAt,
    n.language = a.language,
    n.contentHash = a.contentHash,
    n.parentId = a.parentId,
    n.body = a.body
WITH n
OPTIONAL MATCH (n)-[old:PART_OF_PAGE]->(:Article)
DELETE old
