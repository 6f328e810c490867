// A derived SUPPLIED edge by its id ('SUPPLIED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX supplied_id IF NOT EXISTS FOR ()-[r:SUPPLIED]-() ON (r.id)
