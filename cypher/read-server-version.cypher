// The server's version, for the start-up banner and the foundation test.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
