import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import neo4j from "neo4j-driver";
import fs from "node:fs";
import path from "node:path";
import { canRunLocalNeo4j, startLocalNeo4j } from "../../../src/graph/local-neo4j.js";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe.runIf(canRunLocalNeo4j(loadConfig().cacheDir).ok)("a local Neo4j started from Maven jars", () => {
  it("never outlives the Node process that started it, even when that one is SIGKILLed", async () => {
    const child = spawn("npx", ["tsx", "tests/integration/foundation/start-local-child.ts"], {
      stdio: ["ignore", "pipe", "inherit"],
      detached: false,
    });
    const [jvmPid, dataDir] = await new Promise<[number, string]>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /JVM_PID (\d+) DATA_DIR (\S+)\n/.exec(out);
        if (m) resolve([Number(m[1]), m[2] ?? ""]);
      });
      child.on("exit", (code) => reject(new Error(`helper exited early with ${code}`)));
    });
    expect(alive(jvmPid)).toBe(true);
    // npx → node(tsx) → node: kill the whole chain hard, as a crash would.
    const { execSync } = await import("node:child_process");
    const tsxPids = execSync(`pgrep -f start-local-child.ts || true`).toString().trim().split(/\s+/).filter(Boolean);
    for (const pid of tsxPids) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // already gone
      }
    }
    expect(await waitFor(() => !alive(jvmPid), 60_000)).toBe(true);
    // The helper was killed before it could clean up its temporary database.
    if (dataDir.includes("tmp-")) rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it("restarts on its existing database with its data and password (npm start twice)", async () => {
    const cacheDir = loadConfig().cacheDir;
    const dataDir = fs.mkdtempSync(path.join(cacheDir, "tmp-restart-"));
    const opts = { cacheDir, dataDir, heap: "512m", pageCache: "64m" };
    try {
      const first = await startLocalNeo4j(opts);
      let driver = neo4j.driver(first.uri, neo4j.auth.basic(first.username, first.password));
      await driver.executeQuery("CREATE (:Probe {n: 42})");
      await driver.close();
      await first.stop();

      const second = await startLocalNeo4j(opts);
      expect(second.password).toBe(first.password);
      driver = neo4j.driver(second.uri, neo4j.auth.basic(second.username, second.password));
      const { records } = await driver.executeQuery("MATCH (p:Probe) RETURN p.n AS n");
      await driver.close();
      await second.stop();
      expect(records.map((r) => Number(r.get("n")))).toEqual([42]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
