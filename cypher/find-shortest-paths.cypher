// Shortest paths over the derived relation edges (either direction), at most 6 hops (the API's cap on maxHops).
// The requested maxHops is applied by the caller: a length predicate here would make Neo4j fall back to an
// exhaustive path enumeration whenever the shortest path is longer. The type filter is checked during the search.
MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
MATCH p = allShortestPaths((a)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.id, .eventIds, .count, .firstDate, .lastDate, .confidence, .sourceCount, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
LIMIT $limit
