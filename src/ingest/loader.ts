/**
 * The loader: files → extraction → graph, in batches. Each file either loads completely or is reported with a
 * specific reason; nothing is dropped silently. A batch of articles is written in one transaction, so a database
 * failure leaves no half-written article, and a rerun (writes are idempotent) completes what was not written.
 */
import fs from "node:fs";
import path from "node:path";
import type { ArticleExtraction } from "../extract/types.js";

/** Extensions read as articles when a directory is walked; others are reported as skipped. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm"]);

export interface LoadFailure {
  file: string;
  /** Article ids that were extracted but not written (empty when the file itself failed). */
  articleIds: string[];
  stage: "read" | "extract" | "write";
  message: string;
  /** The database could not be reached: the file is fine, a later try will write it. */
  unavailable?: boolean;
}

export interface LoadSummary {
  files: number;
  articles: number;
  relations: number;
  events: number;
  /** Articles that were extracted with no actor relation at all (loaded, not an error). */
  articlesWithoutRelations: number;
  skipped: { file: string; reason: string }[];
  failed: LoadFailure[];
  warnings: { file: string; message: string }[];
}

export interface LoaderDeps {
  /** Extraction of one file's bytes (may yield several articles, e.g. a "read also" story); may ask the tagger. */
  extract: (input: { fileName: string; bytes: Uint8Array }) => ArticleExtraction[] | Promise<ArticleExtraction[]>;
  /** Writes a batch of articles in one transaction. */
  write: (batch: ArticleExtraction[]) => Promise<unknown>;
  maxFileBytes: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Retries of a failed batch write (after the driver's own retries), with exponential backoff. */
  retries?: number;
  backoffMs?: number;
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
  /** Called for every file whose articles are all written (the watcher remembers them to remove them later). */
  onWritten?: (file: string, articleIds: string[]) => void;
}

/** Expands files and directories (recursively, sorted) into the list of article files and the skipped ones. */
export function collectFiles(inputs: string[]): { files: string[]; skipped: { file: string; reason: string }[] } {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const walk = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      skipped.push({ file: p, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) {
        if (entry.startsWith(".")) continue;
        walk(path.join(p, entry), false);
      }
    } else if (!stat.isFile()) {
      skipped.push({ file: p, reason: "not a regular file" });
    } else if (explicit || ARTICLE_EXTENSIONS.has(path.extname(p).toLowerCase())) {
      files.push(p);
    } else {
      skipped.push({ file: p, reason: `extension "${path.extname(p)}" is not an article type` });
    }
  };
  for (const input of inputs) walk(input, true);
  return { files, skipped };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads files and directories into the graph and returns what happened to every file. */
export async function loadPaths(inputs: string[], deps: LoaderDeps): Promise<LoadSummary> {
  const { files, skipped } = collectFiles(inputs);
  const summary: LoadSummary = {
    files: files.length,
    articles: 0,
    relations: 0,
    events: 0,
    articlesWithoutRelations: 0,
    skipped,
    failed: [],
    warnings: [],
  };
  const batchSize = deps.batchSize ?? 25;
  let batch: { file: string; items: ArticleExtraction[] }[] = [];
  let downReason: string | null = null;

  const written = (b: { file: string; items: ArticleExtraction[] }) =>
    deps.onWritten?.(
      b.file,
      b.items.map((i) => i.article.id),
    );
  const fail = (b: { file: string; items: ArticleExtraction[] }, message: string, unavailable = false) =>
    summary.failed.push({
      file: b.file,
      articleIds: b.items.map((i) => i.article.id),
      stage: "write",
      message,
      ...(unavailable ? { unavailable } : {}),
    });

  const flush = async () => {
    if (!batch.length) return;
    const count = (items: ArticleExtraction[]) => {
      for (const item of items) {
        summary.articles++;
        summary.relations += item.relations.length;
        summary.events += item.events.length;
        if (item.relations.length === 0) summary.articlesWithoutRelations++;
      }
    };
    // Once the database is known to be down (after the retries), later batches are not sent: each would wait for
    // the driver's own retry window, file by file, for nothing. They are reported, and a rerun completes them.
    if (downReason) {
      for (const b of batch) fail(b, `not attempted: ${downReason}`, true);
      batch = [];
      return;
    }
    const error = await writeWithRetry(
      batch.flatMap((b) => b.items),
      deps,
    );
    if (!error) {
      count(batch.flatMap((b) => b.items));
      for (const b of batch) written(b);
    } else if (error.unavailable) {
      downReason = error.message;
      for (const b of batch) fail(b, error.message, true);
    } else if (batch.length === 1) fail(batch[0]!, error.message);
    else {
      // One bad article must not sink its batch: write file by file to isolate it.
      for (const b of batch) {
        if (downReason) {
          fail(b, `not attempted: ${downReason}`, true);
          continue;
        }
        const own = await writeWithRetry(b.items, { ...deps, retries: 0 });
        if (!own) {
          count(b.items);
          written(b);
        } else {
          if (own.unavailable) downReason = own.message;
          fail(b, own.message, own.unavailable);
        }
      }
    }
    batch = [];
  };

  for (const [i, file] of files.entries()) {
    deps.onProgress?.({ done: i, total: files.length, file });
    let bytes: Uint8Array;
    try {
      const size = fs.statSync(file).size;
      if (size > deps.maxFileBytes) {
        summary.failed.push({
          file,
          articleIds: [],
          stage: "read",
          message: `file is ${size} bytes, over the limit of ${deps.maxFileBytes} (MAX_ARTICLE_BYTES)`,
        });
        continue;
      }
      bytes = fs.readFileSync(file);
    } catch (e) {
      summary.failed.push({ file, articleIds: [], stage: "read", message: errorMessage(e) });
      continue;
    }
    // An empty or whitespace-only file would become an Article with no text: a failure to report, not a node.
    const blank = blankReason(bytes);
    if (blank) {
      summary.failed.push({ file, articleIds: [], stage: "read", message: blank });
      continue;
    }
    let items: ArticleExtraction[];
    try {
      items = await deps.extract({ fileName: file, bytes });
    } catch (e) {
      summary.failed.push({ file, articleIds: [], stage: "extract", message: errorMessage(e) });
      continue;
    }
    for (const item of items) for (const w of item.warnings) summary.warnings.push({ file, message: w });
    batch.push({ file, items });
    if (batch.reduce((n, b) => n + b.items.length, 0) >= batchSize) await flush();
  }
  await flush();
  deps.onProgress?.({ done: files.length, total: files.length, file: "" });
  return summary;
}

interface WriteError {
  message: string;
  /** The database could not be reached (as opposed to a batch the database refused). */
  unavailable: boolean;
}

async function writeWithRetry(items: ArticleExtraction[], deps: LoaderDeps): Promise<WriteError | null> {
  const retries = deps.retries ?? 3;
  let last: WriteError = { message: "", unavailable: false };
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      await deps.write(items);
      return null;
    } catch (e) {
      // By name, so that the loader does not depend on the graph layer (src/graph/db.ts throws it).
      last = { message: errorMessage(e), unavailable: e instanceof Error && e.name === "DatabaseUnavailableError" };
      if (attempt < retries) await sleep((deps.backoffMs ?? 500) * 2 ** attempt);
    }
  }
  return last;
}

/** Why a file has no article text at all (empty, or only whitespace after an optional UTF-8 BOM), or null. */
function blankReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "empty file: no article text";
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return null;
  }
  return "file contains only whitespace: no article text";
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Human-readable closing summary (also used by `npm start`). */
export function formatSummary(s: LoadSummary): string {
  const lines = [
    `Loaded ${s.articles} article(s) from ${s.files} file(s): ${s.events} event(s), ${s.relations} relation mention(s)` +
      (s.articlesWithoutRelations ? `; ${s.articlesWithoutRelations} article(s) had no relation` : ""),
  ];
  for (const k of s.skipped) lines.push(`  skipped ${k.file}: ${k.reason}`);
  for (const w of s.warnings) lines.push(`  warning ${w.file}: ${w.message}`);
  for (const f of s.failed) {
    const ids = f.articleIds.length ? ` (articles not written: ${f.articleIds.join(", ")})` : "";
    lines.push(`  FAILED ${f.file} [${f.stage}]: ${f.message}${ids}`);
  }
  if (s.failed.length) lines.push(`${s.failed.length} file(s) failed; fix them or rerun: loading is idempotent.`);
  return lines.join("\n");
}
