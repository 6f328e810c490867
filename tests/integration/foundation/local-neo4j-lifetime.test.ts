import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { canRunLocalNeo4j } from "../../../src/graph/local-neo4j.js";

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
});
