// Test-only: makes the ranking edges look as an earlier version wrote them (no summary of their pair's derived edges).
MATCH ()-[x:NEIGHBOR]->()
REMOVE x.edgeSlots, x.edgeCounts, x.edgeFirstDates, x.edgeLastDates, x.edgeConfidences, x.edgeSourceCounts
