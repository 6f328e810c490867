// Full-text lookup of actors by any of their names, with Lucene's Arabic analyzer (normalisation + light stemming).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (a:Actor) ON EACH [a.name, a.nameAr, a.searchNames]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } }
