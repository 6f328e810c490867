/**
 * The runtime record of a local Neo4j: while a command of ours (npm start, npm run load, npm run neo4j) runs the local
 * Neo4j of a data folder, it writes where that server's Bolt listens and how to authenticate into the folder, readable
 * by its owner only, and removes it when it stops. Other commands read it and use that server instead of starting a
 * second JVM on the same files (which Neo4j refuses with a store lock error).
 *
 * A record whose processes are gone (the owner was killed) is stale: it is ignored and replaced. The store lock itself
 * is the last word: a folder whose lock a live process holds is in use, record or not (Linux: /proc/locks).
 */
import fs from "node:fs";
import path from "node:path";

/** The record's file name inside the data folder. */
export const RUNTIME_RECORD_FILE = "neo4j-runtime.json";

export interface RuntimeRecord {
  /** The process that started the server and owns the record (a Node process of ours). */
  pid: number;
  /** The server's JVM. */
  serverPid: number;
  /** What the owner is, for people: "npm start", "npm run load" … */
  command: string;
  uri: string;
  username: string;
  password: string;
  startedAt: string;
}

/** What was found in a data folder. */
export type RecordState =
  { state: "none" } | { state: "live"; record: RuntimeRecord } | { state: "stale"; record: RuntimeRecord };

/** The data folder is used by another process; the message is one line meant for people. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `The Neo4j data folder ${dataDir} is in use by ${holder}; stop that first, or set NEO4J_LOCAL_DATA_DIR to another folder.`,
    );
    this.name = "DataFolderInUseError";
  }
}

function recordPath(dataDir: string): string {
  return path.join(dataDir, RUNTIME_RECORD_FILE);
}

/** True while a process with this pid exists (ours or another user's). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes the record atomically with mode 600 (it holds the password). */
export function writeRuntimeRecord(dataDir: string, record: RuntimeRecord): void {
  const file = recordPath(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

/** Reads a data folder's record and says whether its processes still run. */
export function readRuntimeRecord(dataDir: string): RecordState {
  let text: string;
  try {
    text = fs.readFileSync(recordPath(dataDir), "utf8");
  } catch {
    return { state: "none" };
  }
  let record: RuntimeRecord;
  try {
    record = JSON.parse(text) as RuntimeRecord;
  } catch {
    // A half-written or damaged record names nobody: the store lock check still protects the folder.
    return { state: "none" };
  }
  if (typeof record.uri !== "string" || typeof record.password !== "string") return { state: "none" };
  const live = isAlive(record.pid) && isAlive(record.serverPid);
  return live ? { state: "live", record } : { state: "stale", record };
}

/** Removes the record if it is the one this process wrote (a newer owner's record stays). */
export function removeRuntimeRecord(dataDir: string, pid: number = process.pid): void {
  const found = readRuntimeRecord(dataDir);
  if (found.state !== "none" && found.record.pid !== pid) return;
  fs.rmSync(recordPath(dataDir), { force: true });
}

/** One-phrase description of a record's owner, e.g. "process 1234 (npm start, Bolt bolt://127.0.0.1:7687)". */
export function describeOwner(record: RuntimeRecord): string {
  return `process ${record.pid} (${record.command}, Bolt ${record.uri})`;
}

/**
 * The process holding the Neo4j store lock of a data folder, from /proc/locks (Linux; elsewhere null), described for
 * people: the JVM and, when it is a child of ours, its parent's command.
 */
export function findStoreLockHolder(dataDir: string): { pid: number; description: string } | null {
  const lockFiles = [path.join(dataDir, "data", "databases", "store_lock")];
  const inodes = new Set<number>();
  for (const f of lockFiles) {
    try {
      inodes.add(fs.statSync(f).ino);
    } catch {
      // no lock file yet: never started
    }
  }
  if (!inodes.size) return null;
  let table: string;
  try {
    table = fs.readFileSync("/proc/locks", "utf8");
  } catch {
    return null;
  }
  for (const line of table.split("\n")) {
    // "1: POSIX  ADVISORY  WRITE 5598 08:01:1234567 0 EOF" (waiting locks carry "->" and are not holders)
    const fields = line.trim().split(/\s+/);
    if (fields[1] === "->") continue;
    const pid = Number(fields[4]);
    const inode = Number((fields[5] ?? "").split(":")[2]);
    if (inodes.has(inode) && isAlive(pid) && pid !== process.pid) return { pid, description: describeProcess(pid) };
  }
  return null;
}

/** "process 1234 (java, started by process 1200: node … src/main.ts)" from /proc; just the pid elsewhere. */
export function describeProcess(pid: number): string {
  const cmd = commandLine(pid);
  if (!cmd) return `process ${pid}`;
  const parent = parentPid(pid);
  const parentCmd = parent ? commandLine(parent) : "";
  const own = shorten(cmd);
  return parentCmd && /java/.test(own.split(" ")[0] ?? "")
    ? `process ${pid} (java, started by process ${parent}: ${shorten(parentCmd)})`
    : `process ${pid} (${own})`;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return "";
  }
}

function parentPid(pid: number): number | null {
  try {
    // Field 4 of /proc/PID/stat, after the command in parentheses (which may itself contain spaces).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(after[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

/** Long command lines (node with loader flags, java with its class path) cut to what names them. */
function shorten(cmd: string): string {
  const words = cmd.split(" ").filter((w) => !w.startsWith("-") && !w.includes("node_modules"));
  const text = words.map((w) => (w.includes("/") ? path.basename(w) : w)).join(" ");
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
