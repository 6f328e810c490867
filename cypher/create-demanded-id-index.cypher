// A derived DEMANDED edge by its id ('DEMANDED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX demanded_id IF NOT EXISTS FOR ()-[r:DEMANDED]-() ON (r.id)
