// Batched actor lookup for the per-request DataLoader. The degree (derived edges, both directions) comes along: it is
// answered from the actor's relationship-type counts, so it costs no relationship read and saves a second round trip.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .nameAr, .aliases, .kind, .wikidataId, .discovered, .parentId,
          degree: COUNT { (a)-[:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() }} AS actor
