import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi } from "../helpers/api-server.js";
import { seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  api = await TestApi.start(db);
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

describe("API smoke", () => {
  it("lists actors as edges and as nodes", async () => {
    const r = await api.query<{
      actors: { edges: { node: { name: string } }[]; nodes: { id: string; name: string }[] };
    }>("{ actors(first: 100) { edges { node { name } } nodes { id name } } }");
    expect(r.errors).toBeUndefined();
    expect(r.data?.actors.nodes.length).toBeGreaterThan(5);
    expect(r.data?.actors.edges.map((e) => e.node.name)).toContain("Ali Bagheri Kani");
  });

  it("answers healthz and readyz", async () => {
    const base = api.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
