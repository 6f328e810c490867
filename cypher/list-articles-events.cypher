// Batched events evidenced by several articles.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})<-[:EVIDENCED_BY]-(e:Event)
WITH articleId, e
ORDER BY e.date, e.id
RETURN articleId, collect(DISTINCT e {.*}) AS events
