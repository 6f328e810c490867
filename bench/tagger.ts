/**
 * `npm run bench:tagger -- FILE|DIR... [--heap 256m] [--passes 3]`: the Arabic tagger service as the extractor uses
 * it. Starts the local tagger (or uses NLP_URL), then tags each file's tagging request (prepareArticles →
 * taggingRequest: the words the extractor really sends, one request batch per file) through the HTTP client, and
 * reports start-up time, tokens/s per pass and the JVM's memory. Figures go to stdout; nothing here is a test.
 */
import fs from "node:fs";
import { loadConfig } from "../src/config.js";
import { prepareArticles, taggingRequest } from "../src/extract/index.js";
import { collectFiles } from "../src/ingest/loader.js";
import { readExtractionData } from "../src/ingest/read-data.js";
import { startLocalTagger } from "../src/nlp/local-tagger.js";
import { createTaggerClient } from "../src/nlp/tagger-client.js";

const USAGE = "usage: npm run bench:tagger -- FILE|DIR... [--heap 256m] [--passes 3]";
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Resident set size now and at its peak (kB → MB) of a local process, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<void> {
  let heap = "256m";
  let passes = 3;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--heap") heap = argv[++i] ?? heap;
    else if (arg === "--passes") passes = Math.max(1, Number(argv[++i]));
    else if (arg === "-h" || arg === "--help") {
      say(USAGE);
      return;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) throw new Error(USAGE);
  const data = readExtractionData();
  const requests = collectFiles(inputs).files.map((file) =>
    taggingRequest(prepareArticles({ fileName: file, bytes: new Uint8Array(fs.readFileSync(file)), ...data })),
  );
  const tokens = requests.flat(2).length;
  const sentences = requests.reduce((n, r) => n + r.length, 0);
  say(`${requests.length} file(s), ${sentences} sentences, ${tokens} tokens to tag`);

  const config = loadConfig().nlp;
  const t0 = performance.now();
  const local = config.url ? null : await startLocalTagger({ cacheDir: config.cacheDir, heap });
  const url = config.url ?? local?.url ?? "";
  if (local) say(`local tagger (-Xmx${heap}) ready in ${((performance.now() - t0) / 1000).toFixed(2)} s at ${url}`);
  else say(`tagger at ${url} (NLP_URL)`);
  try {
    const tag = createTaggerClient({ url });
    for (let pass = 1; pass <= passes; pass++) {
      const start = performance.now();
      for (const words of requests) await tag(words);
      const seconds = (performance.now() - start) / 1000;
      say(
        `pass ${pass}: ${seconds.toFixed(2)} s, ${Math.round(tokens / seconds)} tokens/s, ` +
          `${(requests.length / seconds).toFixed(1)} files/s`,
      );
    }
    const memory = local ? memoryOf(local.pid) : null;
    if (memory) say(`JVM resident memory: ${memory.rssMb} MB now, ${memory.peakMb} MB at peak`);
  } finally {
    await local?.stop();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
