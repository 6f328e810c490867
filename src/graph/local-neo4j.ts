/**
 * A real Neo4j Community server for machines without Docker: its jars come from Maven Central (neo4j-local/pom.xml)
 * into a cache folder, and neo4j-local/Launcher.java runs it as a child JVM with Bolt on 127.0.0.1.
 *
 * The child never outlives us: it exits when its stdin closes (which the OS does when this process dies, however it
 * dies), and we also kill it on exit and on SIGINT/SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
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
  if (!hasCommand("java")) return { ok: false, reason: "no `java` on PATH (Java 17 is needed)" };
  if (!fs.existsSync(markerFile(cacheDir)) && !hasCommand("mvn")) {
    return { ok: false, reason: "no `mvn` on PATH to fetch Neo4j's jars from Maven Central" };
  }
  return { ok: true };
}

function hasCommand(cmd: string): boolean {
  const r = spawnSync(cmd, ["-version"], { stdio: "ignore" });
  return r.error === undefined;
}

function libDir(cacheDir: string): string {
  return path.join(cacheDir, NEO4J_VERSION, "lib");
}

function markerFile(cacheDir: string): string {
  return path.join(cacheDir, NEO4J_VERSION, "complete");
}

/** Downloads Neo4j's jars with Maven into the cache once; later calls return at once. */
export async function ensureNeo4jJars(options: { cacheDir: string; log?: (m: string) => void }): Promise<string> {
  const lib = libDir(options.cacheDir);
  if (fs.existsSync(markerFile(options.cacheDir))) return lib;
  const log = options.log ?? (() => {});
  log(`Neo4j ${NEO4J_VERSION}: first run, downloading its jars from Maven Central into ${lib} (about 150 MB, once)…`);
  fs.mkdirSync(lib, { recursive: true });
  const pom = path.join(PROJECT_ROOT, "neo4j-local", "pom.xml");
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      "mvn",
      [
        "-B",
        "-f",
        pom,
        `-Dneo4j.version=${NEO4J_VERSION}`,
        "dependency:copy-dependencies",
        `-DoutputDirectory=${lib}`,
        "-DincludeScope=runtime",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let count = 0;
    let tail = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      tail = (tail + text).slice(-4000);
      for (const line of text.split("\n")) {
        if (/Downloaded from/.test(line) && ++count % 20 === 0) log(`  … ${count} files downloaded`);
        if (/Copying .*\.jar/.test(line) && ++count % 50 === 0) log(`  … ${count} jars ready`);
      }
    };
    mvn.stdout.on("data", onData);
    mvn.stderr.on("data", onData);
    mvn.on("error", (e) => reject(new Error(`could not run mvn: ${e.message}`)));
    mvn.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`mvn failed (exit ${code}) fetching Neo4j jars:\n${tail}`)),
    );
  });
  fs.writeFileSync(markerFile(options.cacheDir), new Date().toISOString());
  log(`Neo4j ${NEO4J_VERSION}: jars cached in ${lib}`);
  return lib;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: 'exit' handlers cannot wait, so ask the JVM to shut down (its shutdown hook closes the database
  // cleanly) and let it finish on its own; its stdin closing when we are gone says the same.
  process.on("exit", () => {
    for (const child of running) child.kill("SIGTERM");
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
  const args = [`-Xmx${options.heap ?? "1g"}`, ...JVM_FLAGS, "-cp", `${lib}${path.sep}*`, launcher];
  log(`Starting local Neo4j ${NEO4J_VERSION} (data in ${dataDir})…`);
  const child = spawn("java", args, {
    stdio: ["pipe", "pipe", "pipe"],
    env: {
      ...process.env,
      NEO4J_LOCAL_HOME: dataDir,
      NEO4J_LOCAL_PASSWORD: password,
      NEO4J_LOCAL_PORT: String(options.port ?? 0),
      NEO4J_LOCAL_PAGECACHE: options.pageCache ?? "256m",
    },
  });
  installExitHook();
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));

  let stderrTail = "";
  child.stderr.on("data", (c: Buffer) => {
    stderrTail = (stderrTail + c.toString("utf8")).slice(-4000);
  });
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`local Neo4j did not start within ${options.startTimeoutMs ?? 180_000} ms:\n${stderrTail}`));
    }, options.startTimeoutMs ?? 180_000);
    let buffer = "";
    child.stdout.on("data", (c: Buffer) => {
      buffer += c.toString("utf8");
      const m = /NEO4J_READY (bolt:\/\/\S+)/.exec(buffer);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j exited (code ${code}) before it was ready:\n${stderrTail}`));
    });
  });
  log(`Local Neo4j ready at ${uri}`);
  return {
    uri,
    username: "neo4j",
    password,
    dataDir,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
