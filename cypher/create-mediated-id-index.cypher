// A derived MEDIATED edge by its id ('MEDIATED:' + subject id + '->' + object id): the edges between two given actors are
// index seeks, not an expansion of a hub's relationships (whoMet, neighbourhood edges).
CREATE INDEX mediated_id IF NOT EXISTS FOR ()-[r:MEDIATED]-() ON (r.id)
