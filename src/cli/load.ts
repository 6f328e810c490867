/**
 * `npm run load -- FILE|DIR...`: extracts articles and writes them to Neo4j (idempotent, batched), with a progress
 * bar and a summary. Exit code 1 when any file failed; rerunning completes what was not written.
 *
 * `npm run load -- --watch DIR`: loads the folder, then keeps it in the graph (src/ingest/watch.ts) until Ctrl-C.
 *
 * While `npm start` (or another command of ours) runs the local Neo4j, load uses that server (its runtime record).
 */
import fs from "node:fs";
import { loadConfig, type AppConfig } from "../config.js";
import { openGraph, type OpenGraph } from "../graph/open-graph.js";
import { deleteArticles, writeArticles } from "../graph/write-articles.js";
import { formatSummary, loadPaths } from "../ingest/loader.js";
import { createExtractor, type Extractor } from "../ingest/pipeline.js";
import { watchFolder } from "../ingest/watch.js";
import { createLogger, type Logger } from "../log.js";
import { resolveTagger } from "../nlp/resolve-nlp.js";
import { createProgress } from "./progress.js";

const USAGE = "usage: npm run load -- FILE|DIR... [--batch-size N]  |  npm run load -- --watch DIR [--batch-size N]";

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let batchSize = 25;
  let watch = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--batch-size") {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer`);
    } else if (arg === "--watch") {
      watch = true;
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else inputs.push(arg);
  }
  if (!inputs.length) throw new Error(USAGE);
  if (watch && (inputs.length !== 1 || !fs.statSync(inputs[0] ?? "", { throwIfNoEntry: false })?.isDirectory())) {
    throw new Error(`--watch takes one existing folder, got ${inputs.join(" ")}\n${USAGE}`);
  }
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const nlp = await resolveTagger({ config: config.nlp, log: (m) => log.info(m), warn: (m) => log.warn(m) });
  const extractor = createExtractor({ tag: nlp?.tagSentences ?? null });
  const command = watch ? "npm run load --watch" : "npm run load";
  const graph = await openGraph({ config, log, command }).catch(async (e: unknown) => {
    await nlp?.stop();
    throw e;
  });
  if (watch) {
    try {
      return await watchMain({ dir: inputs[0] ?? "", graph, config, log, extractor, batchSize });
    } finally {
      await nlp?.stop();
    }
  }
  const progress = createProgress("Loading");
  try {
    const summary = await loadPaths(inputs, {
      extract: extractor.file,
      write: (batch) => writeArticles(graph.db, batch),
      maxFileBytes: config.maxArticleBytes,
      batchSize,
      onProgress: ({ done, total, file }) => progress.update(done, total, file),
    });
    progress.done();
    process.stdout.write(`${formatSummary(summary)}\n`);
    return summary.failed.length ? 1 : 0;
  } finally {
    await graph.close();
    await nlp?.stop();
  }
}

/** Watches a folder until SIGINT/SIGTERM; one line per batch on stdout. */
async function watchMain(options: {
  dir: string;
  graph: OpenGraph;
  config: AppConfig;
  log: Logger;
  extractor: Extractor;
  batchSize: number;
}): Promise<number> {
  const { dir, config, log, extractor } = options;
  let graph = options.graph;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`Watching ${dir} (Neo4j: ${graph.mode} ${graph.uri}); Ctrl-C to stop`);
  const watcher = watchFolder({
    dir,
    loader: {
      extract: extractor.file,
      write: (batch) => writeArticles(graph.db, batch),
      maxFileBytes: config.maxArticleBytes,
      batchSize: options.batchSize,
    },
    deleteArticles: async (ids) => {
      await deleteArticles(graph.db, ids);
    },
    print,
    reconnect: async () => {
      // The service whose Neo4j we share was restarted: its new server listens elsewhere (its record says where).
      // NEO4J_URI servers keep their address (the driver reconnects by itself); a server of our own is our child.
      if (graph.mode !== "shared") return;
      try {
        const next = await openGraph({ config, log, command: "npm run load --watch", whenRunning: "require" });
        const old = graph;
        graph = next;
        await old.close().catch(() => {});
      } catch (e) {
        log.debug(`not reconnected yet: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  });
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  print("Stopping: finishing the batch in progress…");
  await watcher.stop();
  await graph.close();
  print("Stopped.");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
