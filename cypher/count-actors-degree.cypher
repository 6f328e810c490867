// Batched degree: the number of derived relation edges of each actor (both directions). The typed pattern without a
// label on the far end is answered from the actor's relationship-type counts (no relationship is read), so a hub with
// 40,000 PARTICIPATED links costs the same as anyone; derived edges only ever join two actors.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
RETURN actorId, COUNT { (a)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() } AS degree
