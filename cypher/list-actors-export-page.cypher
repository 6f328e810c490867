// One page of actors for a whole-graph export, keyset-paged by id (a range seek on the Actor.id constraint index, so
// every page costs the same however deep the export is), with the degree used for node sizes.
MATCH (a:Actor)
WHERE a.id > $afterId
WITH a
ORDER BY a.id
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.nameAr AS nameAr, a.kind AS kind,
       COUNT { (a)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]-() WHERE type(r) IN $relationTypes } AS degree
