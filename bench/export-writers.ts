/**
 * `npm run bench:export [-- --edges 1000000]`: the export writers on a synthetic graph of a million relation edges,
 * fed page by page as the whole-graph export feeds them (1,000 actors per page), into a sink that only counts bytes.
 * It measures time, output size and the peak heap, which must stay flat (one page at a time) however big the graph.
 * No database: the Neo4j side (keyset pages) is exercised by the integration tests.
 */
import { writeExport, EXPORT_FILES, type ExportFile, type ExportSource } from "../src/api/export/formats.js";
import type { ExportEdgeRecord, ExportNodeRecord } from "../src/graph/export-queries.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const EDGES = arg("edges", 1_000_000);
const PER_ACTOR = 10;
const ACTORS = Math.ceil(EDGES / PER_ACTOR);
const PAGE = 1_000;
const TYPES = ["MET", "CONDEMNED", "SUPPORTED", "ACCUSED"] as const;

function actor(i: number): ExportNodeRecord {
  return { id: `actor:${i}`, name: `Actor ${i}`, nameAr: `الفاعل ${i}`, kind: "PERSON", degree: PER_ACTOR * 2 };
}

const source: ExportSource = {
  async *nodes() {
    for (let start = 0; start < ACTORS; start += PAGE) {
      yield Array.from({ length: Math.min(PAGE, ACTORS - start) }, (_, k) => actor(start + k));
    }
  },
  async *edges() {
    for (let start = 0; start < ACTORS; start += PAGE) {
      const page: ExportEdgeRecord[] = [];
      for (let i = start; i < Math.min(start + PAGE, ACTORS); i++) {
        for (let k = 1; k <= PER_ACTOR; k++) {
          const type = TYPES[k % TYPES.length]!;
          const target = (i + k * 7919) % ACTORS;
          page.push({
            id: `${type}:actor:${i}->actor:${target}:${k}`,
            type,
            source: `actor:${i}`,
            target: `actor:${target}`,
            weight: k,
            firstDate: "2023-10-01",
            lastDate: "2023-10-27",
            plover: ["CONSULT"],
            cameo: ["040", "043"],
          });
        }
      }
      yield page;
    }
  },
};

async function run(file: ExportFile): Promise<void> {
  global.gc?.();
  let bytes = 0;
  let peak = process.memoryUsage().heapUsed;
  const started = Date.now();
  await writeExport({
    file,
    source,
    description: "bench",
    emit: async (chunk) => {
      bytes += Buffer.byteLength(chunk);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  const s = (Date.now() - started) / 1000;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(`| ${file} | ${EDGES} | ${s.toFixed(1)} s | ${mb(bytes)} MB | ${mb(peak)} MB |`);
}

console.log(`| file | edges | time | output | peak heap |\n| --- | --- | --- | --- | --- |`);
for (const file of Object.keys(EXPORT_FILES) as ExportFile[]) await run(file);
