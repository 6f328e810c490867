/**
 * The API survives a database restart (issue 4, item 3): a private Neo4j is stopped and started again under a
 * running API server. Meanwhile /readyz says 503, /healthz stays 200 and GraphQL answers SERVICE_UNAVAILABLE; after
 * the restart the same queries work again, without restarting the API.
 *
 * `npm run load -- --watch` survives one too (issue 11): it waits, then catches up with what changed meanwhile.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TEST_API_KEY, TestApi } from "../helpers/api-server.js";
import { ACTORS, buildExtraction } from "../helpers/extraction-builder.js";
import { getArticlesByIds } from "../../../src/graph/queries.js";
import { CliProcess } from "../helpers/cli-process.js";
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

  it("npm run load -- --watch waits while the database is down, then catches up with what changed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watch-restart-"));
    fs.copyFileSync("tests/fixtures/maghreb-talks.txt", path.join(dir, "restart-watch-a.txt"));
    const watcher = CliProcess.start(["src/cli/load.ts", "--watch", dir], {
      NEO4J_URI: own.uri,
      NEO4J_USERNAME: own.username,
      NEO4J_PASSWORD: own.password,
    });
    try {
      await watcher.waitFor(/loaded 1 file\(s\): 1 article\(s\)/);
      await own.stop();
      fs.copyFileSync("tests/fixtures/egypt-phone-call.txt", path.join(dir, "restart-watch-b.txt"));
      fs.rmSync(path.join(dir, "restart-watch-a.txt"));
      await watcher.waitFor(/Neo4j is unavailable \(.*\): changes stay pending/, 120_000);
      await own.start();
      await watcher.waitFor(
        /Neo4j is back, caught up: loaded 1 file\(s\).*removed 1 article\(s\) of 1 deleted/,
        120_000,
      );
      const found = await getArticlesByIds(db, ["restart-watch-a", "restart-watch-b"]);
      expect([...found.keys()]).toEqual(["restart-watch-b"]);
      expect(await watcher.interrupt()).toBe(0);
    } finally {
      await watcher.interrupt();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
