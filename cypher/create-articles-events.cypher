// Bulk path, a batch that is all new (count-existing-events-articles checked it): its articles, its events with both
// participation links and the support figures computed with the row, and their evidence, CREATEd in one statement.
// Each evidence row names its article by position in $articles: the article nodes created above are at hand in a
// list, so no index lookup has to search this transaction's own uncommitted nodes (as MATCH (:Article {id}) and
// MATCH (:Event {id}) did when each kind had a statement of its own). Event and evidence properties are named one by
// one: a SET from a map makes the planner assume any property may change and materialise every row (Eager). Counts
// arrive as JS numbers (floats): toInteger stores integers, as update-events-support does.
UNWIND $articles AS a
CREATE (n:Article)
SET n = a
WITH collect(n) AS articles
UNWIND $events AS ev
MATCH (s:Actor {id: ev.subjectId}), (o:Actor {id: ev.objectId})
CREATE (s)-[:PARTICIPATED {role: 'subject'}]->(e:Event {
  id: ev.id, type: ev.type, plover: ev.plover, cameo: ev.cameo, subjectId: ev.subjectId, objectId: ev.objectId,
  date: ev.date, pageKey: ev.pageKey, datePrecision: ev.datePrecision, mode: ev.mode, negated: ev.negated,
  modality: ev.modality, locationName: ev.locationName, locationNameAr: ev.locationNameAr,
  locationActorId: ev.locationActorId, sourceCount: toInteger(ev.sourceCount), mentionCount: toInteger(ev.mentionCount),
  confidence: ev.confidence
})<-[:PARTICIPATED {role: 'object'}]-(o)
WITH articles, e, ev.evidence AS evidence
UNWIND evidence AS m
WITH e, m, articles[toInteger(m.articleIndex)] AS a
CREATE (e)-[:EVIDENCED_BY {
  mentionId: m.id, sentenceIndex: m.props.sentenceIndex, sentence: m.props.sentence,
  sentenceStart: m.props.sentenceStart, sentenceEnd: m.props.sentenceEnd, quote: m.props.quote,
  trigger: m.props.trigger, triggerStart: m.props.triggerStart, triggerEnd: m.props.triggerEnd,
  subjectStart: m.props.subjectStart, subjectEnd: m.props.subjectEnd, objectStart: m.props.objectStart,
  objectEnd: m.props.objectEnd, confidence: m.props.confidence
}]->(a)
