// One EVIDENCED_BY edge per mention (sentence), keyed by the deterministic mention id so that reloading is a no-op.
UNWIND $mentions AS m
MATCH (e:Event {id: m.eventId}), (a:Article {id: m.articleId})
MERGE (e)-[r:EVIDENCED_BY {mentionId: m.id}]->(a)
SET r += m.props
