// A derived ATTACKED edge by its id ('ATTACKED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX attacked_id IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id)
