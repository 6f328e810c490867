// Events are shared across articles (same type, participants, date, polarity): MERGE by id, keep a known place.
// subjectId/objectId are denormalised onto the event so that readers resolve participants without a traversal, and
// pageKey (write-articles.ts eventPageKey) orders an actor's events newest first in an index.
UNWIND $events AS ev
MATCH (s:Actor {id: ev.subjectId}), (o:Actor {id: ev.objectId})
MERGE (e:Event {id: ev.id})
SET e.type = ev.type,
    e.plover = ev.plover,
    e.cameo = ev.cameo,
    e.subjectId = ev.subjectId,
    e.objectId = ev.objectId,
    e.date = ev.date,
    e.pageKey = ev.pageKey,
    e.datePrecision = ev.datePrecision,
    e.mode = ev.mode,
    e.negated = ev.negated,
    e.modality = ev.modality,
    e.locationName = coalesce(ev.locationName, e.locationName),
    e.locationNameAr = coalesce(ev.locationNameAr, e.locationNameAr),
    e.locationActorId = coalesce(ev.locationActorId, e.locationActorId)
MERGE (s)-[:PARTICIPATED {role: 'subject'}]->(e)
MERGE (o)-[:PARTICIPATED {role: 'object'}]->(e)
