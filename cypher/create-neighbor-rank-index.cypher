// An actor's heaviest neighbours in order (neighbourhood top-k): an index range read of k entries, not a sort of all
// of a hub's derived edges.
CREATE INDEX neighbor_rank IF NOT EXISTS FOR ()-[x:NEIGHBOR]-() ON (x.actorId, x.rank)
