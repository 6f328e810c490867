// Test-only: every evidence edge into the articles whose id starts with $prefix (duplicates would show twice).
MATCH (e:Event)-[r:EVIDENCED_BY]->(a:Article)
WHERE a.id STARTS WITH $prefix
RETURN a.id AS articleId, e.id AS eventId, r.mentionId AS mentionId, r.sentence AS sentence
ORDER BY articleId, mentionId, eventId
