// Derived actor-to-actor edges (one type per relation type) are recomputed from scratch for the affected pairs, from
// positive events only (not negated; asserted or reported), so that they never disagree with the events. The pair's
// events come from the (subjectId, objectId) index and the old edges from a typed pattern: neither reads the other
// events of a hub. eventIds are collected in (date, id) order: whoMet reads the head of the list as the first meetings.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subjectId}), (o:Actor {id: pair.objectId})
OPTIONAL MATCH (s)-[old:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(o)
WHERE type(old) IN $relationTypes
DELETE old
WITH DISTINCT s, o, pair.subjectId AS subjectId, pair.objectId AS objectId
MATCH (e:Event)
WHERE e.subjectId = subjectId AND e.objectId = objectId
  AND e.negated = false AND e.modality IN ['asserted', 'reported']
WITH s, o, e
ORDER BY e.date, e.id
WITH s, o, e.type AS type, collect(e.id) AS eventIds, min(e.date) AS firstDate, max(e.date) AS lastDate,
     max(e.confidence) AS confidence, sum(e.sourceCount) AS sourceCount
MERGE (s)-[r:$(type)]->(o)
SET r.id = type + ':' + s.id + '->' + o.id,
    r.eventIds = eventIds,
    r.count = size(eventIds),
    r.firstDate = firstDate,
    r.lastDate = lastDate,
    r.confidence = confidence,
    r.sourceCount = sourceCount
