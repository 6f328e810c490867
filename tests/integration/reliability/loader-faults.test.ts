/**
 * The database fails in the middle of a load (issue 4, item 3): a private Neo4j is crashed inside a batch's open
 * transaction, or stopped and restarted between batches. The real loader and the real writer run against it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleExtraction } from "../../../src/extract/types.js";
import { GraphDb, type WriteTx } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { formatSummary, loadPaths, type LoaderDeps } from "../../../src/ingest/loader.js";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { generateArticles } from "../../../bench/generate-articles.js";
import { ACTORS, buildExtraction } from "../helpers/extraction-builder.js";
import { GraphAudit } from "./helpers/graph-audit.js";
import { startOwnNeo4j, type OwnNeo4j } from "./helpers/own-neo4j.js";

const PREFIX = "reliab-fault-";
const A = ACTORS;

/** Four articles; the third shares an event with the first, so a half-written third would corrupt a good event. */
function corpus(tag: string): Map<string, ArticleExtraction> {
  const id = (n: number) => `${PREFIX}${tag}-${n}`;
  const list = [
    buildExtraction({
      id: id(1),
      relations: [
        { type: "MET", subject: A.bagheri, object: A.bogdanov, date: "2023-10-26" },
        { type: "SUPPORTED", subject: A.iran, object: A.hamas },
      ],
    }),
    buildExtraction({ id: id(2), relations: [{ type: "CONDEMNED", subject: A.israel, object: A.hamas }] }),
    buildExtraction({
      id: id(3),
      relations: [
        { type: "MET", subject: A.bagheri, object: A.bogdanov, date: "2023-10-26" },
        { type: "INVITED", subject: A.russia, object: A.hamas },
        { type: "MET", subject: A.peskov, object: A.hamas, negated: true },
      ],
    }),
    buildExtraction({ id: id(4), relations: [{ type: "MET", subject: A.bagheri, object: A.abuMarzouk }] }),
  ];
  return new Map(list.map((x) => [x.article.id, x]));
}

/** Writes one placeholder file per article; the extractor under test here is a lookup (the extractor is not). */
function writeFiles(dir: string, articles: Map<string, ArticleExtraction>): LoaderDeps["extract"] {
  for (const id of articles.keys()) fs.writeFileSync(path.join(dir, `${id}.txt`), `placeholder for ${id}\n`);
  return ({ fileName }) => {
    const x = articles.get(path.basename(fileName, ".txt"));
    if (!x) throw new Error(`unexpected file ${fileName}`);
    return [x];
  };
}

/**
 * The production GraphDb with a fault hook: `beforeStatement` runs before each statement of a write transaction,
 * so a test can kill the server while the transaction is open (after some of the batch's statements ran).
 */
function withFaultHook(db: GraphDb, beforeStatement: (name: string) => Promise<void>): GraphDb {
  const hooked = {
    write: <T>(work: (tx: WriteTx) => Promise<T>) =>
      db.write((tx) =>
        work({
          run: async (name, params) => {
            await beforeStatement(name);
            return tx.run(name, params);
          },
        }),
      ),
  };
  // writeArticles only calls write(); everything else of the real GraphDb is unused here.
  return hooked as unknown as GraphDb;
}

let own: OwnNeo4j;
let db: GraphDb;
let audit: GraphAudit;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reliab-fault-"));
  own = await startOwnNeo4j();
  db = await GraphDb.connect(own);
  audit = await GraphAudit.connect(own);
}, 300_000);

afterAll(async () => {
  await db?.close();
  await audit?.close();
  await own?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("the database fails during a load", () => {
  it("a crash inside a batch's transaction: those articles are reported, none is half-written, a rerun completes them", async () => {
    const articles = corpus("crash");
    const extract = writeFiles(dir, articles);
    let batches = 0;
    let crashed = false;
    const faulty = withFaultHook(db, async (name) => {
      // Second batch, after its articles were merged inside the open transaction but before their events.
      if (!crashed && batches === 2 && name === "merge-events") {
        crashed = true;
        await own.crash();
      }
    });
    const summary = await loadPaths([dir], {
      extract,
      write: (batch) => {
        batches++;
        return writeArticles(faulty, batch);
      },
      maxFileBytes: 1024,
      batchSize: 2,
      retries: 0,
      backoffMs: 10,
    });
    expect(crashed).toBe(true);
    const ids = [...articles.keys()];
    // Exactly the two articles of the crashed batch, each on its own (the loader isolated them), at the write stage.
    expect(summary.articles).toBe(2);
    expect(summary.failed.map((f) => ({ ids: f.articleIds, stage: f.stage }))).toEqual([
      { ids: [ids[2]], stage: "write" },
      { ids: [ids[3]], stage: "write" },
    ]);
    for (const f of summary.failed) expect(f.message).toMatch(/unavailable/i);

    await own.start();
    // After recovery: the first batch is complete, nothing of the crashed one is there, and the graph is consistent.
    const present = await audit.articles(`${PREFIX}crash-`);
    expect(present.map((a) => ({ id: a.id, evidence: a.evidence }))).toEqual(
      ids.slice(0, 2).map((id) => ({ id, evidence: articles.get(id)?.relations.length })),
    );
    expect(await audit.inconsistencies()).toEqual([]);
    const shared = await audit.evidence(`${PREFIX}crash-`);
    expect(shared.filter((e) => e.eventId.startsWith("ev:MET|person:bagheri-kani|person:bogdanov"))).toHaveLength(1);

    // A rerun with a healthy database completes the two missing articles and changes nothing else.
    const rerun = await loadPaths([dir], {
      extract,
      write: (b) => writeArticles(db, b),
      maxFileBytes: 1024,
      batchSize: 2,
    });
    expect(rerun.failed).toEqual([]);
    expect(rerun.articles).toBe(4);
    const after = await audit.articles(`${PREFIX}crash-`);
    expect(after.map((a) => ({ id: a.id, evidence: a.evidence }))).toEqual(
      ids.map((id) => ({ id, evidence: articles.get(id)?.relations.length })),
    );
    expect(await audit.inconsistencies()).toEqual([]);
    const totalEvents = new Set([...articles.values()].flatMap((x) => x.events.map((e) => e.id))).size;
    expect(await audit.counts(`${PREFIX}crash-`)).toMatchObject({ articles: 4, evidence: 7, events: totalEvents });
  }, 240_000);

  it("a database stopped between batches and back a few seconds later: retries with backoff ride it out", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "restart-"));
    const articles = corpus("restart");
    const extract = writeFiles(sub, articles);
    let batches = 0;
    let outage: Promise<void> | undefined;
    let downWhenSecondBatchStarted = false;
    const summary = await loadPaths([sub], {
      extract,
      write: async (batch) => {
        batches++;
        if (batches === 2) downWhenSecondBatchStarted = !own.running;
        const result = await writeArticles(db, batch);
        if (batches === 1) {
          // After the first batch committed: the server goes down now and comes back 2 s later, in the background.
          await own.stop();
          outage = new Promise<void>((r) => setTimeout(r, 2000)).then(() => own.start());
        }
        return result;
      },
      maxFileBytes: 1024,
      batchSize: 2,
      retries: 4,
      backoffMs: 1000,
    });
    await outage;
    expect(downWhenSecondBatchStarted).toBe(true);
    expect(summary.failed).toEqual([]);
    expect(summary.articles).toBe(4);
    const present = await audit.articles(`${PREFIX}restart-`);
    expect(present.map((a) => ({ id: a.id, evidence: a.evidence }))).toEqual(
      [...articles.values()].map((x) => ({ id: x.article.id, evidence: x.relations.length })),
    );
    expect(await audit.inconsistencies()).toEqual([]);
  }, 300_000);

  it("a crash from a timer while real articles load: loaded and reported sets are exact, the graph consistent", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "timer-"));
    const generated = generateArticles({ count: 300, prefix: `${PREFIX}timer-`, seed: 11 });
    for (const g of generated) fs.writeFileSync(path.join(sub, `${g.id}.txt`), g.text);
    const extractor = createExtractor();
    let batches = 0;
    let crash: Promise<void> | undefined;
    const summary = await loadPaths([sub], {
      extract: extractor.file,
      write: (batch) => {
        // 20 ms into the third batch's transaction: wherever that lands, the invariants below must hold.
        if (++batches === 3) crash = new Promise((r) => setTimeout(r, 20)).then(() => own.crash());
        return writeArticles(db, batch);
      },
      maxFileBytes: 64 * 1024,
      batchSize: 25,
      retries: 0,
    });
    await crash;
    await own.start();
    const all = generated.map((g) => g.id);
    const failed = summary.failed.flatMap((f) => f.articleIds);
    const present = await audit.articles(`${PREFIX}timer-`);
    // Every article is either in the graph or reported, never both, never neither.
    expect(failed.length).toBeGreaterThan(0);
    expect([...present.map((a) => a.id), ...failed].sort()).toEqual(all);
    expect(summary.articles).toBe(present.length);
    // Each article in the graph is complete: as much evidence as its extraction has relations.
    const expected = new Map(
      await Promise.all(
        generated.map(
          async (g) =>
            [g.id, (await extractor.file({ fileName: `${g.id}.txt`, bytes: Buffer.from(g.text) }))[0]] as const,
        ),
      ),
    );
    for (const a of present) expect(a.evidence).toBe(expected.get(a.id)?.relations.length);
    expect(await audit.inconsistencies()).toEqual([]);

    const rerun = await loadPaths([sub], {
      extract: extractor.file,
      write: (b) => writeArticles(db, b),
      maxFileBytes: 64 * 1024,
    });
    expect(rerun.failed).toEqual([]);
    const after = await audit.articles(`${PREFIX}timer-`);
    expect(after.map((a) => a.id)).toEqual(all);
    for (const a of after) expect(a.evidence).toBe(expected.get(a.id)?.relations.length);
    expect(await audit.inconsistencies()).toEqual([]);
  }, 240_000);

  it("a database down for good: every article is reported, without a retry window per file", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "down-"));
    const list = Array.from({ length: 30 }, (_, n) =>
      buildExtraction({
        id: `${PREFIX}down-${String(n).padStart(2, "0")}`,
        relations: [{ type: "MET", subject: A.bagheri, object: A.abuMarzouk, date: `2024-01-${(n % 28) + 1}` }],
      }),
    );
    const articles = new Map(list.map((x) => [x.article.id, x]));
    const extract = writeFiles(sub, articles);
    await own.stop();
    let writes = 0;
    const summary = await loadPaths([sub], {
      extract,
      write: (batch) => {
        writes++;
        return writeArticles(db, batch);
      },
      maxFileBytes: 1024,
      batchSize: 10,
      retries: 1,
      backoffMs: 10,
    });
    // One batch and its one retry reach for the database; the other 20 articles are not sent at all.
    expect(writes).toBe(2);
    expect(summary.articles).toBe(0);
    expect(summary.failed.map((f) => f.articleIds)).toEqual([...articles.keys()].map((id) => [id]));
    for (const f of summary.failed.slice(0, 10)) expect(f.message).toMatch(/^the graph database is unavailable/);
    for (const f of summary.failed.slice(10))
      expect(f.message).toMatch(/^not attempted: the graph database is unavailable/);
    expect(formatSummary(summary)).toContain("30 file(s) failed; fix them or rerun: loading is idempotent.");
  }, 180_000);
});
