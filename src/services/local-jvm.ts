/**
 * The one mechanism behind every local JVM service (Neo4j, the Arabic tagger): jars fetched from Maven Central with a
 * project pom into a cache folder once (a `complete` marker says the copy finished), then a child JVM started from
 * them that prints a ready line on stdout.
 *
 * The child never outlives us: our launchers exit when their stdin closes (which the OS does when this process dies,
 * however it dies), and we also kill them on exit, SIGINT and SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where a service's jars come from and go to. */
export interface MavenJars {
  /** Name in messages: "Neo4j 5.26.30", "CoreNLP 4.5.10". */
  label: string;
  /** The pom whose runtime dependencies are the service's jars. */
  pom: string;
  /** Where the jars are copied (the JVM's class path is `<libDir>/*`). */
  libDir: string;
  /** Written once the copy is complete; its presence means the cache can be used as it is. */
  markerFile: string;
  /** Maven properties (`-Dname=value`), e.g. the version. */
  properties?: Record<string, string>;
  /** What the first run downloads, for the first-run message ("about 150 MB"). */
  downloadSize: string;
}

/** True when `cmd -version` runs. */
export function hasCommand(cmd: string): boolean {
  const r = spawnSync(cmd, ["-version"], { stdio: "ignore" });
  return r.error === undefined;
}

/** True when `java` and `mvn` (or an already filled jar cache) make a local service possible; else why not. */
export function canRunLocalJvm(params: { name: string; markerFile: string }): { ok: boolean; reason?: string } {
  if (!hasCommand("java")) return { ok: false, reason: "no `java` on PATH (Java 17 is needed)" };
  if (!fs.existsSync(params.markerFile) && !hasCommand("mvn")) {
    return { ok: false, reason: `no \`mvn\` on PATH to fetch ${params.name}'s jars from Maven Central` };
  }
  return { ok: true };
}

/** Copies a service's jars from Maven (Central, or ~/.m2 when already there) into its cache once; returns libDir. */
export async function ensureMavenJars(jars: MavenJars & { log?: (m: string) => void }): Promise<string> {
  if (fs.existsSync(jars.markerFile)) return jars.libDir;
  const log = jars.log ?? (() => {});
  log(
    `${jars.label}: first run, downloading its jars from Maven Central into ${jars.libDir} (${jars.downloadSize}, once)…`,
  );
  fs.mkdirSync(jars.libDir, { recursive: true });
  const properties = Object.entries(jars.properties ?? {}).map(([k, v]) => `-D${k}=${v}`);
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      "mvn",
      [
        "-B",
        "-f",
        jars.pom,
        ...properties,
        "dependency:copy-dependencies",
        `-DoutputDirectory=${jars.libDir}`,
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
        // Big files get a line each (the models jar alone takes a while); small ones a line per twenty.
        const big = /Downloaded from \S+ (\S+) \((\d+(?:\.\d+)? MB)/.exec(line);
        if (big) log(`  … ${path.basename(big[1] ?? "")} (${big[2] ?? ""})`);
        if (/Downloaded from/.test(line) && ++count % 20 === 0) log(`  … ${count} files downloaded`);
        if (/Copying .*\.jar/.test(line) && ++count % 50 === 0) log(`  … ${count} jars ready`);
      }
    };
    mvn.stdout.on("data", onData);
    mvn.stderr.on("data", onData);
    mvn.on("error", (e) => reject(new Error(`could not run mvn: ${e.message}`)));
    mvn.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`mvn failed (exit ${code}) fetching ${jars.label} jars:\n${tail}`)),
    );
  });
  fs.writeFileSync(jars.markerFile, new Date().toISOString());
  log(`${jars.label}: jars cached in ${jars.libDir}`);
  return jars.libDir;
}

/**
 * A single-file launcher (such as nlp-local/NlpServer.java) compiled against a service's jars, once per version of
 * its source: `java -cp CLASSES:LIB/* Main` starts seconds sooner and with less memory than `java File.java`, which
 * compiles on every start. Returns the class folder, or null when there is no `javac` (then run the source file).
 */
export async function compiledLauncher(params: {
  source: string;
  libDir: string;
  /** Where class folders go (`classes-<hash of the source>`). */
  cacheDir: string;
  log?: (m: string) => void;
}): Promise<string | null> {
  const hash = createHash("sha256").update(fs.readFileSync(params.source)).digest("hex").slice(0, 12);
  const classes = path.join(params.cacheDir, `classes-${hash}`);
  if (fs.existsSync(classes)) return classes;
  if (!hasCommand("javac")) return null;
  // Into a temporary folder first, renamed when complete: a concurrent start never sees half a compilation.
  fs.mkdirSync(params.cacheDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(params.cacheDir, "tmp-classes-"));
  const args = ["-encoding", "UTF-8", "-nowarn", "-cp", `${params.libDir}${path.sep}*`, "-d", tmp, params.source];
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const javac = spawn("javac", args, { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    javac.stdout.on("data", (c: Buffer) => (text += c.toString("utf8")));
    javac.stderr.on("data", (c: Buffer) => (text += c.toString("utf8")));
    javac.on("error", (e) => resolve({ code: -1, text: e.message }));
    javac.on("exit", (code) => resolve({ code, text }));
  });
  if (output.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`javac failed on ${params.source}:\n${output.text.slice(-4000)}`);
  }
  try {
    fs.renameSync(tmp, classes);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another process was quicker: its classes are the same
  }
  params.log?.(`compiled ${path.basename(params.source)} into ${classes}`);
  return classes;
}

/** A child JVM started by startJvm. */
export interface JvmChild {
  pid: number;
  /** The ready line's first capture group (a URI). */
  ready: string;
  /** Asks the JVM to stop (SIGTERM), kills it after `graceMs`, and resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartJvmOptions {
  /** Name in messages: "local Neo4j", "local tagger". */
  name: string;
  /** Everything after `java`: heap, flags, class path, launcher and its arguments. */
  args: string[];
  /** Extra environment of the JVM (secrets go here, never into args: a process listing shows args). */
  env?: Record<string, string>;
  /** Matched against stdout; its first capture group is the service's address. */
  readyPattern: RegExp;
  startTimeoutMs: number;
}

const running = new Set<ChildProcess>();
let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // Last resort: 'exit' handlers cannot wait, so ask each JVM to shut down (a shutdown hook closes it cleanly) and
  // let it finish on its own; its stdin closing when we are gone says the same.
  const killAll = () => {
    for (const child of running) child.kill("SIGTERM");
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      killAll();
      // A process with its own handler (npm start) shuts down itself; otherwise keep the default: end the process.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, onSignal);
  }
}

/** Starts `java ARGS` and resolves once a stdout line matches readyPattern; rejects (and kills it) otherwise. */
export async function startJvm(options: StartJvmOptions): Promise<JvmChild> {
  const child = spawn("java", options.args, {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  installHooks();
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));

  let stderrTail = "";
  child.stderr.on("data", (c: Buffer) => {
    stderrTail = (stderrTail + c.toString("utf8")).slice(-4000);
  });
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${options.name} did not start within ${options.startTimeoutMs} ms:\n${stderrTail}`));
    }, options.startTimeoutMs);
    let buffer: string | null = "";
    child.stdout.on("data", (c: Buffer) => {
      if (buffer === null) return; // ready: later output is not needed (the stream keeps flowing so it never blocks)
      buffer += c.toString("utf8");
      const m = options.readyPattern.exec(buffer);
      if (m?.[1]) {
        buffer = null;
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (code ${code}) before it was ready:\n${stderrTail}`));
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`${options.name}: could not run java: ${e.message}`));
    });
  });
  return {
    pid: child.pid ?? -1,
    ready,
    async stop(graceMs = 30_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
