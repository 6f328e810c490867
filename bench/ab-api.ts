/**
 * `tsx bench/ab-api.ts --old DIR [--rounds 6] [--seconds 3] [--warm-seconds 2] [--concurrency 16] [--only 'a|b']`:
 * our API of this checkout ("new") against the same API of another checkout ("old", e.g. a `git archive` of an
 * earlier commit with node_modules linked) and the raw floor, on the graph `npm run gen` wrote. The three servers run
 * side by side, and each question is asked of them in short slices, round after round, in an order that turns each
 * round (new, old, raw; then old, raw, new; …), so that the load of this shared machine, which moves by a factor of
 * two within a minute, falls on all three alike. Prints per question and server: req/s over all slices, the median
 * slice's p50 and p99, the server's CPU per request over all slices, and the ratio of req/s and of CPU to raw.
 *
 * `--compiled DIR` (a tree of bench/compile.ts) and/or `--node-flags '--max-semi-space-size=32 …'` instead run four
 * servers side by side: ours and the raw floor as they run by default (tsx), and both as the variant (compiled, run
 * with plain `node`; with the node flags); each variant server is compared with the variant floor, so that what the
 * variant saves is read on both sides of the ratio.
 */
import os from "node:os";
import path from "node:path";
import { GraphDb } from "../src/graph/db.js";
import { runningNeo4j } from "./running-neo4j.js";
import { load, startChild, type Measure } from "./scale.js";
import { scaleQuestions } from "./scale-questions.js";
import { actorId } from "./synthetic-graph.js";

interface AbOptions {
  old?: string;
  /** A compiled tree (bench/compile.ts): the variant servers run from there. */
  compiled?: string;
  /** Node flags of the variant servers. */
  nodeFlags?: string[];
  rounds: number;
  seconds: number;
  warmSeconds: number;
  concurrency: number;
  only?: string;
}

/** One server of the comparison, and the one its req/s and CPU are divided by. */
interface Side {
  name: string;
  file: "serve-ours.ts" | "raw-server.ts";
  root?: string;
  compiled?: string;
  nodeFlags?: string[];
  against?: string;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

function parseArgs(argv: string[]): AbOptions {
  const o: Partial<AbOptions> = { rounds: 6, seconds: 3, warmSeconds: 2, concurrency: 16 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ""];
    if (flag === "--old") o.old = path.resolve(value);
    else if (flag === "--compiled") o.compiled = path.resolve(value);
    else if (flag === "--node-flags") o.nodeFlags = value.split(/\s+/).filter((f) => f.length > 0);
    else if (flag === "--rounds") o.rounds = Math.min(100, Math.max(1, Number(value)));
    else if (flag === "--seconds") o.seconds = Math.min(60, Math.max(1, Number(value)));
    else if (flag === "--warm-seconds") o.warmSeconds = Math.min(60, Math.max(0, Number(value)));
    else if (flag === "--concurrency") o.concurrency = Math.min(1024, Math.max(1, Number(value)));
    else if (flag === "--only") o.only = value;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!o.old === !(o.compiled || o.nodeFlags))
    throw new Error(
      "usage: tsx bench/ab-api.ts --old DIR | [--compiled DIR] [--node-flags '…'] [--rounds 6] [--seconds 3] [--only 'a|b']",
    );
  return o as AbOptions;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The figures of one server over all slices of a question. */
function summary(slices: Measure[], seconds: number) {
  const requests = slices.reduce((n, m) => n + m.requests, 0);
  const cpuMs = slices.reduce((n, m) => n + m.cpuMsPerRequest * Math.max(1, m.requests), 0);
  const neo4jCpuMs = slices.reduce((n, m) => n + m.neo4jCpuMsPerRequest * Math.max(1, m.requests), 0);
  const errors = slices.reduce((n, m) => n + m.errors + m.overloaded + m.timeouts, 0);
  return {
    perSecond: requests / (slices.length * seconds),
    p50: median(slices.map((m) => m.p50)),
    p99: median(slices.map((m) => m.p99)),
    cpuMsPerRequest: cpuMs / Math.max(1, requests),
    neo4jCpuMsPerRequest: neo4jCpuMs / Math.max(1, requests),
    errors,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const neo4j = runningNeo4j();
  const db = await GraphDb.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  const [totals] = await db.read("count-graph-totals");
  await db.close();
  const subjects = { hub: actorId(1), median: actorId(Math.round(Number(totals?.actors ?? 0) / 2)) };
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  // --old: this checkout ("new") and the old one, each against the raw floor; a variant: ours and the raw floor as
  // they run by default and as the variant, each variant server against the variant floor.
  const variant = { compiled: options.compiled, nodeFlags: options.nodeFlags };
  const sides: Side[] = options.old
    ? [
        { name: "new", file: "serve-ours.ts", against: "raw" },
        { name: "old", file: "serve-ours.ts", root: options.old, against: "raw" },
        { name: "raw", file: "raw-server.ts" },
      ]
    : [
        { name: "ours", file: "serve-ours.ts", against: "raw" },
        { name: "variant", file: "serve-ours.ts", ...variant, against: "raw variant" },
        { name: "raw", file: "raw-server.ts" },
        { name: "raw variant", file: "raw-server.ts", ...variant, against: "raw" },
      ];
  const servers = new Map<string, Awaited<ReturnType<typeof startChild>>>();
  for (const side of sides) {
    const label = side.name.replace(" ", "-");
    servers.set(side.name, await startChild({ ...side, env, label }));
  }
  say(
    `${options.old ? `Old: ${options.old}` : `Variant: ${JSON.stringify(variant)}`}; graph ${JSON.stringify(totals)}; ` +
      `load average at the start ${loadAverage()}`,
  );
  const rows: string[] = [];
  try {
    const wanted = options.only?.split("|");
    for (const q of scaleQuestions(subjects).filter((x) => !wanted || wanted.some((w) => x.name.includes(w)))) {
      const slices = new Map<string, Measure[]>(sides.map((side) => [side.name, []]));
      const base = (side: Side) => ({
        url: servers.get(side.name)!.url,
        body: JSON.stringify(side.file === "raw-server.ts" ? q.raw : q.graphql),
        concurrency: options.concurrency,
        pid: servers.get(side.name)!.child.pid ?? 0,
        neo4jPid: neo4j.serverPid,
      });
      for (const side of sides) await load({ ...base(side), seconds: options.warmSeconds });
      const before = loadAverage();
      for (let round = 0; round < options.rounds; round++) {
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(round + k) % sides.length]!;
          slices.get(side.name)!.push(await load({ ...base(side), seconds: options.seconds }));
        }
      }
      const s = new Map(sides.map((side) => [side.name, summary(slices.get(side.name)!, options.seconds)]));
      for (const side of sides) {
        const f = s.get(side.name)!;
        const ref = side.against ? s.get(side.against) : undefined;
        rows.push(
          `| ${q.name} | ${side.name} | ${f.perSecond.toFixed(1)} | ${f.p50} / ${f.p99} | ${f.cpuMsPerRequest.toFixed(2)} | ` +
            `${f.neo4jCpuMsPerRequest.toFixed(2)} | ` +
            `${ref ? `${side.against}: ${ref.perSecond.toFixed(1)}, ${ref.cpuMsPerRequest.toFixed(2)}` : "–"} | ` +
            `${ref ? (f.perSecond / ref.perSecond).toFixed(2) : "–"} | ` +
            `${ref ? (f.cpuMsPerRequest / ref.cpuMsPerRequest).toFixed(2) : "–"} | ${f.errors} | ${before} → ${loadAverage()} |`,
        );
        say(rows[rows.length - 1]!);
      }
    }
  } finally {
    for (const server of servers.values()) server.child.kill("SIGTERM");
  }
  say(
    `\n${options.rounds} rounds of ${options.seconds} s per server at ${options.concurrency} connections; load average at the end ${loadAverage()}`,
  );
  say(
    "| question | server | req/s | p50 / p99 ms (median slice) | CPU ms/req | Neo4j CPU ms/req | compared with: req/s, CPU ms/req | ÷ req/s | ÷ CPU | errors, 503s, timeouts | load average |",
  );
  say("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) say(row);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
