/**
 * `tsx bench/ab-api.ts --old DIR [--rounds 6] [--seconds 3] [--warm-seconds 2] [--concurrency 16] [--only 'a|b']`:
 * our API of this checkout ("new") against the same API of another checkout ("old", e.g. a `git archive` of an
 * earlier commit with node_modules linked) and the raw floor, on the graph `npm run gen` wrote. The three servers run
 * side by side, and each question is asked of them in short slices, round after round, in an order that turns each
 * round (new, old, raw; then old, raw, new; …), so that the load of this shared machine, which moves by a factor of
 * two within a minute, falls on all three alike. Prints per question and server: req/s over all slices, the median
 * slice's p50 and p99, the server's CPU per request over all slices, and the ratio of req/s and of CPU to raw.
 */
import os from "node:os";
import path from "node:path";
import { GraphDb } from "../src/graph/db.js";
import { runningNeo4j } from "./running-neo4j.js";
import { load, startChild, type Measure } from "./scale.js";
import { scaleQuestions } from "./scale-questions.js";
import { actorId } from "./synthetic-graph.js";

interface AbOptions {
  old: string;
  rounds: number;
  seconds: number;
  warmSeconds: number;
  concurrency: number;
  only?: string;
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
    else if (flag === "--rounds") o.rounds = Math.min(100, Math.max(1, Number(value)));
    else if (flag === "--seconds") o.seconds = Math.min(60, Math.max(1, Number(value)));
    else if (flag === "--warm-seconds") o.warmSeconds = Math.min(60, Math.max(0, Number(value)));
    else if (flag === "--concurrency") o.concurrency = Math.min(1024, Math.max(1, Number(value)));
    else if (flag === "--only") o.only = value;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!o.old) throw new Error("usage: tsx bench/ab-api.ts --old DIR [--rounds 6] [--seconds 3] [--only 'a|b']");
  return o as AbOptions;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The figures of one server over all slices of a question. */
function summary(slices: Measure[], seconds: number) {
  const requests = slices.reduce((n, m) => n + m.requests, 0);
  const cpuMs = slices.reduce((n, m) => n + m.cpuMsPerRequest * Math.max(1, m.requests), 0);
  const errors = slices.reduce((n, m) => n + m.errors + m.overloaded + m.timeouts, 0);
  return {
    perSecond: requests / (slices.length * seconds),
    p50: median(slices.map((m) => m.p50)),
    p99: median(slices.map((m) => m.p99)),
    cpuMsPerRequest: cpuMs / Math.max(1, requests),
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
  const servers = {
    new: await startChild({ file: "serve-ours.ts", env, label: "new" }),
    old: await startChild({ file: "serve-ours.ts", env, root: options.old, label: "old" }),
    raw: await startChild({ file: "raw-server.ts", env }),
  };
  const sides = ["new", "old", "raw"] as const;
  say(`Old: ${options.old}; graph ${JSON.stringify(totals)}; load average at the start ${loadAverage()}`);
  const rows: string[] = [];
  try {
    const wanted = options.only?.split("|");
    for (const q of scaleQuestions(subjects).filter((x) => !wanted || wanted.some((w) => x.name.includes(w)))) {
      const body = { new: JSON.stringify(q.graphql), old: JSON.stringify(q.graphql), raw: JSON.stringify(q.raw) };
      const slices: Record<(typeof sides)[number], Measure[]> = { new: [], old: [], raw: [] };
      const base = (side: (typeof sides)[number]) => ({
        url: servers[side].url,
        body: body[side],
        concurrency: options.concurrency,
        pid: servers[side].child.pid ?? 0,
      });
      for (const side of sides) await load({ ...base(side), seconds: options.warmSeconds });
      const before = loadAverage();
      for (let round = 0; round < options.rounds; round++) {
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(round + k) % sides.length]!;
          slices[side].push(await load({ ...base(side), seconds: options.seconds }));
        }
      }
      const s = { new: summary(slices.new, options.seconds), old: summary(slices.old, options.seconds) };
      const raw = summary(slices.raw, options.seconds);
      for (const side of ["old", "new"] as const) {
        const f = s[side];
        rows.push(
          `| ${q.name} | ${side} | ${f.perSecond.toFixed(1)} | ${f.p50} / ${f.p99} | ${f.cpuMsPerRequest.toFixed(2)} | ` +
            `${raw.perSecond.toFixed(1)} | ${raw.cpuMsPerRequest.toFixed(2)} | ${(f.perSecond / raw.perSecond).toFixed(2)} | ` +
            `${(f.cpuMsPerRequest / raw.cpuMsPerRequest).toFixed(2)} | ${f.errors} | ${before} → ${loadAverage()} |`,
        );
        say(rows[rows.length - 1]!);
      }
    }
  } finally {
    for (const side of sides) servers[side].child.kill("SIGTERM");
  }
  say(
    `\n${options.rounds} rounds of ${options.seconds} s per server at ${options.concurrency} connections; load average at the end ${loadAverage()}`,
  );
  say(
    "| question | code | req/s | p50 / p99 ms (median slice) | CPU ms/req | raw req/s | raw CPU ms/req | ÷ raw req/s | ÷ raw CPU | errors, 503s, timeouts | load average |",
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
