// An actor's events newest first (relations with actors): pageKey orders date descending then id, so a page of a hub's
// events is read in index order instead of sorting all of them.
CREATE INDEX event_subject_page IF NOT EXISTS FOR (e:Event) ON (e.subjectId, e.pageKey)
