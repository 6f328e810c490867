/**
 * npm run --silent score -- --gold GOLD.json DIR|FILE... [--scorer score.mjs] [--no-tagger]
 * Extracts the gold file's articles (from the folders and files given: a folder contributes only the files named by
 * the gold file), scores the relations with the maintainers' scorer (default ../shared/gold/score.mjs) and prints its
 * per-article detail, then precision, recall and F1 per relation type. Touches no database.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { createExtractor } from "../ingest/pipeline.js";
import { readExtractionData } from "../ingest/read-data.js";
import { cliTagger } from "./cli-tagger.js";
import { corpusFiles } from "./corpus-files.js";
import { relationLine, type Lookup } from "./relation-line.js";

const USAGE = "usage: npm run --silent score -- --gold GOLD.json DIR|FILE... [--scorer score.mjs] [--no-tagger]";

/** Per relation type: found (required and matched), missed, and wrong (unmatched positive claims), from the scorer's lines. */
export function perType(scorerOutput: string): Map<string, { found: number; missed: number; wrong: number }> {
  const table = new Map<string, { found: number; missed: number; wrong: number }>();
  const row = (t: string) => {
    let r = table.get(t);
    if (!r) table.set(t, (r = { found: 0, missed: 0, wrong: 0 }));
    return r;
  };
  for (const line of scorerOutput.split("\n")) {
    const m = /^\s+(found|MISSED|WRONG)\s+(.*)$/.exec(line);
    if (!m) continue;
    const type = (m[2] ?? "").split("«")[0]?.match(/\b([A-Z]{2,}(?:\|[A-Z]{2,})*)\b/)?.[1];
    if (!type) continue;
    const r = row(type.split("|")[0] ?? type);
    if (m[1] === "found") r.found++;
    else if (m[1] === "MISSED") r.missed++;
    else r.wrong++;
  }
  return table;
}

async function main(argv: string[]): Promise<number> {
  let gold = "";
  let scorer = path.resolve(PROJECT_ROOT, "../shared/gold/score.mjs");
  let tagger = true;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--gold") gold = path.resolve(argv[++i] ?? "");
    else if (a === "--scorer") scorer = path.resolve(argv[++i] ?? "");
    else if (a === "--no-tagger") tagger = false;
    else inputs.push(a);
  }
  if (!gold || inputs.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!existsSync(scorer)) {
    process.stderr.write(`score: no scorer at ${scorer} (give --scorer PATH)\n`);
    return 2;
  }
  const keys = new Set(Object.keys((JSON.parse(readFileSync(gold, "utf8")) as { articles: object }).articles));
  const stem = (f: string) => path.basename(f).replace(/\.[^.]*$/, "");
  // A file named on the command line is scored whatever its name; a folder gives only the gold file's articles.
  const explicit = new Set(inputs.filter((a) => existsSync(a) && statSync(a).isFile()));
  const files = corpusFiles(inputs).filter((f) => explicit.has(f) || keys.has(stem(f)));
  const say = (m: string) => process.stderr.write(`score: ${m}\n`);
  const data = readExtractionData();
  const entries = new Map(data.dictionary.actors.map((a) => [a.id, a]));
  const lookup: Lookup = (id) => entries.get(id);
  const nlp = await cliTagger({ tagger, say });
  const work = mkdtempSync(path.join(os.tmpdir(), "score-"));
  try {
    const extractor = createExtractor({ tag: nlp?.tagSentences ?? null, data });
    const lines: string[] = [];
    for (const file of files) {
      copyFileSync(file, path.join(work, path.basename(file)));
      for (const x of await extractor.file({ fileName: file, bytes: new Uint8Array(readFileSync(file)) }))
        for (const r of x.relations) lines.push(JSON.stringify(relationLine(x, r, lookup)));
    }
    const jsonl = path.join(os.tmpdir(), `score-${process.pid}.jsonl`);
    writeFileSync(jsonl, lines.join("\n") + "\n");
    const run = spawnSync(process.execPath, [scorer, gold, jsonl, "--texts", work], { encoding: "utf8" });
    rmSync(jsonl, { force: true });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      return 1;
    }
    process.stdout.write(run.stdout);
    process.stdout.write(
      `\n${files.length} articles, ${lines.length} relations\ntype         found missed wrong   P     R     F1\n`,
    );
    for (const [type, r] of [...perType(run.stdout)].sort()) {
      const p = r.found + r.wrong ? r.found / (r.found + r.wrong) : 0;
      const rc = r.found + r.missed ? r.found / (r.found + r.missed) : 0;
      const f = p + rc ? (2 * p * rc) / (p + rc) : 0;
      process.stdout.write(
        `${type.padEnd(12)} ${String(r.found).padStart(5)} ${String(r.missed).padStart(6)} ${String(r.wrong).padStart(5)}   ${p.toFixed(2)}  ${rc.toFixed(2)}  ${f.toFixed(2)}\n`,
      );
    }
    process.stdout.write(`${run.stdout.trim().split("\n").pop() ?? ""}\n`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
    await nlp?.stop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  process.exitCode = await main(process.argv.slice(2));
}
