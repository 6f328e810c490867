// A derived REJECTED edge by its id ('REJECTED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX rejected_id IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.id)
