/**
 * `npm run bench -- --scale …` runs bench/scale.ts instead (traversal at scale, ours against the raw floor), and
 * `npm run bench -- --profile` bench/profile-statements.ts (PROFILE db hits of the traversal statements), and
 * `npm run bench -- --profile-bulk [--from N] [--events N]` bench/profile-bulk.ts (one bulk batch, statement by
 * statement, rolled back).
 * `npm run bench [-- --soak-seconds 120 --concurrency 64]`: extraction throughput, load throughput into Neo4j, and a
 * bounded soak of the GraphQL API on loopback. Neo4j is found like the tests find it (src/graph/resolve-neo4j.ts);
 * a local or container server is temporary. Figures go to stdout (and to --out as JSON); nothing here is a test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "../src/api/server.js";
import { loadConfig } from "../src/config.js";
import { applySchema } from "../src/graph/apply-schema.js";
import { GraphDb } from "../src/graph/db.js";
import { resolveNeo4j } from "../src/graph/resolve-neo4j.js";
import { deleteArticle, writeArticles } from "../src/graph/write-articles.js";
import { loadPaths } from "../src/ingest/loader.js";
import { createExtractor } from "../src/ingest/pipeline.js";
import { createLogger } from "../src/log.js";
import { generateArticles } from "./generate-articles.js";
import { buildOperations, LIST_ACTORS, type KnownActor } from "./queries.js";
import { parseBulkProfileArgs, runBulkProfile } from "./profile-bulk.js";
import { runProfile } from "./profile-statements.js";
import { runScale } from "./scale.js";
import { runSoak, type SoakResult } from "./soak.js";

interface Options {
  soakSeconds: number;
  concurrency: number;
  extractArticles: number;
  loadArticles: number;
  maxRequests: number;
  out?: string;
}

const USAGE =
  "usage: npm run bench -- [--soak-seconds 20] [--concurrency 16] [--extract-articles 2000] [--load-articles 1000] " +
  "[--max-requests 2000000] [--out results.json]";

function parseArgs(argv: string[]): Options {
  const options: Options = {
    soakSeconds: 20,
    concurrency: 16,
    extractArticles: 2000,
    loadArticles: 1000,
    maxRequests: 2_000_000,
  };
  const positive = (flag: string, value: string | undefined, max: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`${flag} must be an integer from 1 to ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    // Caps keep every loop bounded even with a typo in a flag.
    if (arg === "--soak-seconds") options.soakSeconds = positive(arg, value, 3600);
    else if (arg === "--concurrency") options.concurrency = positive(arg, value, 1024);
    else if (arg === "--extract-articles") options.extractArticles = positive(arg, value, 100_000);
    else if (arg === "--load-articles") options.loadArticles = positive(arg, value, 100_000);
    else if (arg === "--max-requests") options.maxRequests = positive(arg, value, 100_000_000);
    else if (arg === "--out" && value) options.out = value;
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
    i++;
  }
  return options;
}

const round = (n: number) => Math.round(n * 10) / 10;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Times the extractor without the tagger (rules and dictionary) over generated articles (after a warm-up). */
async function benchExtraction(
  count: number,
): Promise<{ articles: number; relations: number; seconds: number; perSecond: number }> {
  const extractor = createExtractor();
  const encoder = new TextEncoder();
  const inputs = generateArticles({ count, prefix: "bench-x-", seed: 1 }).map((g) => ({
    fileName: `${g.id}.txt`,
    bytes: encoder.encode(g.text),
  }));
  for (const input of inputs.slice(0, 50)) await extractor.file(input);
  let relations = 0;
  const t0 = performance.now();
  for (const input of inputs) for (const x of await extractor.file(input)) relations += x.relations.length;
  const seconds = (performance.now() - t0) / 1000;
  return { articles: count, relations, seconds: round(seconds), perSecond: round(count / seconds) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger({ level: "warn" });
  const machine = {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
  say(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`);

  say(`\n1. Extraction of ${options.extractArticles} generated articles…`);
  const extraction = await benchExtraction(options.extractArticles);
  say(`   ${extraction.perSecond} articles/s (${extraction.relations} relations in ${extraction.seconds} s)`);

  const server = await resolveNeo4j({
    config: config.neo4j,
    cacheDir: config.cacheDir,
    skipDocker: process.env.NEO4J_SKIP_DOCKER === "true",
    log: (m) => say(`   [neo4j] ${m}`),
  });
  const db = await GraphDb.connect(server);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  let api: { url: string; stop(): Promise<void> } | undefined;
  try {
    await applySchema(db);
    const [version] = await db.read("read-server-version");
    say(`   Neo4j: ${server.mode} ${server.uri} ${JSON.stringify(version ?? {})}`);
    if (server.mode === "uri") say("   NEO4J_URI is set: bench-* articles are written there and deleted at the end.");

    say(`\n2. Load of the sample articles plus ${options.loadArticles} generated ones (read + extract + write)…`);
    for (const g of generateArticles({ count: options.loadArticles, prefix: "bench-", seed: 2 })) {
      fs.writeFileSync(path.join(tmp, `${g.id}.txt`), g.text);
    }
    const extractor = createExtractor();
    const t0 = performance.now();
    const summary = await loadPaths([config.articlesDir, tmp], {
      extract: extractor.file,
      write: (batch) => writeArticles(db, batch),
      maxFileBytes: config.maxArticleBytes,
    });
    const loadSeconds = (performance.now() - t0) / 1000;
    if (summary.failed.length) throw new Error(`load failed for ${summary.failed.length} file(s)`);
    const load = {
      articles: summary.articles,
      events: summary.events,
      relations: summary.relations,
      seconds: round(loadSeconds),
      perSecond: round(summary.articles / loadSeconds),
    };
    say(
      `   ${load.perSecond} articles/s (${load.articles} articles, ${load.relations} relations in ${load.seconds} s)`,
    );

    say(`\n3. Soak: ${options.soakSeconds} s at concurrency ${options.concurrency} on 127.0.0.1…`);
    api = await startServer({
      db,
      config: { ...config, host: "127.0.0.1", port: 0, apiKey: undefined, playground: false, introspection: false },
      log,
    });
    const listed = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LIST_ACTORS }),
    });
    const body = (await listed.json()) as { data?: { actors: { nodes: (KnownActor & { degree: number })[] } } };
    const actors = (body.data?.actors.nodes ?? []).filter((a) => a.degree > 0).slice(0, 40);
    if (actors.length < 2) throw new Error("too few connected actors for the soak");
    const operations = buildOperations(actors);
    const soak = await runSoak({
      url: api.url,
      seconds: options.soakSeconds,
      concurrency: options.concurrency,
      operations,
      maxRequests: options.maxRequests,
    });
    report({ soak, actors: actors.length, operations: operations.length });

    if (options.out) {
      const result = { date: new Date().toISOString(), machine, options, extraction, load, soak };
      fs.writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
      say(`\nJSON written to ${options.out}`);
    }
    if (server.mode === "uri") {
      for (const id of [...Array(options.loadArticles).keys()].map((n) => `bench-${String(n).padStart(5, "0")}`)) {
        await deleteArticle(db, id);
      }
    }
    if (soak.errors > 0) process.exitCode = 1;
  } finally {
    await api?.stop();
    await db.close();
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function report(input: { soak: SoakResult; actors: number; operations: number }): void {
  const { soak } = input;
  say(`   ${input.operations} operations over ${input.actors} actors`);
  say(`   requests ${soak.requests} (${soak.requestsPerSecond}/s), errors ${soak.errors}`);
  for (const e of soak.errorSamples) say(`     error: ${e}`);
  say(
    `   latency ms p50 ${soak.latencyMs.p50}, p95 ${soak.latencyMs.p95}, p99 ${soak.latencyMs.p99}, max ${soak.latencyMs.max}`,
  );
  for (const [name, s] of Object.entries(soak.byOperation)) {
    say(`     ${name.padEnd(22)} ${String(s.requests).padStart(7)} req  p50 ${s.p50} ms  p95 ${s.p95} ms`);
  }
  const m = soak.memory;
  say(
    `   memory (this process: API + driver + load generator) RSS ${m.start.rssMb} → ${m.middle.rssMb} → ${m.end.rssMb} MB, ` +
      `heap ${m.start.heapUsedMb} → ${m.middle.heapUsedMb} → ${m.end.heapUsedMb} MB (start → middle → end)`,
  );
}

// `--scale` is the traversal benchmark on a generated graph (bench/scale.ts), `--profile` the PROFILE table of its
// statements (bench/profile-statements.ts), `--profile-bulk` the bulk path's (bench/profile-bulk.ts); anything else
// is the pipeline bench.
const argv = process.argv.slice(2);
(argv[0] === "--scale"
  ? runScale(argv.slice(1))
  : argv[0] === "--profile"
    ? runProfile()
    : argv[0] === "--profile-bulk"
      ? runBulkProfile(parseBulkProfileArgs(argv.slice(1)))
      : main()
).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
