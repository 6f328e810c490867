// The local tagger is a child JVM like the local Neo4j (src/services/local-jvm.ts): only on 127.0.0.1, gone when its
// parent goes, however the parent goes.
import { execSync, spawn } from "node:child_process";
import net from "node:net";
import os from "node:os";
import { describe, expect, it } from "vitest";

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

/** Whether a TCP connection to host:port is accepted. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe("a local tagger started from Maven jars", () => {
  it("listens on 127.0.0.1 only and never outlives the Node process that started it, even when SIGKILLed", async () => {
    const child = spawn("npx", ["tsx", "tests/integration/nlp/start-local-tagger-child.ts"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [jvmPid, url] = await new Promise<[number, string]>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /JVM_PID (\d+) URL (\S+)\n/.exec(out);
        if (m) resolve([Number(m[1]), m[2] ?? ""]);
      });
      child.on("exit", (code) => reject(new Error(`helper exited early with ${code}`)));
    });
    expect(alive(jvmPid)).toBe(true);
    const { hostname, port } = new URL(url);
    expect(hostname).toBe("127.0.0.1");
    expect(await connects("127.0.0.1", Number(port))).toBe(true);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (external) expect(await connects(external.address, Number(port))).toBe(false);

    // npx → node(tsx) → node: kill the whole chain hard, as a crash would.
    const pids = execSync("pgrep -f start-local-tagger-child.ts || true").toString().trim().split(/\s+/);
    for (const pid of pids.filter(Boolean)) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // already gone
      }
    }
    expect(await waitFor(() => !alive(jvmPid), 30_000)).toBe(true);
  }, 120_000);
});
