/**
 * `npm run bench -- --scale [--seconds 5] [--concurrency 1,16,64] [--only 'hub|limit 500'] [--out results.json]`: the questions of issue 9 on
 * the graph `npm run gen` wrote, asked of our API (bench/serve-ours.ts) and of the raw floor (bench/raw-server.ts, the
 * same statements through neo4j-driver), each server a process of its own, at each concurrency, in one run. Prints a
 * markdown table: req/s, p50, p99, errors, 503s, timeouts, ratio to raw, the servers' peak RSS and CPU per request,
 * and Neo4j's CPU per request. Needs a running Neo4j with the generated graph (npm run neo4j; npm run gen).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { runningNeo4j } from "./running-neo4j.js";
import { GraphDb } from "../src/graph/db.js";
import { actorId } from "./synthetic-graph.js";
import { scaleQuestions, type Question } from "./scale-questions.js";
import { percentile } from "./soak.js";

interface ScaleOptions {
  seconds: number;
  warmSeconds: number;
  concurrency: number[];
  out?: string;
  /** Only the questions whose name contains this text, or one of several separated by "|" (all when unset). */
  only?: string;
}

export interface Measure {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The errors by GraphQL error code (HTTP status when there was none), so that a deadline reads apart from a bug. */
  errorCodes: Record<string, number>;
  overloaded: number;
  /** How long the 503s took, ms: a refusal at once costs a millisecond, one after a wait in line seconds. */
  overloadedP50: number;
  overloadedP99: number;
  timeouts: number;
  cpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
  peakRssMb: number;
  /**
   * Milliseconds per answer that the threads of the server, of Neo4j and of this (the client) process spent ready to
   * run but waiting for a core (/proc/PID/task/TID/schedstat): on a shared 2-core machine, the time the machine's
   * load adds to each answer, beside the time the processes themselves take.
   */
  waitMsPerRequest: { server: number; neo4j: number; client: number };
}

const CLIENT_TIMEOUT_MS = 15_000;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Milliseconds all threads of a process have spent waiting on a run queue so far (0 when unreadable). */
function runQueueMs(pid: number): number {
  let ns = 0;
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1] ?? 0);
      } catch {
        // a thread that ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  return ns / 1e6;
}

function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

/**
 * Starts one of the bench's servers (`file` in bench/) of the checkout at `root` (this one by default; bench/ab-api.ts
 * passes an older checkout's) and waits for its "LISTENING" line.
 */
export async function startChild(c: {
  file: string;
  env: NodeJS.ProcessEnv;
  root?: string;
  /** Names its CPU profile's folder under BENCH_CPU_PROF (default: "ours" for serve-ours.ts, else "raw"). */
  label?: string;
  /**
   * A tree of tsc's output (bench/compile.ts): the server runs from there with plain `node`, without tsx's loader and
   * its source maps, which make every stack trace the driver captures per Result cost a source-map lookup per frame.
   */
  compiled?: string;
  /** Flags for node (e.g. --max-semi-space-size=32), before the entry point. */
  nodeFlags?: string[];
}): Promise<{ child: ChildProcess; url: string }> {
  const { file, env } = c;
  // BENCH_CPU_PROF=DIR: each server writes a V8 CPU profile into DIR/ours or DIR/raw when the bench stops it (node
  // refuses --cpu-prof in NODE_OPTIONS).
  const dir = process.env.BENCH_CPU_PROF;
  const profile = dir
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(dir, c.label ?? (file === "serve-ours.ts" ? "ours" : "raw"))}`]
    : [];
  const entry = c.compiled
    ? [path.join(c.compiled, "bench", file.replace(/\.ts$/, ".js"))]
    : ["--import", "tsx", path.join(c.root ?? PROJECT_ROOT, "bench", file)];
  const child = spawn(process.execPath, [...profile, ...entry], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { child, url };
}

export function post(
  agent: http.Agent,
  url: string,
  body: string,
): Promise<{ status: number; text: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), timedOut: false }),
        );
      },
    );
    req.setTimeout(CLIENT_TIMEOUT_MS, () => {
      req.destroy();
      resolve({ status: 0, text: "", timedOut: true });
    });
    req.on("error", () => resolve({ status: 0, text: "", timedOut: false }));
    req.end(body);
  });
}

/** C workers post one request for `seconds`; a 503 is honoured (the worker waits Retry-After) and counted apart. */
export async function load(c: {
  url: string;
  body: string;
  concurrency: number;
  seconds: number;
  pid: number;
  neo4jPid?: number;
  /** Names the measurement in BENCH_SLOW_LOG (question and server). */
  label?: string;
}): Promise<Measure> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: c.concurrency });
  const latencies: number[] = [];
  // Wall-clock start and duration of each answer, for BENCH_SLOW_LOG.
  const answers: [number, number][] = [];
  const refusals: number[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  let overloaded = 0;
  let timeouts = 0;
  const cpu0 = cpuSeconds(c.pid);
  const neo0 = c.neo4jPid ? cpuSeconds(c.neo4jPid) : 0;
  const wait0 = {
    server: runQueueMs(c.pid),
    neo4j: c.neo4jPid ? runQueueMs(c.neo4jPid) : 0,
    client: runQueueMs(process.pid),
  };
  let peak = rssMb(c.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(c.pid))), 250);
  const t0 = performance.now();
  const end = t0 + c.seconds * 1000;
  await Promise.all(
    Array.from({ length: c.concurrency }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        const r = await post(agent, c.url, c.body);
        if (r.timedOut) timeouts++;
        else if (r.status === 503) {
          overloaded++;
          refusals.push(performance.now() - s);
          await new Promise((resolve) => setTimeout(resolve, 1000));
        } else if (r.status !== 200 || r.text.includes('"errors"')) {
          errors++;
          const code = /"code":"([A-Z_]+)"/.exec(r.text)?.[1] ?? `HTTP ${r.status}`;
          errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        } else {
          latencies.push(performance.now() - s);
          answers.push([Math.round(performance.timeOrigin + s), performance.now() - s]);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  // BENCH_SLOW_LOG=FILE: the answers at or above the p99, with their wall-clock start, to lay beside the servers' and
  // Neo4j's GC logs (what makes the p99 at one connection).
  if (process.env.BENCH_SLOW_LOG && latencies.length > 0) {
    const p99 = percentile(latencies, 0.99);
    const slow = answers.filter(([, ms]) => ms >= p99).map(([t, ms]) => ({ t, ms: Math.round(ms * 10) / 10 }));
    fs.appendFileSync(
      process.env.BENCH_SLOW_LOG,
      `${JSON.stringify({ label: c.label ?? c.url, concurrency: c.concurrency, p99, slow })}\n`,
    );
  }
  refusals.sort((a, b) => a - b);
  const done = Math.max(1, latencies.length);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: latencies.length,
    perSecond: r1(latencies.length / seconds),
    p50: r1(percentile(latencies, 0.5)),
    p99: r1(percentile(latencies, 0.99)),
    errors,
    errorCodes,
    overloaded,
    overloadedP50: r1(percentile(refusals, 0.5)),
    overloadedP99: r1(percentile(refusals, 0.99)),
    timeouts,
    cpuMsPerRequest: r1(((cpuSeconds(c.pid) - cpu0) * 1000) / done),
    neo4jCpuMsPerRequest: c.neo4jPid ? r1(((cpuSeconds(c.neo4jPid) - neo0) * 1000) / done) : 0,
    peakRssMb: peak,
    waitMsPerRequest: {
      server: r1((runQueueMs(c.pid) - wait0.server) / done),
      neo4j: c.neo4jPid ? r1((runQueueMs(c.neo4jPid) - wait0.neo4j) / done) : 0,
      client: r1((runQueueMs(process.pid) - wait0.client) / done),
    },
  };
}

function parseScaleArgs(argv: string[]): ScaleOptions {
  const o: ScaleOptions = { seconds: 5, warmSeconds: 1, concurrency: [1, 16, 64] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ""];
    if (flag === "--seconds") o.seconds = Math.min(600, Math.max(1, Number(value)));
    else if (flag === "--warm-seconds") o.warmSeconds = Math.min(60, Math.max(0, Number(value)));
    else if (flag === "--concurrency")
      o.concurrency = value.split(",").map((n) => Math.min(1024, Math.max(1, Number(n))));
    else if (flag === "--out") o.out = value;
    else if (flag === "--only") o.only = value;
    else throw new Error(`unknown argument ${flag}`);
  }
  return o;
}

/** Runs the scale benchmark (called by bench/run.ts for `--scale`). */
export async function runScale(argv: string[]): Promise<void> {
  const options = parseScaleArgs(argv);
  const neo4j = runningNeo4j();
  const db = await GraphDb.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  const [totals] = await db.read("count-graph-totals");
  const actors = Number(totals?.actors ?? 0);
  await db.close();
  const subjects = { hub: actorId(1), median: actorId(Math.round(actors / 2)) };
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  say(
    `Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB; ` +
      `load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
  );
  say(`Graph: ${JSON.stringify(totals)}; hub ${subjects.hub}, median ${subjects.median}`);
  // BENCH_COMPILED=DIR (bench/compile.ts): both servers run compiled, so that the ratio compares like with like.
  const compiled = process.env.BENCH_COMPILED ? path.resolve(process.env.BENCH_COMPILED) : undefined;
  if (compiled) say(`Both servers run compiled, from ${compiled}`);
  const ours = await startChild({ file: "serve-ours.ts", env, compiled });
  const raw = await startChild({ file: "raw-server.ts", env, compiled });
  const results: { question: string; concurrency: number; ours: Measure; raw: Measure; same: boolean }[] = [];
  try {
    const wanted = options.only?.split("|");
    const questions = scaleQuestions(subjects).filter((q) => !wanted || wanted.some((w) => q.name.includes(w)));
    const bodies = (q: Question) => ({ ours: JSON.stringify(q.graphql), raw: JSON.stringify(q.raw) });
    const agent = new http.Agent({ keepAlive: true });
    const same = new Map<string, boolean>();
    for (const q of questions) {
      const a = JSON.parse((await post(agent, ours.url, bodies(q).ours)).text) as { data: Record<string, unknown> };
      const b = JSON.parse((await post(agent, raw.url, bodies(q).raw)).text) as { data: Record<string, unknown> };
      const equal = JSON.stringify(q.oursDigest(a.data)) === JSON.stringify(q.oursDigest(b.data));
      same.set(q.name, equal);
      if (!equal) say(`  answers differ for ${q.name}`);
    }
    agent.destroy();
    for (const concurrency of options.concurrency) {
      for (const q of questions) {
        const row: Record<string, Measure> = {};
        for (const [side, target] of [
          ["raw", raw],
          ["ours", ours],
        ] as const) {
          const base = { url: target.url, body: bodies(q)[side], concurrency, pid: target.child.pid ?? 0 };
          if (options.warmSeconds > 0) await load({ ...base, seconds: options.warmSeconds });
          const label = `${q.name}, ${side}`;
          row[side] = await load({ ...base, seconds: options.seconds, neo4jPid: neo4j.serverPid || undefined, label });
        }
        const result = {
          question: q.name,
          concurrency,
          ours: row.ours!,
          raw: row.raw!,
          same: same.get(q.name) ?? false,
        };
        results.push(result);
        const ratio = result.raw.perSecond > 0 ? result.ours.perSecond / result.raw.perSecond : 0;
        say(
          `c=${concurrency} ${q.name}: ours ${result.ours.perSecond}/s p50 ${result.ours.p50} p99 ${result.ours.p99} ` +
            `err ${result.ours.errors}${result.ours.errors > 0 ? ` ${JSON.stringify(result.ours.errorCodes)}` : ""} 503 ${result.ours.overloaded} (p50 ${result.ours.overloadedP50} p99 ${result.ours.overloadedP99} ms) to ${result.ours.timeouts} | raw ${result.raw.perSecond}/s ` +
            `p50 ${result.raw.p50} p99 ${result.raw.p99} err ${result.raw.errors} to ${result.raw.timeouts} | ratio ${ratio.toFixed(2)} | ` +
            `run-queue wait ms/req (server, Neo4j, client): ours ${Object.values(result.ours.waitMsPerRequest).join(", ")}; ` +
            `raw ${Object.values(result.raw.waitMsPerRequest).join(", ")}; load ${os.loadavg()[0]?.toFixed(2)}`,
        );
      }
    }
  } finally {
    ours.child.kill("SIGTERM");
    raw.child.kill("SIGTERM");
  }
  // The machine is shared: the load at the end, beside the one at the start, says how busy it was meanwhile.
  say(
    `Load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  say(
    "\n| question | conn. | ours req/s | p50 / p99 ms | errors / 503 / timeouts | 503 p50 / p99 ms | raw req/s | raw p50 / p99 ms | ours ÷ raw | ours CPU ms/req, RSS MB | raw CPU ms/req, RSS MB | Neo4j CPU ms/req ours / raw | same answer |",
  );
  say("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const ratio = r.raw.perSecond > 0 ? (r.ours.perSecond / r.raw.perSecond).toFixed(2) : "–";
    say(
      `| ${r.question} | ${r.concurrency} | ${r.ours.perSecond} | ${r.ours.p50} / ${r.ours.p99} | ${r.ours.errors} / ${r.ours.overloaded} / ${r.ours.timeouts} | ${r.ours.overloaded > 0 ? `${r.ours.overloadedP50} / ${r.ours.overloadedP99}` : "–"} | ` +
        `${r.raw.perSecond} | ${r.raw.p50} / ${r.raw.p99} | ${ratio} | ${r.ours.cpuMsPerRequest}, ${r.ours.peakRssMb} | ` +
        `${r.raw.cpuMsPerRequest}, ${r.raw.peakRssMb} | ${r.ours.neo4jCpuMsPerRequest} / ${r.raw.neo4jCpuMsPerRequest} | ${r.same ? "yes" : "no"} |`,
    );
  }
  if (options.out) fs.writeFileSync(options.out, JSON.stringify({ subjects, totals, results }, null, 2));
}
