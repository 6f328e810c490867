// Test-only: counts of what the articles whose id starts with $prefix brought into the graph (other test files share
// the database, so whole-graph counts would not be ours).
MATCH (a:Article)
WHERE a.id STARTS WITH $prefix
OPTIONAL MATCH (a)<-[r:EVIDENCED_BY]-(e:Event)
WITH count(DISTINCT a) AS articles, count(r) AS evidence, collect(DISTINCT e) AS events
CALL (events) {
  UNWIND events AS e
  MATCH (e)<-[p:PARTICIPATED]-(:Actor)
  RETURN count(p) AS participations
}
CALL (events) {
  UNWIND events AS e
  MATCH (:Actor {id: e.subjectId})-[d]->(:Actor {id: e.objectId})
  WHERE type(d) = e.type AND e.id IN d.eventIds
  RETURN count(DISTINCT d) AS derivedEdges
}
RETURN articles, evidence, size(events) AS events, participations, derivedEdges
