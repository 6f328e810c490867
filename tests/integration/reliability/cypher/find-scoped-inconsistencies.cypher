// Test-only: the consistency audit of find-graph-inconsistencies, restricted to what our articles (id prefix
// $prefix) and our events ($eventIds: every event our articles ever had) touch, for the database shared with other
// test files.
CALL () {
  UNWIND $eventIds AS eventId
  MATCH (e:Event {id: eventId})
  WHERE NOT EXISTS { (e)-[:EVIDENCED_BY]->(:Article) }
  RETURN 'event without evidence' AS problem, e.id AS id
  UNION ALL
  MATCH (e:Event)-[:EVIDENCED_BY]->(a:Article)
  WHERE a.id STARTS WITH $prefix
  WITH DISTINCT e
  WHERE COUNT { (e)<-[:PARTICIPATED]-(:Actor) } <> 2
  RETURN 'event without both participants' AS problem, e.id AS id
  UNION ALL
  MATCH (e:Event)-[:EVIDENCED_BY]->(a:Article)
  WHERE a.id STARTS WITH $prefix AND e.negated = false AND e.modality IN ['asserted', 'reported']
  WITH DISTINCT e
  WHERE NOT EXISTS {
    MATCH (:Actor {id: e.subjectId})-[d]->(:Actor {id: e.objectId})
    WHERE type(d) = e.type AND e.id IN d.eventIds
  }
  RETURN 'positive event without derived edge' AS problem, e.id AS id
  UNION ALL
  UNWIND $eventIds AS eventId
  MATCH (:Actor)-[d]->(:Actor)
  WHERE type(d) IN $relationTypes AND eventId IN d.eventIds
  WITH DISTINCT d
  UNWIND d.eventIds AS eventId
  OPTIONAL MATCH (e:Event {id: eventId})
  WITH d, eventId, e
  WHERE e IS NULL OR e.negated OR NOT e.modality IN ['asserted', 'reported'] OR e.type <> type(d)
  RETURN 'derived edge resting on a missing or non-positive event' AS problem, d.id + ' ' + eventId AS id
  UNION ALL
  MATCH (e:Event)-[r:EVIDENCED_BY]->(a:Article)
  WHERE a.id STARTS WITH $prefix
  WITH r.mentionId AS mentionId, a.id AS articleId, count(*) AS n
  WHERE n > 1
  RETURN 'duplicate evidence' AS problem, articleId + ' ' + mentionId AS id
}
RETURN problem, id
ORDER BY problem, id
