/**
 * `npm run load -- FILE|DIR...`: extracts articles and writes them to Neo4j (idempotent, batched), with a progress
 * bar and a summary. Exit code 1 when any file failed; rerunning completes what was not written.
 */
import { loadConfig } from "../config.js";
import { openGraph } from "../graph/open-graph.js";
import { writeArticles } from "../graph/write-articles.js";
import { formatSummary, loadPaths } from "../ingest/loader.js";
import { createExtractor } from "../ingest/pipeline.js";
import { createLogger } from "../log.js";
import { resolveTagger } from "../nlp/resolve-nlp.js";
import { createProgress } from "./progress.js";

const USAGE = "usage: npm run load -- FILE|DIR... [--batch-size N]";

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let batchSize = 25;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--batch-size") {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer`);
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else inputs.push(arg);
  }
  if (!inputs.length) throw new Error(USAGE);
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const nlp = await resolveTagger({ config: config.nlp, log: (m) => log.info(m), warn: (m) => log.warn(m) });
  const extractor = createExtractor({ tag: nlp?.tagSentences ?? null });
  const graph = await openGraph({ config, log }).catch(async (e: unknown) => {
    await nlp?.stop();
    throw e;
  });
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
