// The object side of create-event-subject-page-index.
CREATE INDEX event_object_page IF NOT EXISTS FOR (e:Event) ON (e.objectId, e.pageKey)
