// Helper process for local-neo4j-lifetime.test.ts: starts a local Neo4j, prints the JVM's pid, then idles until killed.
import { loadConfig } from "../../../src/config.js";
import { startLocalNeo4j } from "../../../src/graph/local-neo4j.js";

const server = await startLocalNeo4j({ cacheDir: loadConfig().cacheDir, heap: "512m", pageCache: "64m" });
process.stdout.write(`JVM_PID ${server.pid} DATA_DIR ${server.dataDir}\n`);
setInterval(() => {}, 1 << 30);
