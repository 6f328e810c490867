/**
 * `npm run bench -- --profile-bulk [--from N]`: one bulk batch (the synthetic graph's events [N, N + batch)) written
 * statement by statement in a write transaction that is rolled back, with each statement's time and PROFILE db hits
 * and its costliest operators, so that the loader's time can be attributed. Needs the graph of `npm run gen`.
 */
import neo4j from "neo4j-driver";
import { runningNeo4j } from "./running-neo4j.js";
import { CypherRegistry } from "../src/graph/cypher-registry.js";
import { bulkStatements } from "../src/graph/write-bulk.js";
import { actorCount, syntheticBatch } from "./synthetic-graph.js";

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children) flatten(c, out);
  return out;
}

/** Options of `--profile-bulk`: the batch [from, from + batch) of the graph `npm run gen -- --events N` describes. */
export interface BulkProfileOptions {
  from: number;
  events: number;
  batch: number;
  actors?: number;
}

/** Parses `--from N --events N --batch N --actors N` (defaults: the batch after a 1,000,000-event graph). */
export function parseBulkProfileArgs(argv: string[]): BulkProfileOptions {
  const o: BulkProfileOptions = { from: 1_000_000, events: 1_000_000, batch: 10_000 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (!Number.isInteger(value) || value < 1 || value > 50_000_000)
      throw new Error(`${flag} needs a positive integer`);
    if (flag === "--from") o.from = value;
    else if (flag === "--events") o.events = value;
    else if (flag === "--batch") o.batch = value;
    else if (flag === "--actors") o.actors = value;
    else throw new Error(`unknown argument ${flag}`);
  }
  return o;
}

/** Prints each bulk statement's time and db hits for one batch (called by bench/run.ts for `--profile-bulk`). */
export async function runBulkProfile(options: BulkProfileOptions): Promise<void> {
  const target = runningNeo4j();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  const cypher = CypherRegistry.load();
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    for (const profile of [false, true]) {
      const batch = syntheticBatch(
        // The graph's actors (gen's default follows --events); the batch's events lie after the graph's.
        { events: options.from + options.batch, actors: options.actors ?? actorCount({ events: options.events }) },
        { from: options.from, to: options.from + options.batch },
      );
      const tx = session.beginTransaction();
      try {
        for (const [name, params] of bulkStatements(batch)) {
          const t0 = performance.now();
          const r = await tx.run(`${profile ? "PROFILE " : ""}${cypher.get(name)}`, params);
          const ms = performance.now() - t0;
          if (!profile) {
            say(`${name}: ${Math.round(ms)} ms`);
            continue;
          }
          const ops = flatten(r.summary.profile as unknown as PlanNode);
          const total = ops.reduce((n, o) => n + o.dbHits, 0);
          say(`PROFILE ${name}: ${Math.round(ms)} ms, ${total} db hits`);
          for (const o of ops.sort((a, b) => b.dbHits - a.dbHits).slice(0, 6)) {
            const details = String(o.arguments?.Details ?? "").slice(0, 110);
            say(`   ${o.operatorType}: ${o.dbHits} hits, ${o.rows} rows  ${details}`);
          }
          const eager = ops.filter((o) => o.operatorType.startsWith("Eager"));
          if (eager.length > 0) say(`   ${eager.length} Eager operator(s)`);
        }
      } finally {
        await tx.rollback();
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
}
