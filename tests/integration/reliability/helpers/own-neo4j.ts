/**
 * A Neo4j of our own for fault tests, separate from the shared test server: fixed data folder and Bolt port, so that
 * stopping and starting it again is a database restart as clients see it (same URI, same data, same password).
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { loadConfig } from "../../../../src/config.js";
import { applySchema } from "../../../../src/graph/apply-schema.js";
import { GraphDb } from "../../../../src/graph/db.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../../src/graph/local-neo4j.js";

export interface OwnNeo4j {
  uri: string;
  username: string;
  password: string;
  /** True while the JVM is running. */
  readonly running: boolean;
  /** Graceful stop (SIGTERM): Neo4j shuts down and rolls back open transactions. */
  stop(): Promise<void>;
  /** Hard crash (SIGKILL of the JVM we started): nothing is flushed, recovery happens at the next start. */
  crash(): Promise<void>;
  /** Starts the same database again on the same port. */
  start(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose(): Promise<void>;
}

/** Asks the OS for a free loopback port (the server is then started on it, and restarted on it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a private Neo4j under .cache/neo4j/reliability-*, with the project schema applied. */
export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const cacheDir = loadConfig().cacheDir;
  fs.mkdirSync(cacheDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(cacheDir, "reliability-"));
  const port = await freePort();
  const launch = () => startLocalNeo4j({ cacheDir, dataDir, port, heap: "512m", pageCache: "64m" });
  let server: LocalNeo4j | undefined = await launch();
  const first = server;
  const db = await GraphDb.connect(first);
  try {
    await applySchema(db);
  } finally {
    await db.close();
  }
  return {
    uri: first.uri,
    username: first.username,
    password: first.password,
    get running() {
      return server !== undefined;
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async crash() {
      if (!server) return;
      // Our own child JVM, by pid: the closest thing to a power cut a test can do.
      process.kill(server.pid, "SIGKILL");
      await server.stop();
      server = undefined;
    },
    async start() {
      // Same data folder and port: the password kept beside the data is the one clients already have.
      if (!server) server = await launch();
    },
    async dispose() {
      await server?.stop();
      server = undefined;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
