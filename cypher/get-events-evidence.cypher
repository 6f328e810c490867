// Batched evidence of several events, in article and sentence order.
UNWIND $ids AS eventId
MATCH (:Event {id: eventId})-[r:EVIDENCED_BY]->(a:Article)
RETURN eventId, r {.*, articleId: a.id} AS evidence
ORDER BY eventId, a.publishedAt, a.id, r.sentenceIndex
