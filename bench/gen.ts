/**
 * `npm run gen -- --events N [--actors A] [--batch 10000] [--seed 1] [--floor]`: writes the deterministic synthetic graph of
 * bench/synthetic-graph.ts into the project's Neo4j (found like npm start finds it) through the bulk path
 * (src/graph/write-bulk.ts: batched UNWIND … MERGE, one transaction per batch, derived edges maintained), and reports
 * the load rate. Ids start with "gen:", so the data never mix with extracted ones. With --floor, every tenth batch (the
 * sixth of each ten: the first batches of a run into a fresh server are cold for both, and the loader's far more) is
 * also written as a bare UNWIND CREATE of the same events (cypher/create-floor-events, removed again untimed): the
 * floor, measured beside the loader under the same machine load, so that the two rates can be compared.
 */
import { loadConfig } from "../src/config.js";
import { int, type GraphDb } from "../src/graph/db.js";
import { openGraph } from "../src/graph/open-graph.js";
import { writeBulkBatch } from "../src/graph/write-bulk.js";
import { createLogger } from "../src/log.js";
import { actorCount, syntheticActors, syntheticBatch, type SyntheticOptions } from "./synthetic-graph.js";

const USAGE = "usage: npm run gen -- --events N [--actors A] [--batch 10000] [--seed 1] [--floor] [--from N]";

/** Parses the command line (every number bounded, so a typo cannot start an endless run). */
export function parseGenArgs(argv: string[]): SyntheticOptions & { batch: number; floor: boolean; from: number } {
  // 10,000 a batch: each batch rewrites the hub pairs' derived edges once, so fewer, larger batches rewrite less.
  const out: SyntheticOptions & { batch: number; floor: boolean; from: number } = {
    events: 0,
    batch: 10_000,
    seed: 1,
    floor: false,
    from: 0,
  };
  const num = (flag: string, value: string | undefined, max: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`${flag} must be an integer from 1 to ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--floor") {
      out.floor = true;
      i--;
    } else if (flag === "--events") out.events = num(flag, value, 50_000_000);
    else if (flag === "--actors") out.actors = num(flag, value, 10_000_000);
    else if (flag === "--batch") out.batch = num(flag, value, 100_000);
    else if (flag === "--seed") out.seed = num(flag, value, 1_000_000);
    // Continues a graph written before (the same --actors and --seed): events [from, events) only.
    else if (flag === "--from") out.from = num(flag, value, 50_000_000);
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if (out.events === 0) throw new Error(`--events is required\n${USAGE}`);
  // Batches hold whole articles (four events each).
  out.batch = Math.max(4, out.batch - (out.batch % 4));
  if (out.from % 4 !== 0 || out.from >= out.events)
    throw new Error(`--from must be a multiple of 4 below --events\n${USAGE}`);
  return out;
}

/** Writes events as the floor (create-floor-events), returns the milliseconds it took, then removes them untimed. */
async function writeFloor(db: GraphDb, events: Record<string, unknown>[]): Promise<number> {
  const t = performance.now();
  await db.write((tx) => tx.run("create-floor-events", { events }));
  const ms = performance.now() - t;
  for (;;) {
    const [row] = await db.write((tx) => tx.run("delete-floor-events", { limit: int(5_000) }));
    if (Number(row?.deleted ?? 0) === 0) break;
  }
  return ms;
}

async function main(): Promise<void> {
  const options = parseGenArgs(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger({ level: "warn" });
  const graph = await openGraph({ config, log, command: "npm run gen" });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    say(`Neo4j (${graph.mode}) at ${graph.uri}: ${options.events} events, ${actorCount(options)} actors`);
    const actors = syntheticActors(options);
    for (let i = 0; i < actors.length; i += 5_000) {
      await writeBulkBatch(graph.db, { actors: actors.slice(i, i + 5_000), articles: [], events: [], mentions: [] });
    }
    let written = 0;
    let mentions = 0;
    let loadMs = 0;
    // The batches written both ways (--floor): the loader's time and the floor's for the same events.
    const paired = { events: 0, loadMs: 0, floorMs: 0 };
    for (let from = options.from; from < options.events; from += options.batch) {
      const batch = syntheticBatch(options, { from, to: from + options.batch });
      const t = performance.now();
      await writeBulkBatch(graph.db, batch);
      const ms = performance.now() - t;
      loadMs += ms;
      written += batch.events.length;
      mentions += batch.mentions.length;
      const index = (from - options.from) / options.batch;
      // Not the first batch: a fresh server plans the loader's statements and warms its JIT there (41 s against 5-10 s
      // for the batches after it on the 200,000-event run), which would stand for the loader's rate in the pairing.
      if (options.floor && index % 10 === 5) {
        paired.events += batch.events.length;
        paired.loadMs += ms;
        paired.floorMs += await writeFloor(graph.db, batch.events);
      }
      if (process.env.GEN_VERBOSE || index % 10 === 9 || from + options.batch >= options.events) {
        say(
          `  ${written} events, ${mentions} evidence links in ${(loadMs / 1000).toFixed(1)} s: ${Math.round(written / (loadMs / 1000))} events/s`,
        );
      }
    }
    say(
      `Loaded ${written} events in ${(loadMs / 1000).toFixed(1)} s: ${Math.round(written / (loadMs / 1000))} events/s (batches of ${options.batch})`,
    );
    if (paired.events > 0) {
      const rate = (ms: number) => Math.round(paired.events / (ms / 1000));
      say(
        `Same ${paired.events} events, side by side: loader ${rate(paired.loadMs)} events/s, floor (bare UNWIND CREATE) ${rate(paired.floorMs)} events/s`,
      );
    }
  } finally {
    await graph.close();
  }
}

if (process.argv[1]?.endsWith("gen.ts")) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
