// The first $limit meetings (date order) of one actor with each of some counterparts, from the MET edges: their event
// id lists are kept in date order at write time (refresh-derived-relations, extend-derived-relations), so the head of
// each direction suffices. Each pair's edges are found from both ends (expand into), never by reading a hub's edges.
MATCH (a:Actor {id: $actorId})
UNWIND $counterpartIds AS counterpartId
MATCH (c:Actor {id: counterpartId})
WHERE c <> a
CALL (a, c) {
  MATCH (a)-[r:MET]-(c)
  UNWIND r.eventIds[..$limit] AS eventId
  MATCH (e:Event {id: eventId})
  WITH e
  ORDER BY e.date, e.id
  LIMIT $limit
  RETURN collect(e {.*}) AS events
}
RETURN c.id AS counterpartId, events
