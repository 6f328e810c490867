/**
 * Issue 3's cases on the real pipeline: the seed articles in data/articles/ go through the real extractor and the
 * real loader into Neo4j, and the API answers the traversal questions from them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { loadPaths } from "../../../src/ingest/loader.js";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { createTaggerClient } from "../../../src/nlp/tagger-client.js";
import { TEST_API_KEY, TestApi, type Data } from "../helpers/api-server.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;
// As in npm start: prepare → the real Arabic tagger (shared by the run, see global-setup.ts) → extract.
const extractor = createExtractor({ tag: createTaggerClient({ url: inject("nlp").url }) });
const articlesDir = loadConfig().articlesDir;

async function loadSeed() {
  return loadPaths([articlesDir], {
    extract: extractor.file,
    write: (batch) => writeArticles(db, batch),
    maxFileBytes: 2 * 1024 * 1024,
  });
}

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  const summary = await loadSeed();
  expect(summary.failed).toEqual([]);
  expect(summary.articles).toBeGreaterThanOrEqual(2);
  api = await TestApi.start(db, {
    ingest: async (input) => {
      const items = await extractor.text(input);
      await writeArticles(db, items);
      return { articleIds: items.map((i) => i.article.id) };
    },
  });
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

async function actorId(name: string): Promise<string> {
  const d = await api.ok(`query($n: String) { actor(name: $n) { id } }`, { n: name });
  expect(d.actor, name).not.toBeNull();
  return d.actor.id as string;
}

describe("seed articles through the real extractor", () => {
  it("whoMet on Bagheri Kani returns Abu Marzouk and Bogdanov with their evidence sentences", async () => {
    const id = await actorId("باقري كني");
    const d = await api.ok(
      `query($id: ID!) { whoMet(actor: $id) { counterpart { name } meetings { date evidence { sentence article { id } } } } }`,
      {
        id,
      },
    );
    const byName = new Map<string, Data>(d.whoMet.map((m: Data) => [m.counterpart.name, m]));
    const abu = [...byName.entries()].find(([n]) => /Abu Marzouk/i.test(n))?.[1];
    const bogdanov = [...byName.entries()].find(([n]) => /Bogdanov/i.test(n))?.[1];
    expect(abu, JSON.stringify(d.whoMet)).toBeDefined();
    expect(bogdanov, JSON.stringify(d.whoMet)).toBeDefined();
    expect(abu!.meetings[0].evidence[0].sentence).toMatch(/مرزوق/);
    expect(bogdanov!.meetings[0].evidence[0].sentence).toMatch(/بوغدانوف/);
  });

  it("path from Israel to Iran", async () => {
    const [israel, iran] = [await actorId("إسرائيل"), await actorId("Iran")];
    const d = await api.ok(
      `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length actors { name } steps { relation { type events { evidence { sentence } } } } } }`,
      {
        a: israel,
        b: iran,
      },
    );
    expect(d.path.length).toBeGreaterThan(0);
    const p = d.path[0];
    expect(p.actors[0].name).toBe("Israel");
    expect(p.actors[p.actors.length - 1].name).toBe("Iran");
    expect(p.length).toBeLessThanOrEqual(4);
    for (const step of p.steps) expect(step.relation.events[0].evidence[0].sentence.length).toBeGreaterThan(0);
  });

  it('actor(name: "بيسكوف") and actor(name: "Peskov") find the same actor', async () => {
    const d = await api.ok(`{ ar: actor(name: "بيسكوف") { id name } en: actor(name: "Peskov") { id } }`);
    expect(d.ar.name).toBe("Dmitry Peskov");
    expect(d.en.id).toBe(d.ar.id);
  });

  it("links split-off stories to their page", async () => {
    const d = await api.ok(`{ articles(first: 100) { nodes { id parent { id } stories { id parent { id } } } } }`);
    const pages = d.articles.nodes.filter((a: Data) => a.stories.length > 0);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      for (const story of page.stories) expect(story.parent.id).toBe(page.id);
    }
  });

  it("uncertain and expected events stay hidden unless asked for", async () => {
    const all = await api.ok(`{ hidden: relations(first: 100) { nodes { modality negated } }
        shown: relations(first: 100, filter: { includeUnasserted: true, includeNegated: true }) { totalCount nodes { modality } } }`);
    for (const e of all.hidden.nodes) {
      expect(["ASSERTED", "REPORTED"]).toContain(e.modality);
      expect(e.negated).toBe(false);
    }
    expect(all.shown.nodes.some((e: Data) => e.modality === "UNCERTAIN" || e.modality === "EXPECTED")).toBe(true);
  });

  it("loading the corpus twice leaves identical counts", async () => {
    const before = await admin.counts();
    const edges = await admin.derivedEdges();
    await loadSeed();
    expect(await admin.counts()).toEqual(before);
    expect(await admin.derivedEdges()).toEqual(edges);
  });

  it("ingestArticle through the real extractor is idempotent by content, and deleteArticle cleans up", async () => {
    const before = await admin.counts();
    const text = "التقى علي باقري كني في موسكو الخميس ميخائيل بوغدانوف نائب وزير الخارجية الروسي.";
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    const q = `mutation($t: String!) { ingestArticle(input: { text: $t, title: "لقاء", publishedAt: "2023-11-02" }) { articles { id title events { type } } } }`;
    const first = await api.query<Data>(q, { variables: { t: text }, headers: auth });
    expect(first.errors).toBeUndefined();
    const again = await api.query<Data>(q, { variables: { t: text }, headers: auth });
    expect(again.data).toEqual(first.data);
    const id = first.data!.ingestArticle.articles[0].id as string;
    const del = await api.query<Data>(`mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, {
      variables: { id },
      headers: auth,
    });
    expect(del.data).toEqual({ deleteArticle: { deleted: true } });
    expect(await admin.counts()).toEqual(before);
  });
});
