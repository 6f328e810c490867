// Bulk path, evidence of new events (created by create-events in the same transaction): one EVIDENCED_BY link per
// mention, CREATEd with its properties named one by one (see create-events), no MERGE.
UNWIND $mentions AS m
MATCH (e:Event {id: m.eventId}), (a:Article {id: m.articleId})
CREATE (e)-[:EVIDENCED_BY {
  mentionId: m.id, sentenceIndex: m.props.sentenceIndex, sentence: m.props.sentence,
  sentenceStart: m.props.sentenceStart, sentenceEnd: m.props.sentenceEnd, quote: m.props.quote,
  trigger: m.props.trigger, triggerStart: m.props.triggerStart, triggerEnd: m.props.triggerEnd,
  subjectStart: m.props.subjectStart, subjectEnd: m.props.subjectEnd, objectStart: m.props.objectStart,
  objectEnd: m.props.objectEnd, confidence: m.props.confidence
}]->(a)
