// Bulk path: the derived edges of a batch's new positive events, added to the edges instead of recomputed from all of
// the pair's events (refresh-derived-relations does that on the merge path). Each row is one (subject, object, type)
// with the batch's events sorted by key (date, '~' when undated, then a space and the id: the order of ORDER BY
// e.date, e.id). Each new id is spliced into the edge's sorted eventIds at the position found by comparing its key
// with the edge's eventKeys (same order), so the list stays in date order without reading any event; the figures are
// combined (count, first/last date, best confidence, summed sources). One static MERGE per type (a MERGE on a dynamic
// type would check every relationship between the two actors), all of the update inside it (no second expansion).
// The edge's stored lists are read once into a map (old): a relationship property inside the list expressions would be
// read from the store again for every new event of the row, a hub pair's thousand-entry lists included.
UNWIND $rows AS row
MATCH (s:Actor {id: row.subjectId}), (o:Actor {id: row.objectId})
FOREACH (_ IN CASE WHEN row.type = 'MET' THEN [1] ELSE [] END |
  MERGE (s)-[r:MET]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'INVITED' THEN [1] ELSE [] END |
  MERGE (s)-[r:INVITED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'CONDEMNED' THEN [1] ELSE [] END |
  MERGE (s)-[r:CONDEMNED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'ACCUSED' THEN [1] ELSE [] END |
  MERGE (s)-[r:ACCUSED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'DEMANDED' THEN [1] ELSE [] END |
  MERGE (s)-[r:DEMANDED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'SUPPORTED' THEN [1] ELSE [] END |
  MERGE (s)-[r:SUPPORTED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'SUPPLIED' THEN [1] ELSE [] END |
  MERGE (s)-[r:SUPPLIED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'MEDIATED' THEN [1] ELSE [] END |
  MERGE (s)-[r:MEDIATED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'REJECTED' THEN [1] ELSE [] END |
  MERGE (s)-[r:REJECTED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'THREATENED' THEN [1] ELSE [] END |
  MERGE (s)-[r:THREATENED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'SANCTIONED' THEN [1] ELSE [] END |
  MERGE (s)-[r:SANCTIONED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
FOREACH (_ IN CASE WHEN row.type = 'ATTACKED' THEN [1] ELSE [] END |
  MERGE (s)-[r:ATTACKED]->(o)
    ON CREATE SET r.id = row.id, r.eventIds = [], r.eventKeys = [], r.count = 0, r.sourceCount = 0
  SET r += [old IN [r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount}] | {
    eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventIds[acc.at..p] + [row.ids[j]], at: p}][0]
    ).list + old.eventIds[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(row.keys) - 1) |
      [p IN [size([k IN old.eventKeys WHERE k < row.keys[j]])] | {list: acc.list + old.eventKeys[acc.at..p] + [row.keys[j]], at: p}][0]
    ).list + old.eventKeys[size([k IN old.eventKeys WHERE k < row.keys[-1]])..],
    count: old.count + size(row.ids),
    firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
    lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
    confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
    sourceCount: old.sourceCount + toInteger(row.sourceCount)
  }][0]
)
