// Test-only: every way the graph can disagree with itself after a fault: events without evidence or participants,
// positive events without their derived edge, derived edges resting on missing or non-positive events, duplicate
// evidence. An empty result means the graph is consistent.
CALL () {
  MATCH (e:Event)
  WHERE NOT EXISTS { (e)-[:EVIDENCED_BY]->(:Article) }
  RETURN 'event without evidence' AS problem, e.id AS id
  UNION ALL
  MATCH (e:Event)
  WHERE COUNT { (e)<-[:PARTICIPATED]-(:Actor) } <> 2
  RETURN 'event without both participants' AS problem, e.id AS id
  UNION ALL
  MATCH (e:Event)
  WHERE e.negated = false AND e.modality IN ['asserted', 'reported']
    AND NOT EXISTS {
      MATCH (:Actor {id: e.subjectId})-[d]->(:Actor {id: e.objectId})
      WHERE type(d) = e.type AND e.id IN d.eventIds
    }
  RETURN 'positive event without derived edge' AS problem, e.id AS id
  UNION ALL
  MATCH (:Actor)-[d]->(:Actor)
  WHERE type(d) IN $relationTypes
  UNWIND d.eventIds AS eventId
  OPTIONAL MATCH (e:Event {id: eventId})
  WITH d, eventId, e
  WHERE e IS NULL OR e.negated OR NOT e.modality IN ['asserted', 'reported'] OR e.type <> type(d)
  RETURN 'derived edge resting on a missing or non-positive event' AS problem, d.id + ' ' + eventId AS id
  UNION ALL
  MATCH (e:Event)-[r:EVIDENCED_BY]->(a:Article)
  WITH r.mentionId AS mentionId, a.id AS articleId, count(*) AS n
  WHERE n > 1
  RETURN 'duplicate evidence' AS problem, articleId + ' ' + mentionId AS id
}
RETURN problem, id
ORDER BY problem, id
