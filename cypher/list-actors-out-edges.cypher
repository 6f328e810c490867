// Export edges: the derived edges leaving some actors ($targets, when set, restricts their far ends), with weight,
// first and last date recomputed from the events inside [$from, $to] (events without a date are outside any range)
// and the PLOVER and CAMEO codes of those events. Edges without an event in the range are left out.
UNWIND $ids AS sourceId
MATCH (s:Actor {id: sourceId})-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(t:Actor)
WHERE type(r) IN $types
  AND ($targets IS NULL OR t.id IN $targets)
  AND ($from IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate <= $to)
CALL (r) {
  UNWIND r.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN count(e) AS weight, min(e.date) AS firstDate, max(e.date) AS lastDate,
         collect(DISTINCT e.plover) AS plover, collect(DISTINCT e.cameo) AS cameo
}
WITH s, t, r, weight, firstDate, lastDate, plover, cameo
WHERE weight > 0
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, weight, firstDate, lastDate, plover, cameo
ORDER BY source, id
