// Finding the split-off stories of a page by parentId when the page is written after them.
CREATE INDEX article_parent IF NOT EXISTS FOR (a:Article) ON (a.parentId)
