// Test-only: every evidence edge into the articles whose id starts with $prefix (duplicates would show twice), with
// the event's type, participants and date.
MATCH (e:Event)-[r:EVIDENCED_BY]->(a:Article)
WHERE a.id STARTS WITH $prefix
RETURN a.id AS articleId, e.id AS eventId, r.mentionId AS mentionId, r.sentence AS sentence, e.type AS type,
       e.subjectId AS subjectId, e.objectId AS objectId, e.date AS date
ORDER BY articleId, mentionId, eventId
