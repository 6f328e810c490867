/**
 * npm run mine-gazetteer -- DIR|FILE... [--out FILE] [--min-articles N] [--no-tagger]
 * Runs extraction (with the Arabic tagger) over a corpus and writes the actors it discovered outside the dictionary,
 * ranked by the number of articles naming them, with the titles seen and a suggested id and English name: the
 * candidates a reviewer turns into data/actors entries. Touches no database; writes only --out (default
 * .cache/gazetteer-candidates.yaml), never the corpus text itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { PROJECT_ROOT } from "../config.js";
import { collectCandidates } from "../extract/gazetteer.js";
import type { ArticleExtraction } from "../extract/types.js";
import { createExtractor } from "../ingest/pipeline.js";
import { readExtractionData } from "../ingest/read-data.js";
import { cliTagger } from "./cli-tagger.js";
import { corpusFiles } from "./corpus-files.js";

const USAGE = "usage: npm run mine-gazetteer -- DIR|FILE... [--out FILE] [--min-articles N] [--no-tagger]";

async function main(argv: string[]): Promise<number> {
  let out = path.join(PROJECT_ROOT, ".cache", "gazetteer-candidates.yaml");
  let minArticles = 2;
  let tagger = true;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--out") out = path.resolve(argv[++i] ?? "");
    else if (a === "--min-articles") minArticles = Number(argv[++i]);
    else if (a === "--no-tagger") tagger = false;
    else if (a === "-h" || a === "--help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else inputs.push(a);
  }
  if (inputs.length === 0 || !Number.isInteger(minArticles) || minArticles < 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const say = (m: string) => process.stderr.write(`mine-gazetteer: ${m}\n`);
  const files = corpusFiles(inputs);
  const nlp = await cliTagger({ tagger, say });
  try {
    const extractor = createExtractor({ tag: nlp?.tagSentences ?? null, data: readExtractionData() });
    const extractions: ArticleExtraction[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        extractions.push(...(await extractor.file({ fileName: file, bytes: new Uint8Array(readFileSync(file)) })));
      } catch (e) {
        failed++;
        say(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const candidates = collectCandidates({ extractions, minArticles });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, stringify(candidates));
    say(`${files.length - failed} files, ${candidates.length} candidates named in ≥ ${minArticles} articles → ${out}`);
    return failed > 0 ? 1 : 0;
  } finally {
    await nlp?.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
