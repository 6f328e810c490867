// Articles are merged by their stable id (file name stem, "#2" for split-off stories).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
