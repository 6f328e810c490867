/**
 * The API survives a database restart (issue 4, item 3): a private Neo4j is stopped and started again under a
 * running API server. Meanwhile /readyz says 503, /healthz stays 200 and GraphQL answers SERVICE_UNAVAILABLE; after
 * the restart the same queries work again, without restarting the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TEST_API_KEY, TestApi } from "../helpers/api-server.js";
import { ACTORS, buildExtraction } from "../helpers/extraction-builder.js";
import { startOwnNeo4j, type OwnNeo4j } from "./helpers/own-neo4j.js";

const A = ACTORS;
let own: OwnNeo4j;
let db: GraphDb;
let api: TestApi;

const QUERY = `query($id: ID!) {
  actor(name: "Bagheri Kani") { id name }
  whoMet(actor: $id) { counterpart { id } count }
  stats { articles events }
}`;

/** GET on one of the API's health routes, with how long it took to answer. */
async function probe(route: "/readyz" | "/healthz"): Promise<{ status: number; body: unknown; ms: number }> {
  const started = Date.now();
  const res = await fetch(new URL(route, api.url));
  return { status: res.status, body: await res.json(), ms: Date.now() - started };
}

beforeAll(async () => {
  own = await startOwnNeo4j();
  db = await GraphDb.connect(own);
  await writeArticles(db, [
    buildExtraction({
      id: "reliab-api-1",
      relations: [
        { type: "MET", subject: A.bagheri, object: A.abuMarzouk },
        { type: "MET", subject: A.bagheri, object: A.bogdanov, date: "2023-10-26" },
      ],
    }),
  ]);
  api = await TestApi.start(db);
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await own?.dispose();
}, 120_000);

describe("the API across a database restart", () => {
  it("is ready, then unavailable with clear errors, then ready again with the same answers", async () => {
    expect((await probe("/readyz")).status).toBe(200);
    const before = await api.query(QUERY, { variables: { id: A.bagheri.id } });
    expect(before.errors).toBeUndefined();
    expect(before.data).toMatchObject({ actor: { id: A.bagheri.id }, stats: { articles: 1, events: 2 } });

    await own.stop();

    const down = await probe("/readyz");
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", database: "down" });
    expect((await probe("/healthz")).status).toBe(200);
    const failing = await api.query(QUERY, { variables: { id: A.bagheri.id } });
    expect(failing.errors?.length).toBeGreaterThan(0);
    for (const e of failing.errors ?? []) {
      expect(e.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(e.message).toMatch(/unavailable.*retry/i);
    }
    // Mutations fail the same way (with a valid key), and the server process is still serving.
    const mutation = await api.query(`mutation { deleteArticle(id: "reliab-api-1") { deleted } }`, {
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(mutation.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect((await probe("/healthz")).status).toBe(200);

    await own.start();

    // Ready again without touching the API: the driver reconnects by itself.
    const deadline = Date.now() + 60_000;
    let ready = await probe("/readyz");
    while (ready.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      ready = await probe("/readyz");
    }
    expect(ready.status).toBe(200);
    const after = await api.query(QUERY, { variables: { id: A.bagheri.id } });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    console.info(`[api-restart] /readyz answered 503 in ${down.ms} ms while the database was down`);
  }, 300_000);
});
