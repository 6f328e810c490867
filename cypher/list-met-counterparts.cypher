// whoMet from the neighbour ranking kept at write time (positive meetings only): the counterparts with the most
// meetings come from the (actorId, metRank) index in order, one page of them; each one's count and first and last
// dates come from the same ranking edge, whose summary of the pair's derived edges (add-neighbor-weights) holds the
// two MET edges (both directions: a meeting is stored subject -> object) in slots 0 and 1, so no edge of the hub is
// read besides the page. Sentinels for "no date": '~' (first), '' (last). The counterpart's fields come along so that
// the API does not look the actors up again.
MATCH ()-[x:NEIGHBOR]->(c:Actor)
WHERE x.actorId = $actorId AND x.metRank >= ''
WITH c, x
ORDER BY x.actorId, x.metRank
LIMIT $limit
// The summary read once into a map (each x.prop inside a list expression would be a store read of its own).
WITH c, x {.edgeSlots, .edgeCounts, .edgeFirstDates, .edgeLastDates} AS x
WITH c, x, [j IN range(0, size(x.edgeSlots) - 1) WHERE x.edgeSlots[j] < 2] AS met
WITH c, reduce(n = 0, j IN met | n + x.edgeCounts[j]) AS count,
     reduce(d = '~', j IN met | CASE WHEN x.edgeFirstDates[j] < d THEN x.edgeFirstDates[j] ELSE d END) AS firstDate,
     reduce(d = '', j IN met | CASE WHEN x.edgeLastDates[j] > d THEN x.edgeLastDates[j] ELSE d END) AS lastDate
RETURN c.id AS counterpartId, count, CASE WHEN firstDate = '~' THEN null ELSE firstDate END AS firstDate,
       CASE WHEN lastDate = '' THEN null ELSE lastDate END AS lastDate,
       c {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId} AS counterpart
ORDER BY count DESC, counterpartId
