// Test-only: every event's id, date and pageKey.
MATCH (e:Event)
RETURN e.id AS id, e.date AS date, e.pageKey AS pageKey
ORDER BY id
