// Batched event lookup (path steps, DataLoader).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.*} AS event
