/**
 * One real Neo4j per test run, shared by every integration test file: NEO4J_URI if set, else a Docker container,
 * else a local server from Maven Central jars (see src/graph/resolve-neo4j.ts). The schema is applied once here.
 * Likewise one Arabic tagger (NLP_URL, else a local one from Maven Central jars: src/nlp/resolve-nlp.ts), started
 * beside Neo4j, for the tests of the tagged extraction path.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { resolveNeo4j } from "../../src/graph/resolve-neo4j.js";
import { GraphDb } from "../../src/graph/db.js";
import { applySchema } from "../../src/graph/apply-schema.js";
import { canRunLocalTagger, ensureTaggerJars } from "../../src/nlp/local-tagger.js";
import { resolveNlp } from "../../src/nlp/resolve-nlp.js";

export interface ProvidedNeo4j {
  uri: string;
  username: string;
  password: string;
  database?: string;
  mode: string;
}

export interface ProvidedNlp {
  /** Base URL of the CoreNLP server (tagger-client.ts createTaggerClient). */
  url: string;
  mode: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
    nlp: ProvidedNlp;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  // The tagger's jars first, on their own: two Maven runs at once on a fresh machine would share ~/.m2 unlocked.
  if (!config.nlp.url && canRunLocalTagger(config.nlp.cacheDir).ok) {
    await ensureTaggerJars({ cacheDir: config.nlp.cacheDir, log: (m) => console.log(`[nlp] ${m}`) });
  }
  // Then both servers at once: the tagger's few seconds of start-up hide inside Neo4j's.
  const [neo4jResult, nlpResult] = await Promise.allSettled([
    resolveNeo4j({ config: config.neo4j, cacheDir: config.cacheDir, log: (m) => console.log(`[neo4j] ${m}`) }),
    resolveNlp({ config: config.nlp, log: (m) => console.log(`[nlp] ${m}`) }),
  ]);
  if (neo4jResult.status === "rejected" || nlpResult.status === "rejected") {
    if (neo4jResult.status === "fulfilled") await neo4jResult.value.stop();
    if (nlpResult.status === "fulfilled") await nlpResult.value.stop();
    throw neo4jResult.status === "rejected" ? neo4jResult.reason : (nlpResult as PromiseRejectedResult).reason;
  }
  const server = neo4jResult.value;
  const nlp = nlpResult.value;
  project.provide("nlp", { url: nlp.url, mode: nlp.mode });
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
    await Promise.all([server.stop(), nlp.stop()]);
  };
}
