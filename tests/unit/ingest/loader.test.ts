import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectFiles, formatSummary, loadPaths } from "../../../src/ingest/loader.js";
import type { ArticleExtraction } from "../../../src/extract/types.js";

// The loader's bookkeeping (batching, isolation, reporting) is tested here with an in-memory writer; what the
// database does with a batch is tested against a real Neo4j in tests/integration.
const fakeExtraction = (id: string, relations = 0): ArticleExtraction =>
  ({
    article: { id, language: "ar", body: "", contentHash: id },
    sentences: [],
    actors: [],
    relations: Array.from({ length: relations }, () => ({})),
    events: [],
    warnings: [],
  }) as unknown as ArticleExtraction;

describe("loader", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "loader-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("walks directories in sorted order and reports non-article files instead of dropping them", () => {
    fs.writeFileSync(path.join(dir, "b.txt"), "x");
    fs.writeFileSync(path.join(dir, "a.html"), "x");
    fs.writeFileSync(path.join(dir, "image.png"), "x");
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "sub", "c.md"), "x");
    const { files, skipped } = collectFiles([dir, path.join(dir, "missing.txt")]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["a.html", "b.txt", "sub/c.md"]);
    expect(skipped.map((s) => path.basename(s.file))).toEqual(["image.png", "missing.txt"]);
    expect(skipped[1]?.reason).toMatch(/ENOENT/);
  });

  it("loads good files, reports bad ones with their stage, and isolates a poison article from its batch", async () => {
    for (const name of ["1.txt", "2.txt", "poison.txt", "big.txt", "bad.txt"])
      fs.writeFileSync(path.join(dir, name), name);
    fs.writeFileSync(path.join(dir, "big.txt"), "x".repeat(100));
    const written: string[] = [];
    const summary = await loadPaths([dir], {
      maxFileBytes: 50,
      batchSize: 10,
      retries: 0,
      extract: ({ fileName }) => {
        if (fileName.endsWith("bad.txt")) throw new Error("binary content");
        const id = path.basename(fileName, ".txt");
        return [fakeExtraction(id, id === "1" ? 2 : 0)];
      },
      write: async (batch) => {
        if (batch.some((b) => b.article.id === "poison")) throw new Error("constraint violated");
        written.push(...batch.map((b) => b.article.id));
      },
    });
    expect(written.sort()).toEqual(["1", "2"]);
    expect(summary.articles).toBe(2);
    expect(summary.relations).toBe(2);
    expect(summary.articlesWithoutRelations).toBe(1);
    expect(summary.failed.map((f) => [path.basename(f.file), f.stage])).toEqual([
      ["bad.txt", "extract"],
      ["big.txt", "read"],
      ["poison.txt", "write"],
    ]);
    expect(summary.failed[2]?.articleIds).toEqual(["poison"]);
    expect(formatSummary(summary)).toMatch(/FAILED .*poison\.txt \[write\]: constraint violated/);
  });

  it("retries a failed write with backoff before giving up", async () => {
    fs.writeFileSync(path.join(dir, "1.txt"), "x");
    let calls = 0;
    const summary = await loadPaths([dir], {
      maxFileBytes: 1000,
      retries: 2,
      backoffMs: 1,
      extract: () => [fakeExtraction("1")],
      write: async () => {
        if (++calls < 3) throw new Error("database unavailable");
      },
    });
    expect(calls).toBe(3);
    expect(summary.failed).toEqual([]);
    expect(summary.articles).toBe(1);
  });
});
