// A derived CONDEMNED edge by its id ('CONDEMNED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX condemned_id IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.id)
