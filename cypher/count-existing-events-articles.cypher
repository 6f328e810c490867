// The bulk path creates nodes instead of merging them only when none of a batch's events or articles exists yet:
// two index-backed counts decide it.
RETURN COUNT { MATCH (e:Event) WHERE e.id IN $eventIds } AS events,
       COUNT { MATCH (a:Article) WHERE a.id IN $articleIds } AS articles
