import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CypherRegistry } from "../../../src/graph/cypher-registry.js";
import { GraphDb, QueryAbortedError, QueryTimeoutError } from "../../../src/graph/db.js";

// A GraphDb view bound to one request (what the API's context carries instead of AsyncLocalStorage): its reads end
// with the request, every other read stays unbound, and its statements count on the GraphDb it came from.
const TEST_CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), "../helpers/cypher");
let db: GraphDb;

beforeAll(async () => {
  const cfg = inject("neo4j");
  db = await GraphDb.connect({
    uri: cfg.uri,
    username: cfg.username,
    password: cfg.password,
    database: cfg.database,
    cypher: CypherRegistry.load(TEST_CYPHER),
  });
});

afterAll(async () => {
  await db?.close();
});

async function running(): Promise<number> {
  return Number((await db.read("count-slow-queries"))[0]?.running ?? 0);
}

/** Polls (bounded) until the server reports `want` slow transactions; returns the last count seen. */
async function until(want: (n: number) => boolean): Promise<number> {
  let n = await running();
  for (let i = 0; i < 200 && !want(n); i++) {
    await new Promise((r) => setTimeout(r, 100));
    n = await running();
  }
  return n;
}

describe("GraphDb.forRequest", () => {
  it("an abandoned request stops its view's transaction on the server, after an await as well", async () => {
    const gone = new AbortController();
    const view = db.forRequest({ signal: gone.signal });
    // A read started after an await: the binding is the view's, not the synchronous call's.
    const read = Promise.resolve().then(() => view.readTx((tx) => tx.run("run-slow-query")));
    const failed = read.then(
      () => null,
      (e: unknown) => e,
    );
    expect(await until((n) => n > 0)).toBe(1);
    gone.abort();
    expect(await failed).toBeInstanceOf(QueryAbortedError);
    expect(await until((n) => n === 0)).toBe(0);
  });

  it("the view's deadline becomes the transaction timeout; a read past it never reaches the server", async () => {
    const late = db.forRequest({ deadline: Date.now() - 1 });
    await expect(late.read("run-slow-query")).rejects.toBeInstanceOf(QueryAbortedError);
    const soon = db.forRequest({ deadline: Date.now() + 500 });
    const error = await soon.read("run-slow-query").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(await until((n) => n === 0)).toBe(0);
  });

  it("leaves the GraphDb it came from unbound and counts its statements there", async () => {
    const before = db.queryCount;
    const view = db.forRequest({ deadline: Date.now() - 1 });
    await expect(view.read("count-slow-queries")).rejects.toBeInstanceOf(QueryAbortedError);
    // Refused before a statement was sent: nothing counted.
    expect(db.queryCount).toBe(before);
    expect(await running()).toBe(0);
    expect(db.queryCount).toBe(before + 1);
    const live = db.forRequest({ deadline: Date.now() + 10_000 });
    await live.read("count-slow-queries");
    expect(db.queryCount).toBe(before + 2);
    expect(live.queryCount).toBe(before + 2);
  });
});
