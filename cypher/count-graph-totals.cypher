// Graph-wide totals for the stats query (label counts come from the count store).
RETURN COUNT { (:Actor) } AS actors,
       COUNT { (:Event) } AS events,
       COUNT { (:Article) } AS articles,
       COUNT { ()-[:EVIDENCED_BY]->() } AS mentions
