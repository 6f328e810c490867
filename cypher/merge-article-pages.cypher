// Stories split off a page ("read also") point to the page's main article.
UNWIND $articles AS a
WITH a
WHERE a.parentId IS NOT NULL
MATCH (n:Article {id: a.id}), (p:Article {id: a.parentId})
MERGE (n)-[:PART_OF_PAGE]->(p)
