// Events evidenced by these articles before their evidence is replaced or deleted: their actor pairs need their
// derived edges recomputed, and the events themselves may lose their last evidence.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:EVIDENCED_BY]-(e:Event)
RETURN DISTINCT e.id AS eventId, e.subjectId AS subjectId, e.objectId AS objectId
