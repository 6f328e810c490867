/**
 * Finds a real Neo4j, in this order: NEO4J_URI (docker compose, Aura, a cluster) → a Docker engine via testcontainers
 * → a local Neo4j from Maven Central jars. This module is the only place that decides.
 */
import type * as Testcontainers from "testcontainers";
import type * as Neo4jModule from "@testcontainers/neo4j";
import type { Neo4jConfig } from "../config.js";
import { canRunLocalNeo4j, startLocalNeo4j } from "./local-neo4j.js";
import { NEO4J_IMAGE } from "./neo4j-version.js";

export type Neo4jMode = "uri" | "testcontainers" | "local";

export interface ResolvedNeo4j {
  mode: Neo4jMode;
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** Stops what we started (container or JVM); a no-op for an external server. */
  stop(): Promise<void>;
}

export class Neo4jUnavailableError extends Error {
  constructor(details: string[]) {
    super(
      [
        "No Neo4j server is available. Get one in any of these three ways:",
        "  1. set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to a running server,",
        "     e.g. `docker compose up neo4j` then NEO4J_URI=bolt://localhost:7687;",
        "  2. run a Docker engine, and a container is started for you (testcontainers);",
        "  3. install Java 17 and Maven, and Neo4j Community is fetched from Maven Central and run locally.",
        "What was tried:",
        ...details.map((d) => `  - ${d}`),
      ].join("\n"),
    );
    this.name = "Neo4jUnavailableError";
  }
}

export interface ResolveOptions {
  config: Neo4jConfig;
  cacheDir: string;
  /** Persistent data folder for the local server (npm start); tests use a temporary one. */
  localDataDir?: string;
  /** Skip the Docker probe (CI=true machines have no engine; the probe is cheap but noisy). */
  skipDocker?: boolean;
  log?: (message: string) => void;
}

/** Resolves (and if needed starts) a Neo4j server. */
export async function resolveNeo4j(options: ResolveOptions): Promise<ResolvedNeo4j> {
  const { config } = options;
  const log = options.log ?? (() => {});
  if (config.uri) {
    if (!config.password) throw new Error("NEO4J_URI is set but NEO4J_PASSWORD is not");
    log(`Using Neo4j at ${config.uri} (NEO4J_URI)`);
    return {
      mode: "uri",
      uri: config.uri,
      username: config.username,
      password: config.password,
      database: config.database,
      stop: async () => {},
    };
  }
  const tried: string[] = ["NEO4J_URI is not set"];

  if (!options.skipDocker) {
    const container = await tryTestcontainers(log);
    if ("reason" in container) tried.push(`Docker: ${container.reason}`);
    else return container;
  } else tried.push("Docker: not probed (NEO4J_SKIP_DOCKER)");

  const local = canRunLocalNeo4j(options.cacheDir);
  if (!local.ok) {
    tried.push(`local Neo4j: ${local.reason}`);
    throw new Neo4jUnavailableError(tried);
  }
  const server = await startLocalNeo4j({
    cacheDir: options.cacheDir,
    dataDir: options.localDataDir,
    log,
  });
  return {
    mode: "local",
    uri: server.uri,
    username: server.username,
    password: server.password,
    stop: () => server.stop(),
  };
}

async function tryTestcontainers(log: (m: string) => void): Promise<ResolvedNeo4j | { reason: string }> {
  let modules: [typeof Testcontainers, typeof Neo4jModule];
  try {
    // Dev dependencies: absent in a production install, where NEO4J_URI is the way.
    modules = await Promise.all([import("testcontainers"), import("@testcontainers/neo4j")]);
  } catch {
    return { reason: "testcontainers is not installed" };
  }
  const [tc, neo] = modules;
  try {
    const client = await tc.getContainerRuntimeClient();
    log(`Docker engine found (${client.info.containerRuntime.host}); starting ${NEO4J_IMAGE}…`);
  } catch (e) {
    return { reason: `no working Docker engine (${firstLine(e)})` };
  }
  const password = `pw-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const container = await new neo.Neo4jContainer(NEO4J_IMAGE).withPassword(password).start();
  return {
    mode: "testcontainers",
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    stop: async () => {
      await container.stop();
    },
  };
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split("\n")[0] ?? "";
}
