/**
 * A real Neo4j Community server for machines without Docker: its jars come from Maven Central (neo4j-local/pom.xml)
 * into a cache folder, and neo4j-local/Launcher.java runs it as a child JVM with Bolt on 127.0.0.1.
 *
 * The child never outlives us: it exits when its stdin closes (which the OS does when this process dies, however it
 * dies), and we also kill it on exit and on SIGINT/SIGTERM. Jar cache and child JVM: src/services/local-jvm.ts, the
 * mechanism every local service shares.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { canRunLocalJvm, ensureMavenJars, startJvm } from "../services/local-jvm.js";
import { NEO4J_VERSION } from "./neo4j-version.js";

export interface LocalNeo4jOptions {
  /** Cache root: jars go to `<cacheDir>/<version>/lib`, data to `dataDir`. */
  cacheDir: string;
  /** Database files; a fresh temporary folder when omitted (deleted on stop). */
  dataDir?: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /** Progress messages (download, start). */
  log?: (message: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  dataDir: string;
  pid: number;
  /** Stops the server and waits for the JVM to exit. */
  stop(): Promise<void>;
}

// From Neo4j's default neo4j.conf: needed for Neo4j's off-heap and Netty internals on Java 17.
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
];

/** True when `java` and `mvn` (or an already filled jar cache) make a local Neo4j possible. */
export function canRunLocalNeo4j(cacheDir: string): { ok: boolean; reason?: string } {
  return canRunLocalJvm({ name: "Neo4j", markerFile: markerFile(cacheDir) });
}

function libDir(cacheDir: string): string {
  return path.join(cacheDir, NEO4J_VERSION, "lib");
}

function markerFile(cacheDir: string): string {
  return path.join(cacheDir, NEO4J_VERSION, "complete");
}

/** Downloads Neo4j's jars with Maven into the cache once; later calls return at once. */
export async function ensureNeo4jJars(options: { cacheDir: string; log?: (m: string) => void }): Promise<string> {
  return ensureMavenJars({
    label: `Neo4j ${NEO4J_VERSION}`,
    pom: path.join(PROJECT_ROOT, "neo4j-local", "pom.xml"),
    libDir: libDir(options.cacheDir),
    markerFile: markerFile(options.cacheDir),
    properties: { "neo4j.version": NEO4J_VERSION },
    downloadSize: "about 150 MB",
    ...(options.log ? { log: options.log } : {}),
  });
}

/** Starts a local Neo4j server and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const lib = await ensureNeo4jJars({ cacheDir: options.cacheDir, log });
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(options.cacheDir, "tmp-"));
  fs.mkdirSync(dataDir, { recursive: true });
  // The password is per data folder: generated once, kept beside the data with owner-only permissions.
  const passwordFile = path.join(dataDir, ".password");
  let password: string;
  if (fs.existsSync(passwordFile)) password = fs.readFileSync(passwordFile, "utf8").trim();
  else {
    password = randomBytes(18).toString("base64url");
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  const launcher = path.join(PROJECT_ROOT, "neo4j-local", "Launcher.java");
  // Sizes can be raised for big graphs (bench data) without changing the defaults the tests rely on.
  const heap = options.heap ?? process.env.NEO4J_LOCAL_HEAP ?? "1g";
  // Extra JVM flags (space-separated, e.g. GC sizing or -Xlog:gc) for benchmarking the server without a code change;
  // placed after ours so that they win where they overlap.
  const extra = (process.env.NEO4J_LOCAL_JVM_OPTS ?? "").split(/\s+/).filter((f) => f.length > 0);
  const args = [`-Xmx${heap}`, ...JVM_FLAGS, ...extra, "-cp", `${lib}${path.sep}*`, launcher];
  log(`Starting local Neo4j ${NEO4J_VERSION} (data in ${dataDir})…`);
  const child = await startJvm({
    name: "local Neo4j",
    args,
    env: {
      NEO4J_LOCAL_HOME: dataDir,
      NEO4J_LOCAL_PASSWORD: password,
      NEO4J_LOCAL_PORT: String(options.port ?? 0),
      NEO4J_LOCAL_PAGECACHE: options.pageCache ?? process.env.NEO4J_LOCAL_PAGECACHE ?? "256m",
    },
    readyPattern: /NEO4J_READY (bolt:\/\/\S+)/,
    startTimeoutMs: options.startTimeoutMs ?? 180_000,
  });
  const uri = child.ready;
  log(`Local Neo4j ready at ${uri}`);
  return {
    uri,
    username: "neo4j",
    password,
    dataDir,
    pid: child.pid,
    async stop() {
      await child.stop(30_000);
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
