// A re-loaded article replaces all of its evidence: stale mentions must not survive a content change.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[r:EVIDENCED_BY]-(:Event)
DELETE r
