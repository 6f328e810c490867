// The event id lists of derived edges, by (type, source, target): asked for only when a client selects eventIds.
UNWIND $edges AS k
MATCH (s:Actor {id: k.source})-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(t:Actor {id: k.target})
WHERE type(r) = k.type
RETURN r.id AS id, r.eventIds AS eventIds
