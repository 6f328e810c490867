import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../../src/graph/db.js";
import { schemaStatementNames } from "../../../src/graph/apply-schema.js";

describe("the shared Neo4j", () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await GraphDb.connect(inject("neo4j"));
  });
  afterAll(async () => {
    await db.close();
  });

  it("is a real Neo4j 5.26 server answering Cypher", async () => {
    expect(await db.ping()).toBe(true);
    const [row] = await db.read("read-server-version");
    expect(String(row?.version)).toMatch(/^5\.26\./);
  });

  it("has the constraints and the Arabic full-text index applied by global setup", async () => {
    expect(schemaStatementNames(db)).toContain("create-actor-id-constraint");
    const rows = await db.read("read-schema-objects");
    const names = rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["actor_id", "article_id", "event_id", "actor_names"]));
    const fulltext = rows.find((r) => r.name === "actor_names");
    expect(fulltext?.analyzer).toBe("arabic");
  });
});
