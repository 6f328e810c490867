// Test-only: last-resort cleanup of articles whose id starts with $prefix (tests delete through deleteArticle first).
MATCH (a:Article)
WHERE a.id STARTS WITH $prefix
DETACH DELETE a
RETURN count(*) AS deleted
