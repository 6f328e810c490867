// One page of articles, newest first, optionally by source and publication date range.
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
RETURN a {.id, .title, .source, .url, .publishedAt, .language, .contentHash, .parentId} AS article
ORDER BY a.publishedAt DESC, a.id
SKIP $skip
LIMIT $limit
