/**
 * Composition root of `npm start`: find or start the Arabic tagger and Neo4j, load the sample articles, serve GraphQL.
 * Nothing else wires layers together; every dependency is created here and passed down.
 */
import { startServer } from "./api/server.js";
import { loadConfig } from "./config.js";
import { openGraph } from "./graph/open-graph.js";
import { writeArticles } from "./graph/write-articles.js";
import { formatSummary, loadPaths } from "./ingest/loader.js";
import { createExtractor } from "./ingest/pipeline.js";
import { createLogger } from "./log.js";
import { resolveTagger } from "./nlp/resolve-nlp.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  // The database first: a data folder already in use is refused in one line before anything else starts.
  const graph = await openGraph({ config, log, command: "npm start", whenRunning: "refuse" });
  const nlp = await resolveTagger({
    config: config.nlp,
    log: (m) => log.info(m),
    warn: (m) => log.warn(m),
  }).catch(async (e: unknown) => {
    await graph.close();
    throw e;
  });
  let stopping = false;
  let stopServer: () => Promise<void> = async () => {};
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    await stopServer().catch(() => {});
    await graph.close().catch(() => {});
    await nlp?.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const extractor = createExtractor({ tag: nlp?.tagSentences ?? null });
  const write = (batch: Parameters<typeof writeArticles>[1]) => writeArticles(graph.db, batch);
  log.info(`Loading sample articles from ${config.articlesDir}…`);
  const summary = await loadPaths([config.articlesDir], {
    extract: extractor.file,
    write,
    maxFileBytes: config.maxArticleBytes,
  });
  log.info(formatSummary(summary));

  const server = await startServer({
    db: graph.db,
    config,
    log,
    ingest: async (input) => {
      const items = await extractor.text(input);
      await write(items);
      return { articleIds: items.map((i) => i.article.id) };
    },
  });
  stopServer = server.stop;
  log.info(
    `GraphQL server ready at ${server.url} (Neo4j: ${graph.mode} ${graph.uri}; tagger: ${nlp ? `${nlp.mode} ${nlp.url}` : "off"}); Ctrl-C to stop`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
