// Removes the articles with their evidence and page links; events are cleaned up by delete-unsupported-events.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
DETACH DELETE a
RETURN count(*) AS deleted
