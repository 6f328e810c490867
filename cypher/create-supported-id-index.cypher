// A derived SUPPORTED edge by its id ('SUPPORTED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX supported_id IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.id)
