// Records that the graph is up to date with a version of the write path's data (backfill.ts), after a full backfill:
// later starts skip the backfill's scans of every event and edge.
MERGE (m:GraphMeta {id: 'graph'})
SET m.backfillVersion = $version
