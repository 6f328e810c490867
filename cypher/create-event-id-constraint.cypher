// Events are merged by their deterministic id (type, participants, date, polarity).
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE
