// Content hashes of articles already in the graph, to report which ones changed.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.contentHash AS contentHash
