// An event with no evidence left is not supported by any article any more.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WHERE NOT EXISTS { (e)-[:EVIDENCED_BY]->(:Article) }
DETACH DELETE e
RETURN count(*) AS deleted
