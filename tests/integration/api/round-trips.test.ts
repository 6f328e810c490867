import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/extract/types.js";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi } from "../helpers/api-server.js";
import { ACTORS, buildExtraction, seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  api = await TestApi.start(db);
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

// Every nested list below would be one query per parent object without DataLoaders.
const NESTED = `{
  actors(first: 80) {
    totalCount
    nodes {
      id name degree
      parent { name }
      roles { title of { name parent { name } } }
      relations(first: 5) {
        type
        subject { name roles { title } }
        object { name }
        evidence { sentence article { title parent { id } } }
      }
    }
  }
}`;

async function roundTrips(query: string): Promise<{ trips: number; actors: number; events: number }> {
  const before = db.queryCount;
  const r = await api.query<{ actors: { nodes: { relations: unknown[] }[] } }>(query);
  expect(r.errors).toBeUndefined();
  const nodes = r.data!.actors.nodes;
  return {
    trips: db.queryCount - before,
    actors: nodes.length,
    events: nodes.reduce((n, a) => n + a.relations.length, 0),
  };
}

function person(i: number): Actor {
  return {
    id: `person:p${i}`,
    name: `Person ${i}`,
    nameAr: `شخص ${i}`,
    kind: "PERSON",
    aliases: [],
    parent: ACTORS.russia.id,
    roles: [{ title: "Envoy", of: ACTORS.iran.id }],
  };
}

describe("DataLoaders bound the database round trips of nested queries", () => {
  it("costs the same number of queries for 9 actors as for 69, and few of them", async () => {
    await admin.reset();
    await writeArticles(db, seedCorpus());
    const small = await roundTrips(NESTED);

    const people = Array.from({ length: 60 }, (_, i) => person(i));
    const big = Array.from({ length: 40 }, (_, i) =>
      buildExtraction({
        id: `big${i}`,
        extraActors: [ACTORS.russia, ACTORS.iran],
        relations: [0, 1, 2].map((k) => ({
          type: "MET" as const,
          subject: people[(i + k) % 60]!,
          object: people[(i * 7 + k + 1) % 60]!,
          date: `2023-11-${String((k % 28) + 1).padStart(2, "0")}`,
        })),
      }),
    );
    await writeArticles(db, big);
    const large = await roundTrips(NESTED);

    expect(large.actors).toBeGreaterThan(small.actors * 5);
    expect(large.events).toBeGreaterThan(small.events * 5);
    expect(large.trips).toBe(small.trips);
    expect(large.trips).toBeLessThanOrEqual(12);
  });
});
