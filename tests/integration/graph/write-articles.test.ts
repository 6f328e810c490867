import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { deleteArticle, writeArticles } from "../../../src/graph/write-articles.js";
import { ACTORS, buildExtraction, seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;

beforeEach(async () => {
  if (!db) ({ db, admin } = await connectTestDb());
  await admin.reset();
});

afterAll(async () => {
  await db?.close();
  await admin?.close();
});

describe("writeArticles", () => {
  it("writes actors, articles, events, evidence and derived edges", async () => {
    const summary = await writeArticles(db, seedCorpus());
    expect(summary).toMatchObject({ articles: 2, events: 6, mentions: 6, changedArticles: 0 });
    const counts = await admin.counts();
    expect(counts["node:Article"]).toBe(2);
    expect(counts["node:Event"]).toBe(6);
    expect(counts["rel:EVIDENCED_BY"]).toBe(6);
    expect(counts["rel:PARTICIPATED"]).toBe(12);
    // The negated Peskov–Hamas meeting is an event but not a derived edge.
    expect(counts["rel:MET"]).toBe(2);
    expect(counts["rel:HOLDS_ROLE"]).toBeGreaterThanOrEqual(3);
    expect(counts["rel:PART_OF"]).toBe(1);
    const met = (await admin.derivedEdges()).filter((e) => e.type === "MET");
    expect(met.map((e) => e.objectId).sort()).toEqual(["person:abu-marzouk", "person:bogdanov"]);
    expect(met[0]?.props).toMatchObject({ count: 1 });
  });

  it("is idempotent: writing the same extractions twice leaves identical counts", async () => {
    await writeArticles(db, seedCorpus());
    const first = await admin.counts();
    const edges = await admin.derivedEdges();
    await writeArticles(db, seedCorpus());
    expect(await admin.counts()).toEqual(first);
    expect(await admin.derivedEdges()).toEqual(edges);
  });

  it("runs the whole batch in one transaction (a failing batch writes nothing)", async () => {
    const bad = buildExtraction({
      id: "bad",
      relations: [{ type: "MET", subject: ACTORS.iran, object: ACTORS.russia }],
    });
    // A non-primitive property makes the evidence statement fail after the actors and articles were merged.
    (bad.relations[0] as unknown as { confidence: unknown }).confidence = { nested: { deep: 1 } };
    await expect(writeArticles(db, [...seedCorpus(), bad])).rejects.toThrow();
    expect(await admin.counts()).toEqual({});
  });

  it("replaces the evidence of a changed article: no stale edges, no duplicates", async () => {
    await writeArticles(db, seedCorpus());
    const changed = buildExtraction({
      id: "a2",
      relations: [
        { type: "MET", subject: ACTORS.bagheri, object: ACTORS.abuMarzouk, sentence: "التقى باقري كني أبو مرزوق." },
      ],
    });
    const summary = await writeArticles(db, [changed]);
    expect(summary.changedArticles).toBe(1);
    const counts = await admin.counts();
    expect(counts["node:Article"]).toBe(2);
    expect(counts["rel:EVIDENCED_BY"]).toBe(4);
    const edges = await admin.derivedEdges();
    expect(edges.some((e) => e.objectId === "person:bogdanov")).toBe(false);
    expect(edges.some((e) => e.type === "SUPPORTED")).toBe(false);
    const met = edges.find((e) => e.objectId === "person:abu-marzouk");
    expect(met?.props).toMatchObject({ count: 1, eventIds: [expect.stringContaining("abu-marzouk")] });
  });

  it("drops a derived edge when a reloaded article now denies the meeting", async () => {
    const meeting = { type: "MET" as const, subject: ACTORS.bagheri, object: ACTORS.bogdanov };
    await writeArticles(db, [buildExtraction({ id: "n1", relations: [meeting] })]);
    expect((await admin.derivedEdges()).map((e) => e.type)).toEqual(["MET"]);
    await writeArticles(db, [
      buildExtraction({ id: "n1", relations: [{ ...meeting, negated: true, sentence: "لم يلتق" }] }),
    ]);
    expect(await admin.derivedEdges()).toEqual([]);
    const counts = await admin.counts();
    expect(counts["node:Event"]).toBe(1);
    await writeArticles(db, [buildExtraction({ id: "n1", relations: [{ ...meeting, modality: "uncertain" }] })]);
    expect(await admin.derivedEdges()).toEqual([]);
    await writeArticles(db, [buildExtraction({ id: "n1", relations: [{ ...meeting, modality: "reported" }] })]);
    expect((await admin.derivedEdges()).map((e) => e.type)).toEqual(["MET"]);
  });

  it("keeps an event shared by two articles when one of them is deleted", async () => {
    const shared = { type: "MET" as const, subject: ACTORS.bagheri, object: ACTORS.abuMarzouk };
    await writeArticles(db, [
      buildExtraction({ id: "s1", relations: [shared] }),
      buildExtraction({ id: "s2", relations: [{ ...shared, sentence: "لقاء باقري كني وأبو مرزوق." }] }),
    ]);
    let edges = await admin.derivedEdges();
    expect(edges).toHaveLength(1);
    expect(edges[0]?.props).toMatchObject({ count: 1, sourceCount: 2 });

    const first = await deleteArticle(db, "s1");
    expect(first).toMatchObject({ deleted: true, deletedEvents: 0 });
    edges = await admin.derivedEdges();
    expect(edges[0]?.props).toMatchObject({ count: 1, sourceCount: 1 });

    const second = await deleteArticle(db, "s2");
    expect(second).toMatchObject({ deleted: true, deletedEvents: 1 });
    const counts = await admin.counts();
    expect(counts["node:Event"]).toBeUndefined();
    expect(counts["rel:MET"]).toBeUndefined();
    expect(counts["node:Article"]).toBeUndefined();
    expect(await admin.derivedEdges()).toEqual([]);
  });

  it("deleteArticle leaves no orphan events or derived edges", async () => {
    await writeArticles(db, seedCorpus());
    await deleteArticle(db, "a1");
    await deleteArticle(db, "a2");
    const counts = await admin.counts();
    for (const key of Object.keys(counts)) {
      expect(["node:Actor", "rel:HOLDS_ROLE", "rel:PART_OF"]).toContain(key);
    }
    expect(await deleteArticle(db, "a1")).toMatchObject({ deleted: false });
  });

  it("links split-off stories to their page and sets searchNames", async () => {
    await writeArticles(db, [
      buildExtraction({ id: "p", relations: [] }),
      buildExtraction({
        id: "p#2",
        parentId: "p",
        relations: [{ type: "MET", subject: ACTORS.iran, object: ACTORS.russia }],
      }),
    ]);
    const counts = await admin.counts();
    expect(counts["rel:PART_OF_PAGE"]).toBe(1);
  });

  it("links a split-off story written before its page", async () => {
    await writeArticles(db, [
      buildExtraction({
        id: "q#2",
        parentId: "q",
        relations: [{ type: "MET", subject: ACTORS.iran, object: ACTORS.russia }],
      }),
    ]);
    expect((await admin.counts())["rel:PART_OF_PAGE"]).toBeUndefined();
    await writeArticles(db, [buildExtraction({ id: "q", relations: [] })]);
    expect((await admin.counts())["rel:PART_OF_PAGE"]).toBe(1);
    await writeArticles(db, [buildExtraction({ id: "q", relations: [] })]);
    expect((await admin.counts())["rel:PART_OF_PAGE"]).toBe(1);
  });
});
