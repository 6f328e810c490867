import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleExtraction } from "../../../src/extract/types.js";
import { watchFolder, type Watcher } from "../../../src/ingest/watch.js";

// The watcher with a fake extraction and a fake graph: one article per file, id = file stem; "down" makes every
// write fail the way the graph layer does when Neo4j cannot be reached.
let dir: string;
let watcher: Watcher | undefined;
let graph: Set<string>;
let down: boolean;
let lines: string[];

class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

const extract = ({ fileName }: { fileName: string }) =>
  [
    { article: { id: path.basename(fileName, ".txt") }, relations: [], events: [], warnings: [] },
  ] as unknown as ArticleExtraction[];

function start(): Watcher {
  return watchFolder({
    dir,
    loader: {
      extract,
      write: async (batch) => {
        if (down) throw new DatabaseUnavailableError("the graph database is unavailable: connection refused");
        for (const x of batch) graph.add(x.article.id);
      },
      maxFileBytes: 1000,
      retries: 0,
      backoffMs: 1,
    },
    deleteArticles: async (ids) => {
      if (down) throw new DatabaseUnavailableError("the graph database is unavailable: connection refused");
      for (const id of ids) graph.delete(id);
    },
    print: (line) => lines.push(line),
    debounceMs: 50,
    pollMs: 200,
    retryMs: 50,
  });
}

async function until(check: () => boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not reached; lines:\n${lines.join("\n")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "watch-unit-"));
  graph = new Set();
  down = false;
  lines = [];
});

afterEach(async () => {
  await watcher?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("watchFolder", () => {
  it("loads what is there, then new files, and removes the articles of deleted ones", async () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "نص أ");
    fs.writeFileSync(path.join(dir, "notes.pdf"), "not an article");
    watcher = start();
    await watcher.ready;
    expect([...graph]).toEqual(["a"]);
    expect(lines.at(-1)).toMatch(/^\d\d:\d\d:\d\d loaded 1 file\(s\): 1 article\(s\), 0 event\(s\)$/);

    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "sub", "b.txt"), "نص ب");
    await until(() => graph.has("b"));
    fs.rmSync(path.join(dir, "a.txt"));
    await until(() => !graph.has("a"));
    expect(lines.at(-1)).toMatch(/removed 1 article\(s\) of 1 deleted file\(s\)/);
  });

  it("reports a file that cannot be loaded once, and loads it when it changes", async () => {
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    watcher = start();
    await watcher.ready;
    expect(lines.at(-1)).toMatch(/1 failed \(.*empty\.txt: empty file/);
    const count = lines.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(lines.length).toBe(count);
    fs.writeFileSync(path.join(dir, "empty.txt"), "نص");
    await until(() => graph.has("empty"));
  });

  it("waits while the database is unavailable, says so once, then catches up", async () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "نص أ");
    watcher = start();
    await watcher.ready;
    down = true;
    fs.writeFileSync(path.join(dir, "b.txt"), "نص ب");
    fs.rmSync(path.join(dir, "a.txt"));
    await until(() => lines.some((l) => /Neo4j is unavailable/.test(l)));
    await new Promise((r) => setTimeout(r, 300));
    expect(lines.filter((l) => /Neo4j is unavailable/.test(l))).toHaveLength(1);
    expect([...graph]).toEqual(["a"]);
    down = false;
    await until(() => graph.has("b") && !graph.has("a"));
    expect(lines.at(-1)).toMatch(/Neo4j is back, caught up: loaded 1 file\(s\).*removed 1 article\(s\)/);
  });
});
