import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import type { IngestFn } from "../../../src/api/context.js";
import { TEST_API_KEY, TestApi } from "../helpers/api-server.js";
import { ACTORS, seedCorpus, writeIngested } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

// A query text sent again is answered without Apollo's pipeline (src/api/repeat-queries.ts): the answers must be the
// ones Apollo gives, errors included, and nothing but queries may take that way.
let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;
let ingested = 0;

const ingest: IngestFn = async (input) => {
  ingested++;
  return writeIngested(db, input);
};

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  api = await TestApi.start(db, { ingest });
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

/** Posts a body and returns what a client sees: status, content type and the answer's bytes. */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

const NEIGHBOURS = `query($a: ID!, $l: Int!) { neighborhood(actor: $a, depth: 2, limit: $l) {
  nodes { id label degree } edges { id source target type weight } } }`;

describe("a repeated query", () => {
  it("gets the same bytes as its first answer, for each of its variables", async () => {
    for (const variables of [
      { a: ACTORS.iran.id, l: 10 },
      { a: ACTORS.russia.id, l: 3 },
    ]) {
      const first = await post({ query: NEIGHBOURS, variables });
      expect(first.status).toBe(200);
      expect(JSON.parse(first.text).data.neighborhood.nodes.length).toBeGreaterThan(1);
      for (let i = 0; i < 3; i++) expect(await post({ query: NEIGHBOURS, variables })).toEqual(first);
    }
  });

  it("with an accept header or an operation name answers as Apollo does", async () => {
    const query = `query Who($a: ID!) { actor(id: $a) { id name nameAr } } query Other { stats { actors } }`;
    const body = { query, operationName: "Who", variables: { a: ACTORS.hamas.id } };
    const first = await post(body, { accept: "application/json" });
    expect(first).toMatchObject({ status: 200, type: "application/json; charset=utf-8" });
    expect(JSON.parse(first.text)).toEqual({ data: { actor: { id: "org:hamas", name: "Hamas", nameAr: "حماس" } } });
    expect(await post(body, { accept: "application/json" })).toEqual(first);
    expect(await post(body)).toEqual(first);
    // A client that asks for the GraphQL media type gets it, as from Apollo.
    const typed = await post(body, { accept: "application/graphql-response+json" });
    expect(typed.type).toBe("application/graphql-response+json; charset=utf-8");
    expect(typed.text).toBe(first.text);
  });

  it("whose answer has errors gets Apollo's error answer each time", async () => {
    const query = `query($a: ID!) { whoMet(actor: $a) { count } }`;
    const answers = [];
    const statements: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = db.queryCount;
      answers.push(await post({ query, variables: { a: "nobody" } }));
      statements.push(db.queryCount - before);
    }
    // Read once per request, repeats included: Apollo answers a repeat's errors from the result already computed
    // (a second run would also spend the request's deadline twice).
    expect(statements[0]).toBeGreaterThan(0);
    expect(statements).toEqual([statements[0], statements[0], statements[0]]);
    for (const a of answers) {
      expect(a.status).toBe(200);
      const body = JSON.parse(a.text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0]?.message).toBe('No actor with id "nobody".');
      // Each answer carries its own request's id: it was formatted for that request.
      expect(typeof body.errors[0]?.extensions.requestId).toBe("string");
    }
    expect(new Set(answers.map((a) => JSON.parse(a.text).errors[0].extensions.requestId)).size).toBe(3);
  });

  it("with variables past the limits is refused, after the same text passed with others", async () => {
    const query = `query($n: Int!) { actors(first: $n) { nodes { id } } }`;
    expect((await post({ query, variables: { n: 2 } })).status).toBe(200);
    expect((await post({ query, variables: { n: 2 } })).status).toBe(200);
    const over = await post({ query, variables: { n: 1_000_000 } });
    expect(over.status).toBe(400);
    expect(JSON.parse(over.text).errors[0].message).toMatch(/first must be between 0 and 100/);
  });

  it("never runs a mutation more often than it was sent", async () => {
    const mutation = `mutation($t: String!) { ingestArticle(input: { id: "r1", text: $t }) { articles { id } } }`;
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    const before = ingested;
    for (let i = 0; i < 3; i++) {
      const r = await post({ query: mutation, variables: { t: "التقى وزير الخارجية الإيراني نظيره الروسي." } }, auth);
      expect(JSON.parse(r.text)).toEqual({ data: { ingestArticle: { articles: [{ id: "r1" }] } } });
    }
    expect(ingested - before).toBe(3);
  });
});
