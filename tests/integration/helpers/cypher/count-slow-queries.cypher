// How many run-slow-query transactions the server is running now.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS 'range(1, 4000000000)' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
