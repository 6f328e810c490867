import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CypherRegistry } from "../../../src/graph/cypher-registry.js";
import { GraphDb } from "../../../src/graph/db.js";

// The configuration path of docs/scaling.md that this machine can test: a neo4j:// URI (routing driver, as for a
// cluster or Aura with read replicas) against our single server, with reads in READ transactions.
const TEST_CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), "../helpers/cypher");
let routed: GraphDb;
let routedProbe: GraphDb;

beforeAll(async () => {
  const cfg = inject("neo4j");
  const uri = cfg.uri.replace(/^bolt:/, "neo4j:");
  const options = { uri, username: cfg.username, password: cfg.password, database: cfg.database };
  routed = await GraphDb.connect(options);
  routedProbe = await GraphDb.connect({ ...options, cypher: CypherRegistry.load(TEST_CYPHER) });
});

afterAll(async () => {
  await routed?.close();
  await routedProbe?.close();
});

describe("neo4j:// routing", () => {
  it("connects through the routing table and answers reads", async () => {
    expect(routed).toBeDefined();
    const [totals] = await routed.read("count-graph-totals");
    expect(typeof totals?.actors).toBe("number");
  });

  it("sends reads as READ transactions: a write statement in a read is refused by the server", async () => {
    await expect(routedProbe.read("create-routing-probe")).rejects.toMatchObject({
      code: expect.stringMatching(/AccessMode|ForbiddenOnReadOnlyDatabase|WriteOnReadOnly/),
    });
  });

  it("sends writes to the writer", async () => {
    const rows = await routedProbe.write((tx) => tx.run("create-routing-probe"));
    expect(rows[0]?.created).toBe(1);
  });

  it("hands the bookmark of each write on to the sessions that follow (read-your-writes on a cluster)", async () => {
    const before = await routedProbe.currentBookmarks();
    await routedProbe.write((tx) => tx.run("create-routing-probe"));
    const after = await routedProbe.currentBookmarks();
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
  });
});
