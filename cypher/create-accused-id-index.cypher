// A derived ACCUSED edge by its id ('ACCUSED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX accused_id IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.id)
