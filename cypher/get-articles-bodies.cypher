// Batched article bodies (only when a client asks for Article.body).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.body AS body
