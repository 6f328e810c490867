// The version of the write path's data that the graph records being up to date with (backfill.ts): null when the
// graph has never recorded one (new, or written before the record existed).
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
RETURN m.backfillVersion AS version
