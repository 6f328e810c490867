import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DataFolderInUseError,
  findStoreLockHolder,
  readRuntimeRecord,
  removeRuntimeRecord,
  RUNTIME_RECORD_FILE,
  writeRuntimeRecord,
  type RuntimeRecord,
} from "../../../src/graph/neo4j-runtime-record.js";

let dir: string;

/** A pid that certainly ran and exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(r.stdout.toString());
}

const record = (over: Partial<RuntimeRecord> = {}): RuntimeRecord => ({
  pid: process.pid,
  serverPid: process.pid,
  command: "npm start",
  uri: "bolt://127.0.0.1:7687",
  username: "neo4j",
  password: "secret-test-password",
  startedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runtime-record-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the runtime record of a local Neo4j", () => {
  it("is written for its owner only and read back as live while its processes run", () => {
    writeRuntimeRecord(dir, record());
    const file = path.join(dir, RUNTIME_RECORD_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readRuntimeRecord(dir)).toEqual({ state: "live", record: record() });
  });

  it("is stale when its owner or its server is gone", () => {
    writeRuntimeRecord(dir, record({ pid: deadPid() }));
    expect(readRuntimeRecord(dir).state).toBe("stale");
    writeRuntimeRecord(dir, record({ serverPid: deadPid() }));
    expect(readRuntimeRecord(dir).state).toBe("stale");
  });

  it("is absent when missing or unreadable", () => {
    expect(readRuntimeRecord(dir)).toEqual({ state: "none" });
    fs.writeFileSync(path.join(dir, RUNTIME_RECORD_FILE), "{ half a rec");
    expect(readRuntimeRecord(dir)).toEqual({ state: "none" });
  });

  it("is removed only by the process that wrote it", () => {
    writeRuntimeRecord(dir, record({ pid: process.pid }));
    removeRuntimeRecord(dir, process.pid + 1);
    expect(readRuntimeRecord(dir).state).toBe("live");
    removeRuntimeRecord(dir);
    expect(fs.existsSync(path.join(dir, RUNTIME_RECORD_FILE))).toBe(false);
  });

  it("says in one line which process holds a folder, without the password", () => {
    const e = new DataFolderInUseError(dir, "process 42 (npm start, Bolt bolt://127.0.0.1:7687)");
    expect(e.message.split("\n")).toHaveLength(1);
    expect(e.message).toMatch(/is in use by process 42 \(npm start/);
    expect(e.message).not.toContain("secret");
  });

  it("finds no store lock holder for a folder Neo4j never used", () => {
    expect(findStoreLockHolder(dir)).toBeNull();
  });
});
