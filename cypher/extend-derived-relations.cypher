// Bulk path: the derived edges of a batch's new positive events, added to the edges instead of recomputed from all of
// the pair's events (refresh-derived-relations does that on the merge path). Each row is one (subject, object, type)
// with the batch's events sorted by key (date, '~' when undated, then a space and the id: the order of ORDER BY
// e.date, e.id). An existing edge is found by its id through the type's id index (one seek per row: a MERGE between
// the two actors expanded a hub's relationships of that type, 170,000-350,000 db hits for the MET rows of one batch
// of 10,000 events); a missing one is created with the batch's figures (CREATE with the row's type, one of the twelve
// the seeks cover: no MERGE needed, a batch names each edge once and the seek found none). On an existing edge each new id is spliced into the sorted eventIds at the
// position found by comparing its key with the edge's eventKeys (same order), so the list stays in date order without
// reading any event; the figures are combined (count, first/last date, best confidence, summed sources). The stored
// lists are read once into a map (old): a relationship property inside the list expressions would be read from the
// store again for every new event of the row, a hub pair's thousand-entry lists included.
CALL () {
  UNWIND [row IN $rows WHERE row.type = 'MET'] AS row
  OPTIONAL MATCH ()-[r:MET]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'INVITED'] AS row
  OPTIONAL MATCH ()-[r:INVITED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'CONDEMNED'] AS row
  OPTIONAL MATCH ()-[r:CONDEMNED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'ACCUSED'] AS row
  OPTIONAL MATCH ()-[r:ACCUSED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'DEMANDED'] AS row
  OPTIONAL MATCH ()-[r:DEMANDED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'SUPPORTED'] AS row
  OPTIONAL MATCH ()-[r:SUPPORTED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'SUPPLIED'] AS row
  OPTIONAL MATCH ()-[r:SUPPLIED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'MEDIATED'] AS row
  OPTIONAL MATCH ()-[r:MEDIATED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'REJECTED'] AS row
  OPTIONAL MATCH ()-[r:REJECTED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'THREATENED'] AS row
  OPTIONAL MATCH ()-[r:THREATENED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'SANCTIONED'] AS row
  OPTIONAL MATCH ()-[r:SANCTIONED]->() WHERE r.id = row.id
  RETURN row, r
  UNION ALL
  UNWIND [row IN $rows WHERE row.type = 'ATTACKED'] AS row
  OPTIONAL MATCH ()-[r:ATTACKED]->() WHERE r.id = row.id
  RETURN row, r
}
CALL (row, r) {
  WITH row
  WHERE r IS NULL AND row.type IN ['MET', 'INVITED', 'CONDEMNED', 'ACCUSED', 'DEMANDED', 'SUPPORTED', 'SUPPLIED',
                                   'MEDIATED', 'REJECTED', 'THREATENED', 'SANCTIONED', 'ATTACKED']
  MATCH (s:Actor {id: row.subjectId}), (o:Actor {id: row.objectId})
  CREATE (s)-[n:$(row.type)]->(o)
  SET n.id = row.id, n.eventIds = row.ids, n.eventKeys = row.keys, n.count = size(row.ids),
      n.firstDate = row.firstDate, n.lastDate = row.lastDate, n.confidence = row.confidence,
      n.sourceCount = toInteger(row.sourceCount)
}
WITH row, r
WHERE r IS NOT NULL
// Each new key's place in the stored keys, counted once for both lists (a hub pair's lists hold thousands of keys).
WITH row, r, r {.eventIds, .eventKeys, .count, .firstDate, .lastDate, .confidence, .sourceCount} AS old
WITH row, r, old, [key IN row.keys | size([k IN old.eventKeys WHERE k < key])] AS at
SET r += {
  eventIds: reduce(acc = {list: [], at: 0}, j IN range(0, size(at) - 1) |
    {list: acc.list + old.eventIds[acc.at..at[j]] + [row.ids[j]], at: at[j]}).list + old.eventIds[at[-1]..],
  eventKeys: reduce(acc = {list: [], at: 0}, j IN range(0, size(at) - 1) |
    {list: acc.list + old.eventKeys[acc.at..at[j]] + [row.keys[j]], at: at[j]}).list + old.eventKeys[at[-1]..],
  count: old.count + size(row.ids),
  firstDate: CASE WHEN row.firstDate IS NULL OR old.firstDate <= row.firstDate THEN old.firstDate ELSE row.firstDate END,
  lastDate: CASE WHEN row.lastDate IS NULL OR old.lastDate >= row.lastDate THEN old.lastDate ELSE row.lastDate END,
  confidence: CASE WHEN row.confidence IS NULL OR old.confidence >= row.confidence THEN old.confidence ELSE row.confidence END,
  sourceCount: old.sourceCount + toInteger(row.sourceCount)
}
