/**
 * One real Neo4j per test run, shared by every integration test file: NEO4J_URI if set, else a Docker container,
 * else a local server from Maven Central jars (see src/graph/resolve-neo4j.ts). The schema is applied once here.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { resolveNeo4j } from "../../src/graph/resolve-neo4j.js";
import { GraphDb } from "../../src/graph/db.js";
import { applySchema } from "../../src/graph/apply-schema.js";

export interface ProvidedNeo4j {
  uri: string;
  username: string;
  password: string;
  database?: string;
  mode: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const server = await resolveNeo4j({
    config: config.neo4j,
    cacheDir: config.cacheDir,
    log: (m) => console.log(`[neo4j] ${m}`),
  });
  const db = await GraphDb.connect(server);
  await applySchema(db);
  await db.close();
  project.provide("neo4j", {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database: server.database,
    mode: server.mode,
  });
  return async () => {
    await server.stop();
  };
}
