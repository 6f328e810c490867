// Event-level figures come from all of its evidence, whichever article was loaded last.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})-[r:EVIDENCED_BY]->(a:Article)
WITH e, count(DISTINCT a) AS sourceCount, count(r) AS mentionCount, max(r.confidence) AS confidence
SET e.sourceCount = sourceCount, e.mentionCount = mentionCount, e.confidence = confidence
