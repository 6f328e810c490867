// Blocks until every index is online, so that a query right after start-up sees them.
CALL db.awaitIndexes(300)
