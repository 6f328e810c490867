// Test-only: which of these events still exist (after their articles were deleted, none should).
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
RETURN e.id AS id
