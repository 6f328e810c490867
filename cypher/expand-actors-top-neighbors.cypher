// One layer of a neighbourhood over all relation types (expand-actors-neighbors when types are chosen), from the
// neighbour ranking kept at write time: each frontier actor's $k heaviest neighbours come from the (actorId, rank)
// index in order, so a hub costs k index entries, not a read of all of its derived edges. Actors already kept are
// skipped; the $limit heaviest candidates stay, each with the derived edges that join it to the frontier actors that
// proposed it (without event id lists) and its degree (from the relationship-type counts). Those edges come from the
// summary on the ranking edges just read (add-neighbor-weights: edgeSlots and the figures per slot), so a kept
// neighbour costs no further read: 24 index seeks per pair before, which made a hub's 50 neighbours 14,000 db hits.
// The summaries are read after the LIMIT, for the kept neighbours only.
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
// Each kept link's summary goes out as it is stored (src/graph/neighbor-summary.ts expands it into edges): a map per
// edge would be about 1,200 maps of nine values for a hub's 50 neighbours, which cost more to decode than to find.
UNWIND links AS link
WITH n, weight, collect(link {.actorId, .neighborId, .edgeSlots, .edgeCounts, .edgeFirstDates, .edgeLastDates,
                              .edgeConfidences, .edgeSourceCounts}) AS links
RETURN n {.id, .name, .nameAr, .kind, degree: COUNT { (n)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS node, weight, links
ORDER BY weight DESC, n.id
