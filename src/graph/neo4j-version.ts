/**
 * The one Neo4j version of the project: the Maven artifact for local runs (neo4j-local/pom.xml) and the Docker image
 * for testcontainers and docker-compose.yml must agree; tests/unit/graph/neo4j-version.test.ts checks they do.
 * 5.26 is the LTS line and the last one that runs on Java 17.
 */
export const NEO4J_VERSION = "5.26.30";

/** Docker image used by testcontainers and docker-compose.yml. */
export const NEO4J_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
