import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { CliProcess } from "../helpers/cli-process.js";

// The README's promise, end to end: `npm start` finds or starts Neo4j, loads the sample articles and serves GraphQL;
// Ctrl-C (SIGINT) stops everything it started. Its own database folder keeps it apart from a developer's data.
// Every process npm start runs (npx, node, the JVM) inherits its process group: none may remain after Ctrl-C.
// While it runs, other commands use its Neo4j (the runtime record in its data folder) and a second npm start on the
// same folder stops with one line: one started Neo4j serves all of these checks.
const groupMembers = (pgid: number) =>
  execSync(`pgrep -g ${pgid} || true`).toString().split(/\s+/).filter(Boolean).map(Number);

describe("npm start", () => {
  it("serves the sample articles, shares its Neo4j with load and neo4j, refuses a second start, and leaves no JVM behind on Ctrl-C", async () => {
    const dataDir = fs.mkdtempSync(path.join(loadConfig().cacheDir, "tmp-start-"));
    // The local Neo4j of a data folder is what this is about, whatever the machine offers besides.
    const env = { PORT: "0", NEO4J_LOCAL_DATA_DIR: dataDir, NEO4J_URI: undefined, NEO4J_SKIP_DOCKER: "true" };
    const recordFile = path.join(dataDir, "neo4j-runtime.json");
    const fixtures = fs.mkdtempSync(path.join(os.tmpdir(), "live-load-"));
    fs.copyFileSync("tests/fixtures/egypt-phone-call.txt", path.join(fixtures, "live-egypt.txt"));
    fs.copyFileSync("tests/fixtures/gulf-hosting.txt", path.join(fixtures, "live-gulf.txt"));
    const child = spawn("npx", ["tsx", "src/main.ts"], {
      env: { ...process.env, ...env, LOG_LEVEL: "info" },
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

      // The runtime record: where Bolt listens and how to authenticate, for the owner only.
      const record = JSON.parse(fs.readFileSync(recordFile, "utf8")) as Record<string, unknown>;
      expect(fs.statSync(recordFile).mode & 0o077).toBe(0);
      expect(record).toMatchObject({ command: "npm start", username: "neo4j", uri: expect.stringMatching(/^bolt:/) });

      // A second npm start on the same folder: one line naming the process, non-zero exit, no Java trace.
      const second = CliProcess.start(["src/main.ts"], env);
      expect(await second.exited).toBe(1);
      expect(second.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(new RegExp(`${dataDir} is in use by process ${String(record.pid)} \\(npm start`)),
      ]);

      // npm run load into the running service: the API sees the new articles and actors without a restart.
      const query = async (q: string) => {
        const r = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: q }),
        });
        return ((await r.json()) as { data: Record<string, any> }).data; // eslint-disable-line @typescript-eslint/no-explicit-any
      };
      const articleIds = async () =>
        ((await query("{ articles(first: 100) { nodes { id } } }")).articles.nodes as { id: string }[]).map(
          (a) => a.id,
        );
      expect(await articleIds()).not.toContain("live-egypt");
      const load = CliProcess.start(["src/cli/load.ts", fixtures], env);
      expect(await load.exited).toBe(0);
      expect(load.output).toMatch(/Using the Neo4j that process \d+ \(npm start/);
      expect(load.output).toMatch(/Loaded 2 article\(s\) from 2 file\(s\)/);
      expect(await articleIds()).toEqual(expect.arrayContaining(["live-egypt", "live-gulf"]));
      const met = await query('{ whoMet(actor: "abdel-fattah-el-sisi") { counterpart { id } } }');
      expect(met.whoMet.map((m: { counterpart: { id: string } }) => m.counterpart.id)).toContain("emmanuel-macron");

      // npm run neo4j says where that same server is, and leaves it running.
      const neo4j = CliProcess.start(["src/cli/neo4j.ts"], env);
      expect(await neo4j.exited).toBe(0);
      expect(neo4j.output).toContain(`Neo4j (shared) at ${String(record.uri)}: user neo4j, password in`);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      if (child.pid) process.kill(-child.pid, "SIGINT");
      const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r("timeout"), 60_000))]);
      expect(code).not.toBe("timeout");
      const pgid = child.pid ?? -1;
      const end = Date.now() + 30_000;
      while (Date.now() < end && groupMembers(pgid).length) await new Promise((r) => setTimeout(r, 250));
      expect(groupMembers(pgid)).toEqual([]);
      // Stopped: the record is gone with the server.
      expect(fs.existsSync(recordFile)).toBe(false);
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(fixtures, { recursive: true, force: true });
    }
  }, 300_000);
});
