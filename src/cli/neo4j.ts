/**
 * `npm run neo4j`: the project's Neo4j on its own, for other tools (cypher-shell, a notebook). When a command of ours
 * already runs the local Neo4j of the data folder (npm start …), it says where that one listens and exits; otherwise
 * it starts it (found the same way as for npm start) and keeps it until Ctrl-C; meanwhile `npm run load` and other
 * commands use it (npm start, the service of its folder, waits for it to stop).
 */
import path from "node:path";
import { loadConfig } from "../config.js";
import { openGraph } from "../graph/open-graph.js";
import { createLogger } from "../log.js";

async function main(): Promise<number> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const graph = await openGraph({ config, log, command: "npm run neo4j" });
  const how =
    graph.mode === "local" || graph.mode === "shared"
      ? `user neo4j, password in ${path.relative(process.cwd(), path.join(config.localDataDir, ".password"))}`
      : "the credentials of NEO4J_USERNAME / NEO4J_PASSWORD";
  process.stdout.write(`Neo4j (${graph.mode}) at ${graph.uri}: ${how}\n`);
  if (graph.mode !== "local" && graph.mode !== "testcontainers") {
    // Someone else runs it: nothing of ours to keep alive.
    await graph.close();
    return 0;
  }
  process.stdout.write("Ctrl-C stops it.\n");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await graph.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
