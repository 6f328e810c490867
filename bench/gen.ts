/**
 * `npm run gen -- --events N [--actors A] [--batch 5000] [--seed 1]`: writes the deterministic synthetic graph of
 * bench/synthetic-graph.ts into the project's Neo4j (found like npm start finds it) through the bulk path
 * (src/graph/write-bulk.ts: batched UNWIND … MERGE, one transaction per batch, derived edges maintained), and reports
 * the load rate. Ids start with "gen:", so the data never mix with extracted ones.
 */
import { loadConfig } from "../src/config.js";
import { openGraph } from "../src/graph/open-graph.js";
import { writeBulkBatch } from "../src/graph/write-bulk.js";
import { createLogger } from "../src/log.js";
import { actorCount, syntheticActors, syntheticBatch, type SyntheticOptions } from "./synthetic-graph.js";

const USAGE = "usage: npm run gen -- --events N [--actors A] [--batch 5000] [--seed 1]";

/** Parses the command line (every number bounded, so a typo cannot start an endless run). */
export function parseGenArgs(argv: string[]): SyntheticOptions & { batch: number } {
  const out: SyntheticOptions & { batch: number } = { events: 0, batch: 5_000, seed: 1 };
  const num = (flag: string, value: string | undefined, max: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`${flag} must be an integer from 1 to ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--events") out.events = num(flag, value, 50_000_000);
    else if (flag === "--actors") out.actors = num(flag, value, 10_000_000);
    else if (flag === "--batch") out.batch = num(flag, value, 100_000);
    else if (flag === "--seed") out.seed = num(flag, value, 1_000_000);
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if (out.events === 0) throw new Error(`--events is required\n${USAGE}`);
  // Batches hold whole articles (four events each).
  out.batch = Math.max(4, out.batch - (out.batch % 4));
  return out;
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
    const t0 = performance.now();
    let written = 0;
    let mentions = 0;
    for (let from = 0; from < options.events; from += options.batch) {
      const batch = syntheticBatch(options, { from, to: from + options.batch });
      await writeBulkBatch(graph.db, batch);
      written += batch.events.length;
      mentions += batch.mentions.length;
      const seconds = (performance.now() - t0) / 1000;
      if (process.env.GEN_VERBOSE || (from / options.batch) % 10 === 9 || written === options.events) {
        say(
          `  ${written} events, ${mentions} evidence links in ${seconds.toFixed(1)} s: ${Math.round(written / seconds)} events/s`,
        );
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    say(
      `Loaded ${written} events in ${seconds.toFixed(1)} s: ${Math.round(written / seconds)} events/s (batches of ${options.batch})`,
    );
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
