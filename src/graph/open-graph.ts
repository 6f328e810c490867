/**
 * Opens the graph for a process: finds or starts Neo4j (resolve-neo4j.ts), connects, applies the schema. Used by
 * `npm start` and `npm run load`; `close()` releases the driver and stops what was started.
 */
import type { AppConfig } from "../config.js";
import type { Logger } from "../log.js";
import { applySchema } from "./apply-schema.js";
import { bringUpToDate } from "./backfill.js";
import { GraphDb } from "./db.js";
import { resolveNeo4j, type Neo4jMode } from "./resolve-neo4j.js";

export interface OpenGraph {
  db: GraphDb;
  mode: Neo4jMode;
  uri: string;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  config: AppConfig;
  log: Logger;
  /** Who opens it, for the runtime record another command reads ("npm start", "npm run load" …). */
  command?: string;
  /**
   * The running local Neo4j of the data folder (another command's): "use" it (default), "refuse" it (npm start is the
   * service of its folder: it stops with one line naming that process), or "require" it (a watcher reconnecting to a
   * service that restarted: it must not start a server of its own).
   */
  whenRunning?: "use" | "refuse" | "require";
}

/** Finds or starts Neo4j, connects and applies constraints and indexes. */
export async function openGraph(options: OpenGraphOptions): Promise<OpenGraph> {
  const { config, log } = options;
  const server = await resolveNeo4j({
    config: config.neo4j,
    cacheDir: config.cacheDir,
    // npm start keeps its local database between runs; tests use temporary ones.
    localDataDir: config.localDataDir,
    skipDocker: process.env.NEO4J_SKIP_DOCKER === "true",
    log: (m) => log.info(m),
    debug: (m) => log.debug(m),
    whenRunning: options.whenRunning,
    command: options.command,
  });
  try {
    const db = await GraphDb.connect({
      uri: server.uri,
      username: server.username,
      password: server.password,
      database: server.database,
    });
    await applySchema(db);
    const backfilled = await bringUpToDate(db);
    if (backfilled && (backfilled.pageKeys > 0 || backfilled.pairs > 0 || backfilled.summarised > 0)) {
      log.info(
        `Graph brought up to date: ${backfilled.pageKeys} event page keys, ${backfilled.pairs} actor pairs re-derived, ${backfilled.summarised} ranking pairs summarised`,
      );
    }
    return {
      db,
      mode: server.mode,
      uri: server.uri,
      close: async () => {
        await db.close();
        await server.stop();
      },
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}
