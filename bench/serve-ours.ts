/**
 * Our API alone in a process, for the scale benchmark (so that its RSS and CPU are its own): connects to NEO4J_URI,
 * serves GraphQL on a free loopback port with the production defaults (BENCH_ADMISSION overrides the admission
 * queue's), and prints "LISTENING <url>".
 */
import fs from "node:fs";
import type { AdmissionLimits } from "../src/api/admission.js";
import { startServer } from "../src/api/server.js";
import { loadConfig } from "../src/config.js";
import { GraphDb } from "../src/graph/db.js";
import { createLogger, type Logger } from "../src/log.js";
import { logGcPauses } from "./gc-log.js";

/**
 * The logger: errors only on stderr (the bench's output), and with BENCH_REFUSALS_LOG=FILE the warnings (the
 * admission queue's refusals, with their reason and the delay then) as JSON lines in FILE, to tell refusals at arrival
 * from refusals in line.
 */
function benchLogger(): Logger {
  const quiet = createLogger({ level: "error" });
  const file = process.env.BENCH_REFUSALS_LOG;
  if (!file) return quiet;
  const fd = fs.openSync(file, "a");
  const line = (level: string, message: string, fields?: Record<string, unknown>) =>
    fs.writeSync(fd, `${JSON.stringify({ t: Date.now(), level, message, ...fields })}\n`);
  return { ...quiet, warn: (m, f) => line("warn", m, f) };
}

logGcPauses(process.env.BENCH_SERVER_LABEL ?? "ours");
const config = loadConfig();
const db = await GraphDb.connect({
  uri: config.neo4j.uri ?? "bolt://127.0.0.1:7687",
  username: config.neo4j.username,
  password: config.neo4j.password ?? "",
  database: config.neo4j.database,
});
const api = await startServer({
  db,
  config: { ...config, host: "127.0.0.1", port: 0, apiKey: undefined, playground: false, introspection: false },
  log: benchLogger(),
  // BENCH_ADMISSION='{"queueTimeoutMs":8000}': other bounds of the admission queue, to measure them against the defaults.
  admission: process.env.BENCH_ADMISSION
    ? (JSON.parse(process.env.BENCH_ADMISSION) as Partial<AdmissionLimits>)
    : undefined,
});
process.stdout.write(`LISTENING ${api.url}\n`);
// A clean exit on a signal (the bench stops it with SIGTERM; node --cpu-prof writes its profile only on exit).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void api
      .stop()
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}
