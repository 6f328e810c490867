// The first $limit meetings (date order) of one actor with each of some counterparts, from the MET edges: their event
// id lists are kept in date order at write time (refresh-derived-relations), so the head of each direction suffices.
MATCH (c:Actor)
WHERE c.id IN $counterpartIds
WITH collect(c) AS counterparts
MATCH (a:Actor {id: $actorId})-[r:MET]-(c)
WHERE c IN counterparts
UNWIND r.eventIds[..$limit] AS eventId
MATCH (e:Event {id: eventId})
WITH c, e
ORDER BY e.date, e.id
WITH c, collect(e {.*}) AS events
RETURN c.id AS counterpartId, events[..$limit] AS events
