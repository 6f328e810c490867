// Helper process for local-tagger.test.ts: starts a local tagger, prints the JVM's pid and URL, idles until killed.
import { loadConfig } from "../../../src/config.js";
import { startLocalTagger } from "../../../src/nlp/local-tagger.js";

const server = await startLocalTagger({ cacheDir: loadConfig().nlp.cacheDir });
process.stdout.write(`JVM_PID ${server.pid} URL ${server.url}\n`);
setInterval(() => {}, 1 << 30);
