// The ranking edge of one actor towards one neighbour, found by an index seek when a bulk batch adds to its weight
// (a MERGE between two actors would expand the relationships of one of them, hundreds for a hub's partners).
CREATE INDEX neighbor_pair IF NOT EXISTS FOR ()-[x:NEIGHBOR]-() ON (x.actorId, x.neighborId)
