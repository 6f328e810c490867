// Events per relation type, with how many of them are positive (feed derived edges), for the stats query.
MATCH (e:Event)
RETURN e.type AS type,
       count(e) AS events,
       sum(CASE WHEN e.negated = false AND e.modality IN ['asserted', 'reported'] THEN 1 ELSE 0 END) AS positive
ORDER BY type
