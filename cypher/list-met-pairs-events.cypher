// The first $limit meetings (date order) of one actor with each of some counterparts, from the MET edges: their event
// id lists are kept in date order at write time (refresh-derived-relations, extend-derived-relations), so the head of
// each direction suffices. Each pair's two edges are found by id through the MET id index, never by reading a hub's
// edges.
UNWIND $counterpartIds AS counterpartId
CALL (counterpartId) {
  MATCH ()-[r:MET]->()
  WHERE counterpartId <> $actorId
    AND r.id IN ['MET:' + $actorId + '->' + counterpartId, 'MET:' + counterpartId + '->' + $actorId]
  UNWIND r.eventIds[..$limit] AS eventId
  MATCH (e:Event {id: eventId})
  WITH e
  ORDER BY e.date, e.id
  LIMIT $limit
  RETURN collect(e {.*}) AS events
}
RETURN counterpartId, events
