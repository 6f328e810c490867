// A write that must never run in a read transaction (routing tests); a stray probe node is removed by the next reset.
CREATE (n:RoutingProbe)
RETURN count(n) AS created
