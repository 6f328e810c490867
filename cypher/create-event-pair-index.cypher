// Events between two given actors (derived-edge refresh, meetings of a pair) are sought, not scanned from a hub.
CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.subjectId, e.objectId)
