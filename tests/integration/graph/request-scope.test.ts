import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CypherRegistry } from "../../../src/graph/cypher-registry.js";
import { GraphDb, QueryAbortedError, QueryTimeoutError } from "../../../src/graph/db.js";

// Reads bound to a request: the client going away and the request's deadline both end the Neo4j transaction.
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

describe("GraphDb.withRequest", () => {
  it("an abandoned request stops its transaction on the server", async () => {
    const gone = new AbortController();
    const read = GraphDb.withRequest({ signal: gone.signal }, () => db.read("run-slow-query"));
    const failed = read.then(
      () => null,
      (e: unknown) => e,
    );
    expect(await until((n) => n > 0)).toBe(1);
    gone.abort();
    expect(await failed).toBeInstanceOf(QueryAbortedError);
    expect(await until((n) => n === 0)).toBe(0);
  });

  it("a request past its deadline is refused before it reaches the server", async () => {
    const read = GraphDb.withRequest({ deadline: Date.now() - 1 }, () => db.read("run-slow-query"));
    await expect(read).rejects.toBeInstanceOf(QueryAbortedError);
  });

  it("the deadline becomes the transaction timeout, enforced by Neo4j", async () => {
    const read = GraphDb.withRequest({ deadline: Date.now() + 500 }, () => db.read("run-slow-query"));
    const error = await read.then(
      () => null,
      (e: unknown) => e,
    );
    // Neo4j stopped it; GraphDb hands it on as an expected, coded timeout (answered QUERY_TIMEOUT, not logged).
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(error).toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    expect(await until((n) => n === 0)).toBe(0);
  });
});
