// Shortest paths over the derived relation edges (either direction). The bound 6 is the API's cap; the requested
// maxHops and relation types filter the paths.
MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
MATCH p = allShortestPaths((a)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED*..6]-(b))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
LIMIT $limit
