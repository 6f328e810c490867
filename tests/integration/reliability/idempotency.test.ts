/**
 * Idempotency at corpus level (issue 4, item 2), through the real loader, extractor and writer on the shared Neo4j:
 * loading a folder twice changes nothing; changing one article and reloading replaces exactly its evidence;
 * deleting the articles leaves no orphan event and no derived edge resting on them.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../../src/graph/db.js";
import { deleteArticle, writeArticles } from "../../../src/graph/write-articles.js";
import { loadPaths } from "../../../src/ingest/loader.js";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { generateArticles } from "../../../bench/generate-articles.js";
import { tempDir, writeCorpus } from "./helpers/corpus-files.js";
import { GraphAudit } from "./helpers/graph-audit.js";

const PREFIX = "reliab-idem-";
const COUNT = 150;

let db: GraphDb;
let audit: GraphAudit;
let dir: string;
const extractor = createExtractor();
/** Every event id our articles ever had, for the orphan checks after changes and deletions. */
const seenEvents = new Set<string>();

const load = async () => {
  const summary = await loadPaths([dir], {
    extract: extractor.file,
    write: (batch) => writeArticles(db, batch),
    maxFileBytes: 64 * 1024,
    batchSize: 20,
  });
  for (const e of await audit.evidence(PREFIX)) seenEvents.add(e.eventId);
  return summary;
};

/** Everything of ours that a reload could disturb: counts, every evidence edge, every derived edge. */
const snapshot = async () => ({
  counts: await audit.counts(PREFIX),
  evidence: await audit.evidence(PREFIX),
  derived: await audit.derivedEdges(PREFIX),
  articles: await audit.articles(PREFIX),
});

beforeAll(async () => {
  const cfg = inject("neo4j");
  db = await GraphDb.connect(cfg);
  audit = await GraphAudit.connect(cfg);
  dir = tempDir("reliab-idem");
  const files: Record<string, string> = {};
  for (const g of generateArticles({ count: COUNT, prefix: PREFIX, seed: 42 })) files[`${g.id}.txt`] = g.text;
  writeCorpus(dir, files);
});

afterAll(async () => {
  await audit?.cleanup({ db, prefix: PREFIX });
  await db?.close();
  await audit?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("reloading a corpus", () => {
  it("loads the same folder twice with identical nodes, relationships and evidence", async () => {
    const first = await load();
    expect(first.failed).toEqual([]);
    expect(first.articles).toBe(COUNT);
    const before = await snapshot();
    expect(before.counts.articles).toBe(COUNT);
    expect(before.counts.evidence).toBe(first.relations);
    expect(before.counts.derivedEdges).toBeGreaterThan(0);

    const second = await load();
    expect(second.failed).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await audit.scopedInconsistencies({ prefix: PREFIX, eventIds: [...seenEvents] })).toEqual([]);
  }, 180_000);

  it("replaces the evidence of a changed article: no stale edge, no duplicate, the others untouched", async () => {
    const target = `${PREFIX}00007`;
    const before = await snapshot();
    const oldEvidence = before.evidence.filter((e) => e.articleId === target);
    expect(oldEvidence.length).toBeGreaterThan(0);
    // Events that only this article supported must disappear with its old text.
    const onlyHere = oldEvidence
      .map((e) => e.eventId)
      .filter((id) => before.evidence.every((e) => e.eventId !== id || e.articleId === target));

    fs.writeFileSync(
      path.join(dir, `${target}.txt`),
      "---\ntitle: نص معدل\ndate: 2024-06-02\n---\nاستقبل هاكان فيدان سيرغي لافروف في أنقرة يوم 2 يونيو 2024.\n" +
        "واستقبل هاكان فيدان سيرغي لافروف في أنقرة يوم 2 يونيو 2024 مرة أخرى حسب البيان.\n",
    );
    const summary = await load();
    expect(summary.failed).toEqual([]);
    const after = await snapshot();

    const newEvidence = after.evidence.filter((e) => e.articleId === target);
    expect(newEvidence.length).toBeGreaterThan(0);
    // Only the new text's relations (Fidan–Lavrov), no mention id from the old text, no duplicate mention.
    for (const e of newEvidence) expect([e.subjectId, e.objectId].sort()).toEqual(["hakan-fidan", "sergey-lavrov"]);
    const oldMentions = new Set(oldEvidence.map((e) => e.mentionId));
    expect(newEvidence.filter((e) => oldMentions.has(e.mentionId))).toEqual([]);
    expect(new Set(newEvidence.map((e) => e.mentionId)).size).toBe(newEvidence.length);
    expect(await audit.existingEvents(onlyHere)).toEqual([]);
    // Every other article's evidence is exactly as before.
    const others = (list: typeof after.evidence) => list.filter((e) => e.articleId !== target);
    expect(others(after.evidence)).toEqual(others(before.evidence));
    expect(after.counts.articles).toBe(COUNT);
    expect(after.articles.find((a) => a.id === target)?.title).toBe("نص معدل");
    expect(await audit.scopedInconsistencies({ prefix: PREFIX, eventIds: [...seenEvents] })).toEqual([]);

    // And reloading the changed corpus is again a no-op.
    await load();
    expect(await snapshot()).toEqual(after);
  }, 180_000);

  it("deleteArticle on every article leaves no orphan event and no derived edge resting on them", async () => {
    const articles = await audit.articles(PREFIX);
    expect(articles).toHaveLength(COUNT);
    for (const a of articles) await deleteArticle(db, a.id);
    expect(await audit.counts(PREFIX)).toEqual({
      articles: 0,
      evidence: 0,
      events: 0,
      participations: 0,
      derivedEdges: 0,
    });
    expect(await audit.existingEvents([...seenEvents])).toEqual([]);
    expect(await audit.scopedInconsistencies({ prefix: PREFIX, eventIds: [...seenEvents] })).toEqual([]);
  }, 180_000);
});
