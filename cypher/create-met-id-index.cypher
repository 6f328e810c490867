// A derived MET edge by its id ('MET:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id)
