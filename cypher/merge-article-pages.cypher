// Stories split off a page ("read also") point to the page's main article, whichever of the two is written first:
// link each article to its page, and each article already pointing at it (by parentId) to it.
UNWIND $articles AS a
MATCH (n:Article {id: a.id})
CALL (n, a) {
  WITH n, a
  WHERE a.parentId IS NOT NULL
  MATCH (p:Article {id: a.parentId})
  MERGE (n)-[:PART_OF_PAGE]->(p)
}
CALL (n) {
  MATCH (c:Article {parentId: n.id})
  MERGE (c)-[:PART_OF_PAGE]->(n)
}
