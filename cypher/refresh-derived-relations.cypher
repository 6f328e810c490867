// Derived actor-to-actor edges (one type per relation type) are recomputed from scratch for the affected pairs, from
// positive events only (not negated; asserted or reported), so that they never disagree with the events. The pair's
// events come from the (subjectId, objectId) index and the old edges from a typed pattern: neither reads the other
// events of a hub. eventIds are collected in (date, id) order: whoMet reads the head of the list as the first meetings.
// eventKeys (date or '~' when undated, a space, the id: strings that sort in that order) let the bulk path splice new
// events into the list without reading the old ones (extend-derived-relations).
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
WITH s, o, e.type AS type, collect(e.id) AS eventIds, collect(coalesce(e.date, '~') + ' ' + e.id) AS eventKeys,
     min(e.date) AS firstDate, max(e.date) AS lastDate,
     max(e.confidence) AS confidence, sum(e.sourceCount) AS sourceCount
WITH s, o, type, {id: type + ':' + s.id + '->' + o.id, eventIds: eventIds, eventKeys: eventKeys, count: size(eventIds), firstDate: firstDate,
     lastDate: lastDate, confidence: confidence, sourceCount: sourceCount} AS props
// One static MERGE per type: a MERGE on a dynamic type checks every relationship between the two actors (a hub's
// events included), a typed one only that type's; the old edges were deleted above, so each MERGE creates.
FOREACH (_ IN CASE WHEN type = 'MET' THEN [1] ELSE [] END | MERGE (s)-[r:MET]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'INVITED' THEN [1] ELSE [] END | MERGE (s)-[r:INVITED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'CONDEMNED' THEN [1] ELSE [] END | MERGE (s)-[r:CONDEMNED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'ACCUSED' THEN [1] ELSE [] END | MERGE (s)-[r:ACCUSED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'DEMANDED' THEN [1] ELSE [] END | MERGE (s)-[r:DEMANDED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'SUPPORTED' THEN [1] ELSE [] END | MERGE (s)-[r:SUPPORTED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'SUPPLIED' THEN [1] ELSE [] END | MERGE (s)-[r:SUPPLIED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'MEDIATED' THEN [1] ELSE [] END | MERGE (s)-[r:MEDIATED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'REJECTED' THEN [1] ELSE [] END | MERGE (s)-[r:REJECTED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'THREATENED' THEN [1] ELSE [] END | MERGE (s)-[r:THREATENED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'SANCTIONED' THEN [1] ELSE [] END | MERGE (s)-[r:SANCTIONED]->(o) SET r = props)
FOREACH (_ IN CASE WHEN type = 'ATTACKED' THEN [1] ELSE [] END | MERGE (s)-[r:ATTACKED]->(o) SET r = props)
