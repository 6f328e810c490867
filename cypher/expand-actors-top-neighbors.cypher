// One layer of a neighbourhood over all relation types (expand-actors-neighbors when types are chosen), from the
// neighbour ranking kept at write time: each frontier actor's $k heaviest neighbours come from the (actorId, rank)
// index in order, so a hub costs k index entries, not a read of all of its derived edges. Actors already kept are
// skipped; the $limit heaviest candidates stay, each with the derived edges that join it to the frontier actors that
// proposed it (without event id lists) and its degree (from the relationship-type counts). Those edges come from the
// summary on the ranking edges just read (add-neighbor-weights: edgeSlots and the figures per slot, sentinels for
// "none"; slot = 2 × place in the type list below + 0 when the edge starts at the pair's smaller id), so a kept
// neighbour costs no further read: 24 index seeks per pair before, which made a hub's 50 neighbours 14,000 db hits.
UNWIND $ids AS actorId
CALL (actorId) {
  MATCH ()-[x:NEIGHBOR]->(n:Actor)
  WHERE x.actorId = actorId AND x.rank >= '' AND NOT n.id IN $exclude
  RETURN n, x
  ORDER BY x.actorId, x.rank
  LIMIT $k
}
WITH n, max(x.weight) AS weight, collect(x) AS links
ORDER BY weight DESC, n.id
LIMIT $limit
WITH n, weight, links, ['MET', 'INVITED', 'CONDEMNED', 'ACCUSED', 'DEMANDED', 'SUPPORTED', 'SUPPLIED', 'MEDIATED',
                        'REJECTED', 'THREATENED', 'SANCTIONED', 'ATTACKED'] AS types
WITH n, weight, reduce(edges = [], x IN links |
  edges + [j IN range(0, size(x.edgeSlots) - 1) |
    [ends IN [CASE WHEN x.actorId < x.neighborId THEN [x.actorId, x.neighborId] ELSE [x.neighborId, x.actorId] END] |
      [st IN [CASE WHEN x.edgeSlots[j] % 2 = 0 THEN ends ELSE [ends[1], ends[0]] END] | {
        id: types[x.edgeSlots[j] / 2] + ':' + st[0] + '->' + st[1],
        count: x.edgeCounts[j],
        firstDate: CASE WHEN x.edgeFirstDates[j] = '~' THEN null ELSE x.edgeFirstDates[j] END,
        lastDate: CASE WHEN x.edgeLastDates[j] = '' THEN null ELSE x.edgeLastDates[j] END,
        confidence: CASE WHEN x.edgeConfidences[j] < 0 THEN null ELSE x.edgeConfidences[j] END,
        sourceCount: x.edgeSourceCounts[j],
        type: types[x.edgeSlots[j] / 2],
        source: st[0],
        target: st[1]
      }][0]
    ][0]
  ]) AS edges
RETURN n {.id, .name, .nameAr, .kind, degree: COUNT { (n)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS node, weight, edges
ORDER BY weight DESC, n.id
