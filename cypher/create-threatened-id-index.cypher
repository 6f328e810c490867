// A derived THREATENED edge by its id ('THREATENED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX threatened_id IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.id)
