// Backfill for graphs written before events had a pageKey: one batch of such events per call, with the key of
// eventPageKey (write-articles.ts): '0 ' + id when undated, else '1', the date with every digit d as 9 - d, ' ', id.
MATCH (e:Event)
WHERE e.pageKey IS NULL
WITH e
LIMIT $limit
SET e.pageKey = CASE
  WHEN e.date IS NULL THEN '0 ' + e.id
  ELSE '1' + reduce(key = '', c IN split(e.date, '') |
    key + CASE WHEN c >= '0' AND c <= '9' AND size(c) = 1 THEN toString(9 - toInteger(c)) ELSE c END) + ' ' + e.id
END
RETURN count(e) AS updated
