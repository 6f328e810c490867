// An actor's counterparts with the most meetings in order (whoMet): an index range read of one page.
CREATE INDEX neighbor_met_rank IF NOT EXISTS FOR ()-[x:NEIGHBOR]-() ON (x.actorId, x.metRank)
