// Bulk path, new articles only (count-existing-events-articles checked it): CREATE skips MERGE's lookup and lock.
UNWIND $articles AS a
CREATE (n:Article)
SET n = a
