// Test-only: node and relationship counts by label and type, to compare the graph before and after.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN 'node:' + label AS key, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel:' + type(r) AS key, count(*) AS count
}
RETURN key, count
ORDER BY key
