// Test-only: the articles whose id starts with $prefix, with how much evidence each one has.
MATCH (a:Article)
WHERE a.id STARTS WITH $prefix
OPTIONAL MATCH (a)<-[r:EVIDENCED_BY]-(:Event)
RETURN a.id AS id, a.contentHash AS contentHash, a.publishedAt AS publishedAt, a.title AS title, count(r) AS evidence
ORDER BY id
