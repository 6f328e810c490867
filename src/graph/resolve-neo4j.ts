/**
 * Finds a real Neo4j, in this order: NEO4J_URI (docker compose, Aura, a cluster) → the local Neo4j another command of
 * ours already runs on the data folder (its runtime record) → a Docker engine via testcontainers → a local Neo4j from
 * Maven Central jars. This module is the only place that decides.
 */
import type * as Testcontainers from "testcontainers";
import type * as Neo4jModule from "@testcontainers/neo4j";
import type { Neo4jConfig } from "../config.js";
import { canRunLocalNeo4j, startLocalNeo4j } from "./local-neo4j.js";
import {
  DataFolderInUseError,
  describeOwner,
  findStoreLockHolder,
  isAlive,
  readRuntimeRecord,
  removeRuntimeRecord,
  writeRuntimeRecord,
} from "./neo4j-runtime-record.js";
import { NEO4J_IMAGE } from "./neo4j-version.js";

/** `shared`: the local Neo4j that another command of ours runs on the same data folder. */
export type Neo4jMode = "uri" | "shared" | "testcontainers" | "local";

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
  /** Details for the log at debug level (e.g. a Java stack trace behind a one-line error). */
  debug?: (message: string) => void;
  /**
   * What to do when another command runs the local Neo4j of `localDataDir`: "use" it (npm run load, npm run neo4j),
   * "refuse" with a DataFolderInUseError (npm start, which is the service of its folder), or "require" it (fail
   * rather than start a server when none runs).
   */
  whenRunning?: "use" | "refuse" | "require";
  /** Who we are, for the runtime record and for the message another command shows ("npm start" …). */
  command?: string;
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

  if (options.localDataDir) {
    const shared = await findRunning(options.localDataDir, options.whenRunning ?? "use");
    if (!shared && options.whenRunning === "require") {
      throw new Error(`no command of ours runs the Neo4j of ${options.localDataDir} now`);
    }
    if (shared) {
      log(`Using the Neo4j that ${describeOwner(shared)} runs on ${options.localDataDir}`);
      return {
        mode: "shared",
        uri: shared.uri,
        username: shared.username,
        password: shared.password,
        stop: async () => {},
      };
    }
  }

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
  return startRecordedLocal(options);
}

/** The live runtime record's server of a data folder, null when there is none; throws when it must not be shared. */
async function findRunning(dataDir: string, whenRunning: ResolveOptions["whenRunning"]) {
  const found = readRuntimeRecord(dataDir);
  if (found.state === "live") {
    if (whenRunning === "refuse") throw new DataFolderInUseError(dataDir, describeOwner(found.record));
    return found.record;
  }
  if (found.state === "stale") {
    // The owner was killed; its JVM follows within seconds (it watches its stdin), then the folder is free.
    const end = Date.now() + 30_000;
    while (isAlive(found.record.serverPid) && Date.now() < end) await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

/** Starts the local Neo4j; on a persistent data folder, records it for other commands until it stops. */
async function startRecordedLocal(options: ResolveOptions): Promise<ResolvedNeo4j> {
  const dataDir = options.localDataDir;
  const log = options.log ?? (() => {});
  if (dataDir) {
    // Before a JVM is started for nothing: a live process holding the store lock means the folder is in use.
    const holder = findStoreLockHolder(dataDir);
    if (holder) throw new DataFolderInUseError(dataDir, holder.description);
  }
  let server: Awaited<ReturnType<typeof startLocalNeo4j>>;
  try {
    server = await startLocalNeo4j({ cacheDir: options.cacheDir, dataDir, log });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Two commands started at the same moment: the loser's JVM fails on the store lock. Expected, so one line for
    // people and the Java trace at debug level.
    if (dataDir && /store_lock|Lock file has been locked|FileLockException/.test(message)) {
      options.debug?.(message);
      const now = readRuntimeRecord(dataDir);
      const holder = now.state === "live" ? describeOwner(now.record) : findStoreLockHolder(dataDir)?.description;
      throw new DataFolderInUseError(dataDir, holder ?? "another process");
    }
    throw e;
  }
  if (!dataDir) {
    return {
      mode: "local",
      uri: server.uri,
      username: server.username,
      password: server.password,
      stop: () => server.stop(),
    };
  }
  writeRuntimeRecord(dataDir, {
    pid: process.pid,
    serverPid: server.pid,
    command: options.command ?? "a Node process",
    uri: server.uri,
    username: server.username,
    password: server.password,
    startedAt: new Date().toISOString(),
  });
  // 'exit' handlers run on process.exit and normal ends; a killed owner leaves a stale record, detected by pid.
  const onExit = () => removeRuntimeRecord(dataDir);
  process.on("exit", onExit);
  return {
    mode: "local",
    uri: server.uri,
    username: server.username,
    password: server.password,
    stop: async () => {
      process.off("exit", onExit);
      removeRuntimeRecord(dataDir);
      await server.stop();
    },
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
