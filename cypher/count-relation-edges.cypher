// Derived edges of some types whose date span meets [$from, $to]: the size check before a whole-graph export (an
// upper bound of what the export writes; it reads relationship properties only, no events).
MATCH (:Actor)-[r:MET|INVITED|CONDEMNED|ACCUSED|DEMANDED|SUPPORTED|SUPPLIED|MEDIATED|REJECTED|THREATENED|SANCTIONED|ATTACKED]->(:Actor)
WHERE type(r) IN $types
  AND ($from IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate <= $to)
RETURN count(r) AS total
