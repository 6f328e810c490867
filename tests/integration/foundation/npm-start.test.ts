import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";

// The README's promise, end to end: `npm start` finds or starts Neo4j, loads the sample articles and serves GraphQL;
// Ctrl-C (SIGINT) stops everything it started. Its own database folder keeps it apart from a developer's data.
// Every process npm start runs (npx, node, the JVM) inherits its process group: none may remain after Ctrl-C.
const groupMembers = (pgid: number) =>
  execSync(`pgrep -g ${pgid} || true`).toString().split(/\s+/).filter(Boolean).map(Number);

describe("npm start", () => {
  it("serves the sample articles' actors on GraphQL and leaves no JVM behind on Ctrl-C", async () => {
    const dataDir = fs.mkdtempSync(path.join(loadConfig().cacheDir, "tmp-start-"));
    const child = spawn("npx", ["tsx", "src/main.ts"], {
      env: { ...process.env, PORT: "0", NEO4J_LOCAL_DATA_DIR: dataDir, LOG_LEVEL: "info" },
      stdio: ["ignore", "ignore", "pipe"],
      // Its own process group, so that SIGINT reaches npx and node together, as a terminal's Ctrl-C does.
      detached: true,
    });
    let log = "";
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line in time:\n${log}`)), 180_000);
        child.stderr.on("data", (c: Buffer) => {
          log += c.toString();
          const m = /GraphQL server ready at (http:\/\/\S+?\/graphql)/.exec(log);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on("exit", (code) => reject(new Error(`npm start exited early (${code}):\n${log}`)));
      });
      expect(log).toMatch(/Loaded \d+ article\(s\) from 2 file\(s\)/);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ actors(first: 100) { nodes { name kind } } }" }),
      });
      const body = (await res.json()) as { data: { actors: { nodes: { name: string; kind: string }[] } } };
      const names = body.data.actors.nodes.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining(["Russia", "Hamas", "Iran", "Israel"]));
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      if (child.pid) process.kill(-child.pid, "SIGINT");
      const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r("timeout"), 60_000))]);
      expect(code).not.toBe("timeout");
      const pgid = child.pid ?? -1;
      const end = Date.now() + 30_000;
      while (Date.now() < end && groupMembers(pgid).length) await new Promise((r) => setTimeout(r, 250));
      expect(groupMembers(pgid)).toEqual([]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
