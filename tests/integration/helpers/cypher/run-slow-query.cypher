// A read that runs for minutes and returns nothing: stands in for an expensive traversal in cancellation tests.
UNWIND range(1, 4000000000) AS x
WITH x
WHERE x < 0
RETURN count(x) AS n
