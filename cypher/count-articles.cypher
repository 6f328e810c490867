// Total of the list-articles query, for connection totalCount.
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
RETURN count(a) AS total
