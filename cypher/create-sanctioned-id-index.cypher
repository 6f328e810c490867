// A derived SANCTIONED edge by its id ('SANCTIONED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX sanctioned_id IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.id)
