/**
 * `npx tsx bench/ab-bulk.ts --from N --batches K [--actors A] [--batch 10000] [--variants base,other]`: an A/B of bulk
 * write variants on the running server (`npm run neo4j`) and the graph of `npm run gen`. Writes K consecutive batches
 * of the synthetic graph after event N, committed, the variants taking turns batch by batch (so both meet the same
 * graph size and the same machine load), and prints per batch the statements' time, the commit's, the server's CPU
 * seconds (all its threads, the garbage collector's included: a figure the machine's other load moves less than wall
 * time) and the load average. A diagnostic: "base" is bulkStatements, "main" the same rows through main's statement
 * texts; an experiment adds a variant below for its A/B and is removed again when it is decided (docs/benchmarks.md,
 * fifth session). AB_SPLIT=1 commits each statement in a transaction of its own and prints each one's statement and
 * commit milliseconds (what the commit's time is made of; the batch is then not one transaction).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import neo4j from "neo4j-driver";
import { runningNeo4j } from "./running-neo4j.js";
import { CypherRegistry } from "../src/graph/cypher-registry.js";
import { bulkStatements, type BulkBatch } from "../src/graph/write-bulk.js";
import { syntheticBatch } from "./synthetic-graph.js";

type Statements = [string, Record<string, unknown>][];

// Statement texts read from git, by revision and name: read once, not once per batch.
const atRevision = new Map<string, string>();

/** A statement's text as a git revision has it (comment lines dropped, as CypherRegistry does). */
function cypherAt(revision: string, name: string): string {
  const key = `${revision}:${name}`;
  const known = atRevision.get(key);
  if (known !== undefined) return known;
  const text = execFileSync("git", ["show", `${revision}:cypher/${name}.cypher`], { encoding: "utf8" })
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
  atRevision.set(key, text);
  return text;
}

/** The variants by name: each turns a batch into the (Cypher text, parameters) of one transaction. */
const VARIANTS: Record<string, (batch: BulkBatch, cypher: CypherRegistry) => Statements> = {
  base: (batch, cypher) => bulkStatements(batch).map(([name, params]) => [cypher.get(name), params]),
  // The same rows through the statements of another revision (AB_REVISION, default main): the write shape before a
  // change of the statements' text, side by side with it. Only for statements whose rows did not change.
  main: (batch) =>
    bulkStatements(batch).map(([name, params]) => [cypherAt(process.env.AB_REVISION ?? "main", name), params]),
};

/** CPU seconds (user + system, all threads: the garbage collector's included) a process has used; 0 when unknown. */
function cpuSeconds(pid: number): number {
  if (pid <= 0) return 0;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function parseArgs(argv: string[]) {
  const o = { from: 0, batches: 6, actors: 5_000, batch: 10_000, variants: ["base"] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ""];
    if (flag === "--variants") o.variants = value.split(",");
    else if (flag === "--from") o.from = Number(value);
    else if (flag === "--batches") o.batches = Number(value);
    else if (flag === "--actors") o.actors = Number(value);
    else if (flag === "--batch") o.batch = Number(value);
    else throw new Error(`unknown argument ${flag}`);
  }
  for (const v of o.variants) if (!VARIANTS[v]) throw new Error(`unknown variant ${v}`);
  return o;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const target = runningNeo4j();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  const cypher = CypherRegistry.load();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const totals = new Map<string, { n: number; ms: number; commit: number; cpu: number }>();
  try {
    for (let k = 0; k < o.batches; k++) {
      const variant = o.variants[k % o.variants.length] as string;
      const from = o.from + k * o.batch;
      const batch = syntheticBatch({ events: from + o.batch, actors: o.actors }, { from, to: from + o.batch });
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      const cpu0 = cpuSeconds(target.serverPid);
      const t0 = performance.now();
      const statements = (VARIANTS[variant] as (b: BulkBatch, c: CypherRegistry) => Statements)(batch, cypher);
      let t1 = t0;
      if (process.env.AB_SPLIT) {
        // Diagnostic: each statement in a transaction of its own, to attribute the commit's time.
        const parts: string[] = [];
        let commitMs = 0;
        for (const [text, params] of statements) {
          const a = performance.now();
          const tx = session.beginTransaction();
          await tx.run(text, params);
          const b = performance.now();
          await tx.commit();
          const c = performance.now();
          commitMs += c - b;
          parts.push(`${(b - a).toFixed(0)}+${(c - b).toFixed(0)}`);
        }
        say(`   split (statement+commit ms): ${parts.join(", ")}`);
        t1 = performance.now() - commitMs;
      } else {
        const tx = session.beginTransaction();
        await Promise.all(statements.map(([text, params]) => tx.run(text, params)));
        t1 = performance.now();
        await tx.commit();
      }
      const t2 = performance.now();
      await session.close();
      const serverCpu = cpuSeconds(target.serverPid) - cpu0;
      const total = totals.get(variant) ?? { n: 0, ms: 0, commit: 0, cpu: 0 };
      totals.set(variant, {
        n: total.n + 1,
        ms: total.ms + (t2 - t0),
        commit: total.commit + (t2 - t1),
        cpu: total.cpu + serverCpu,
      });
      say(
        `${variant.padEnd(10)} events ${from}+${o.batch}: ${((t2 - t0) / 1000).toFixed(2)} s (statements ${((t1 - t0) / 1000).toFixed(2)}, commit ${((t2 - t1) / 1000).toFixed(2)}), server CPU ${serverCpu.toFixed(2)} s  load ${os.loadavg()[0]?.toFixed(1)}`,
      );
    }
    for (const [variant, t] of totals) {
      say(
        `${variant}: ${t.n} batches, mean ${(t.ms / t.n / 1000).toFixed(2)} s (commit ${(t.commit / t.n / 1000).toFixed(2)}, server CPU ${(t.cpu / t.n).toFixed(2)} s), ${Math.round((t.n * o.batch) / (t.ms / 1000))} events/s`,
      );
    }
  } finally {
    await driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
