import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { GraphDb } from "../../../src/graph/db.js";
import { CypherRegistry } from "../../../src/graph/cypher-registry.js";

// Every statement in cypher/ must parse and plan on the real server (EXPLAIN runs nothing).
const names = CypherRegistry.load().names();
let db: GraphDb;

beforeAll(async () => {
  const cfg = inject("neo4j");
  db = await GraphDb.connect({ uri: cfg.uri, username: cfg.username, password: cfg.password, database: cfg.database });
});

afterAll(async () => {
  await db?.close();
});

describe("cypher/*.cypher", () => {
  it("has statements", () => {
    expect(names.length).toBeGreaterThan(20);
  });

  it.each(names)("%s plans with EXPLAIN", async (name) => {
    await expect(db.explain(name)).resolves.toBeUndefined();
  });
});
