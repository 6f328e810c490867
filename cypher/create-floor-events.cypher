// Bench only (npm run gen --floor): the floor of the bulk path, a bare batched UNWIND CREATE of the same events with
// the same properties and both participation links, under a label of their own (no indexes, no evidence, no derived
// edges) and removed again by delete-floor-events, so that the loader's rate can be compared with it in one run.
UNWIND $events AS ev
MATCH (s:Actor {id: ev.subjectId}), (o:Actor {id: ev.objectId})
CREATE (s)-[:FLOOR_PARTICIPATED {role: 'subject'}]->(e:BulkFloor {
  id: ev.id, type: ev.type, plover: ev.plover, cameo: ev.cameo, subjectId: ev.subjectId, objectId: ev.objectId,
  date: ev.date, pageKey: ev.pageKey, datePrecision: ev.datePrecision, mode: ev.mode, negated: ev.negated,
  modality: ev.modality
})<-[:FLOOR_PARTICIPATED {role: 'object'}]-(o)
