// Listing actors filtered by kind.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)
