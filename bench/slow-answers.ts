/**
 * `tsx bench/slow-answers.ts SLOW_LOG [--gc NODE_GC_LOG] [--neo4j-gc NEO4J_GC_LOG]`: lays the slowest answers of a
 * scale bench run (BENCH_SLOW_LOG: those at or above each measurement's p99) beside the garbage-collection pauses of
 * the same moments, from the servers (BENCH_GC_LOG) and from Neo4j (`-Xlog:gc:file=…:time` in NEO4J_LOCAL_JVM_OPTS),
 * and prints per measurement how many slow answers overlapped a pause of each, and how much of their time the pauses
 * cover. What is not covered is the rest of the machine: the run-queue waits the bench prints per answer.
 */
import fs from "node:fs";

interface Pause {
  start: number;
  end: number;
  who: string;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Reads JSON lines (a missing file is no lines). */
function jsonLines<T>(file: string | undefined): T[] {
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

/** Neo4j's unified GC log: the time decoration is written when a pause ends; its duration closes the line. */
function neo4jPauses(file: string | undefined): Pause[] {
  if (!file || !fs.existsSync(file)) return [];
  const out: Pause[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^\[([^\]]+)\].*Pause.* ([\d.]+)ms$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const end = Date.parse(m[1].replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
    out.push({ start: end - Number(m[2]), end, who: "neo4j" });
  }
  return out;
}

function main(): void {
  const [slowLog, ...rest] = process.argv.slice(2);
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (!slowLog)
    throw new Error("usage: tsx bench/slow-answers.ts SLOW_LOG [--gc NODE_GC_LOG] [--neo4j-gc NEO4J_GC_LOG]");
  const node = jsonLines<{ t: number; ms: number; server: string }>(flag("--gc")).map((g) => ({
    start: g.t,
    end: g.t + g.ms,
    who: g.server,
  }));
  const pauses = [...node, ...neo4jPauses(flag("--neo4j-gc"))];
  say("| measurement | slow answers (≥ p99) | ms | overlapping a pause of | share of their time in pauses |");
  say("|---|---|---|---|---|");
  for (const m of jsonLines<{ label: string; concurrency: number; p99: number; slow: { t: number; ms: number }[] }>(
    slowLog,
  )) {
    const hits: Record<string, number> = {};
    let paused = 0;
    let total = 0;
    for (const a of m.slow) {
      const end = a.t + a.ms;
      total += a.ms;
      const over = pauses.filter((p) => p.start < end && p.end > a.t);
      for (const who of new Set(over.map((p) => p.who))) hits[who] = (hits[who] ?? 0) + 1;
      paused += over.reduce((n, p) => n + Math.min(end, p.end) - Math.max(a.t, p.start), 0);
    }
    const ms = m.slow.map((a) => Math.round(a.ms)).join(", ");
    const by = Object.entries(hits)
      .map(([who, n]) => `${who} ${n}`)
      .join(", ");
    say(
      `| ${m.label}, ${m.concurrency} conn. | ${m.slow.length} | ${ms} | ${by || "none"} | ${total > 0 ? Math.round((100 * paused) / total) : 0}% |`,
    );
  }
}

main();
