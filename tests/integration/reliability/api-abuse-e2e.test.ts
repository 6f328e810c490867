/**
 * End-to-end checks of the API's abuse limits (issue 4, item 4) with the real ingestion pipeline on the shared
 * Neo4j: injection strings travel through extraction and storage as plain text, and a flood of hostile operations
 * is refused without disturbing legitimate queries running at the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { TEST_API_KEY, TestApi, type Data, type GraphQLResponse } from "../helpers/api-server.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

const INJECTION = `"}) MATCH (n) DETACH DELETE n //`;
const ID = "reliab-abuse-injection";
const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  const extractor = createExtractor();
  // The same ingestion callback as the composition root (src/main.ts): real extraction, real writer.
  api = await TestApi.start(db, {
    ingest: async (input) => {
      const items = await extractor.text(input);
      await writeArticles(db, items);
      return { articleIds: items.map((i) => i.article.id) };
    },
  });
});

afterAll(async () => {
  await api?.query(`mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, {
    variables: { id: ID },
    headers: AUTH,
  });
  await api?.stop();
  await db?.close();
  await admin?.close();
});

/** Counts without actor nodes and their structural edges, which deleteArticle keeps by design. */
const withoutActors = (counts: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(counts).filter(([k]) => !["node:Actor", "rel:PART_OF", "rel:HOLDS_ROLE"].includes(k)),
  );

describe("abuse through the running API", () => {
  it("stores an article full of injection strings as text, changes nothing else, and deletes it cleanly", async () => {
    const before = await admin.counts();
    const text =
      `التقى فلاديمير بوتين رجب طيب أردوغان في موسكو.\n${INJECTION}\n' OR 1=1 --\n` +
      "وقال المتحدث: }]->(x) SET x.hacked = true RETURN x //\n";
    const ingest = await api.query<Data>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articles { id title source body events { type } } } }`,
      { variables: { input: { id: ID, text, title: INJECTION, source: `'; DROP DATABASE neo4j; //` } }, headers: AUTH },
    );
    expect(ingest.errors).toBeUndefined();
    const [article] = ingest.data?.ingestArticle.articles ?? [];
    expect(article).toMatchObject({ id: ID, title: INJECTION, source: `'; DROP DATABASE neo4j; //` });
    expect(article.body).toContain(INJECTION);
    expect(article.events.map((e: Data) => e.type)).toEqual(["MET"]);

    const after = await admin.counts();
    // Exactly one more article; no label or relationship type lost anything.
    expect(after["node:Article"]).toBe((before["node:Article"] ?? 0) + 1);
    for (const [key, n] of Object.entries(before)) expect(after[key] ?? 0).toBeGreaterThanOrEqual(n);
    expect(after["node:hacked"] ?? 0).toBe(0);

    const deleted = await api.query<Data>(`mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, {
      variables: { id: ID },
      headers: AUTH,
    });
    expect(deleted.data?.deleteArticle.deleted).toBe(true);
    // Actors stay (they are dictionary entities, not evidence); everything the article brought is gone.
    expect(withoutActors(await admin.counts())).toEqual(withoutActors(before));
  });

  it("refuses a flood of hostile operations while legitimate queries keep answering the same", async () => {
    const before = await admin.counts();
    let deep = "id";
    for (let i = 0; i < 14; i++) deep = `parent { ${deep} }`;
    const hostile: { query: string; variables?: Record<string, unknown> }[] = [
      { query: `{ actor(id: "country:RUS") { ${deep} } }` },
      { query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: stats { actors }`).join(" ")} }` },
      { query: `{ actors(first: 1000000) { totalCount } }` },
      { query: `{ path(from: "country:RUS", to: "country:IRN", maxHops: 1000) { length } }` },
      { query: `{ neighborhood(actor: "country:RUS", depth: 50) { nodes { id } } }` },
      { query: `query($n: String) { actor(name: $n) { id } }`, variables: { n: "x".repeat(100_000) } },
    ];
    const legit = `{ stats { actors events articles } actor(name: "روسيا") { id name } }`;
    const baseline = await api.query(legit);
    expect(baseline.errors).toBeUndefined();

    const results: { hostile: boolean; r: GraphQLResponse }[] = [];
    // 20 waves of 12 concurrent requests: bounded in count, half hostile and half legitimate.
    for (let wave = 0; wave < 20; wave++) {
      const batch = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? api
              .query(hostile[(wave + i) % hostile.length]!.query, {
                variables: hostile[(wave + i) % hostile.length]!.variables,
              })
              .then((r) => ({ hostile: true, r }))
          : api.query(legit).then((r) => ({ hostile: false, r })),
      );
      results.push(...(await Promise.all(batch)));
    }
    for (const { hostile: isHostile, r } of results) {
      if (isHostile) {
        expect(r.status).toBe(400);
        expect(r.errors?.[0]?.extensions?.code).toMatch(
          /^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/,
        );
      } else {
        expect(r.errors).toBeUndefined();
        expect(r.data).toEqual(baseline.data);
      }
    }
    const health = await fetch(new URL("/healthz", api.url));
    expect(health.status).toBe(200);
    expect(await admin.counts()).toEqual(before);
  }, 120_000);
});
