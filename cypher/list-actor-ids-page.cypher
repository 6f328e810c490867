// One page of actor ids, keyset-paged by id: the sources whose edges the next page of a whole-graph export writes.
MATCH (a:Actor)
WHERE a.id > $afterId
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
