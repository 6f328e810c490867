// A derived INVITED edge by its id ('INVITED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX invited_id IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.id)
