// Bulk path, new events only (count-existing-events-articles checked it): each event and its two participation links
// CREATEd, with the support figures (sourceCount, mentionCount, confidence) computed with the row, since all of a new
// event's evidence is in its batch. Properties are named one by one: a SET from a map makes the planner assume any
// property may change and materialise every row (Eager) before reading the next actors. Counts arrive as JS numbers
// (floats): toInteger stores integers, as update-events-support does.
UNWIND $events AS ev
MATCH (s:Actor {id: ev.subjectId}), (o:Actor {id: ev.objectId})
CREATE (s)-[:PARTICIPATED {role: 'subject'}]->(e:Event {
  id: ev.id, type: ev.type, plover: ev.plover, cameo: ev.cameo, subjectId: ev.subjectId, objectId: ev.objectId,
  date: ev.date, pageKey: ev.pageKey, datePrecision: ev.datePrecision, mode: ev.mode, negated: ev.negated,
  modality: ev.modality, locationName: ev.locationName, locationNameAr: ev.locationNameAr,
  locationActorId: ev.locationActorId, sourceCount: toInteger(ev.sourceCount), mentionCount: toInteger(ev.mentionCount),
  confidence: ev.confidence
})<-[:PARTICIPATED {role: 'object'}]-(o)
