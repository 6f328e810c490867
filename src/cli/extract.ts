/**
 * npm run --silent extract -- FILE... [--format jsonl|table] [--no-tagger]
 * Prints one line per relation (all of them: negated and non-asserted included) on stdout, and nothing else there:
 * progress and warnings go to stderr. Touches no database; uses the Arabic tagger (NLP_URL or a local one, started
 * once for all files) unless --no-tagger or NLP_DISABLED=true says otherwise.
 * A file that cannot be read, decoded or tagged is reported on stderr and skipped; the exit code is then 1.
 */
import { readFileSync } from "node:fs";
import type { ArticleExtraction, Relation } from "../extract/types.js";
import { createExtractor } from "../ingest/pipeline.js";
import { readExtractionData } from "../ingest/read-data.js";
import { cliTagger } from "./cli-tagger.js";
import { relationLine, type Lookup } from "./relation-line.js";

const USAGE = "usage: npm run --silent extract -- FILE... [--format jsonl|table] [--no-tagger]";

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? `${[...s].slice(0, n - 1).join("")}…` : s + " ".repeat(n - len);
}

function tableRow(x: ArticleExtraction, r: Relation): string {
  const flags = `${r.negated ? "NOT " : ""}${r.modality}`;
  return [
    pad(x.article.id, 24),
    pad(r.subject.name, 28),
    pad(r.type + (r.mode ? `/${r.mode}` : ""), 20),
    pad(r.object.name, 28),
    pad(flags, 16),
    pad(r.date ?? "-", 11),
    pad(r.trigger, 14),
    r.sentence.length > 90 ? `${r.sentence.slice(0, 89)}…` : r.sentence,
  ].join(" ");
}

async function main(argv: string[]): Promise<number> {
  let format: "jsonl" | "table" = "jsonl";
  let tagger = true;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--format") {
      const f = argv[++i];
      if (f !== "jsonl" && f !== "table") {
        process.stderr.write(`extract: --format must be jsonl or table, not '${f ?? ""}'\n`);
        return 2;
      }
      format = f;
    } else if (a.startsWith("--format=")) {
      const f = a.slice("--format=".length);
      if (f !== "jsonl" && f !== "table") {
        process.stderr.write(`extract: --format must be jsonl or table, not '${f}'\n`);
        return 2;
      }
      format = f;
    } else if (a === "--no-tagger") {
      tagger = false;
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const data = readExtractionData();
  const entries = new Map(data.dictionary.actors.map((a) => [a.id, a]));
  const lookup: Lookup = (id) => entries.get(id);
  const say = (m: string) => process.stderr.write(`extract: ${m}\n`);
  const nlp = await cliTagger({ tagger, say });
  try {
    const extractor = createExtractor({ tag: nlp?.tagSentences ?? null, data });
    let failed = 0;
    if (format === "table") {
      process.stdout.write(
        `${[pad("article", 24), pad("subject", 28), pad("predicate", 20), pad("object", 28), pad("flags", 16), pad("date", 11), pad("trigger", 14), "sentence"].join(" ")}\n`,
      );
    }
    // A few files in flight: while this process extracts one file, the tagger (another process, another core)
    // tags the next. Output stays in the order of the files.
    const extractOne = async (
      file: string,
    ): Promise<{ file: string; results?: ArticleExtraction[]; error?: string }> => {
      try {
        const bytes = readFileSync(file);
        return { file, results: await extractor.file({ fileName: file, bytes: new Uint8Array(bytes) }) };
      } catch (e) {
        return { file, error: e instanceof Error ? e.message : String(e) };
      }
    };
    const window: Promise<{ file: string; results?: ArticleExtraction[]; error?: string }>[] = [];
    let next = 0;
    const refill = () => {
      while (next < files.length && window.length < (nlp ? 3 : 1)) window.push(extractOne(files[next++] ?? ""));
    };
    refill();
    for (let outcome = await window.shift(); outcome; outcome = await window.shift()) {
      refill();
      const { file, results, error } = outcome;
      if (!results) {
        failed++;
        say(`${file}: ${error ?? "failed"}`);
        continue;
      }
      for (const x of results) {
        for (const w of x.warnings) say(`${file} (${x.article.id}): warning: ${w}`);
        for (const r of x.relations) {
          process.stdout.write(
            format === "jsonl" ? `${JSON.stringify(relationLine(x, r, lookup))}\n` : `${tableRow(x, r)}\n`,
          );
        }
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await nlp?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`extract: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
