// Test-only: empties the shared test database before a suite (test graphs are small: one transaction).
MATCH (n)
DETACH DELETE n
