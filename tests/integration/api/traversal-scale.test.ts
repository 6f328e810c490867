import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { actorSearchNames, eventPageKey } from "../../../src/graph/write-articles.js";
import { writeBulkBatch } from "../../../src/graph/write-bulk.js";
import { TestApi, type Data } from "../helpers/api-server.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

// Issue 9: the queries that read derived edges, top-k and index pages, on a hand-made graph whose answers are known.
// Hub H met A five times (two of them as the object, one negated), B twice and C once; H condemned D four times.
let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;

const actor = (id: string) => {
  const names = { name: `Actor ${id}`, nameAr: `فاعل ${id}`, aliases: [] as string[] };
  return {
    id,
    ...names,
    kind: "COUNTRY",
    wikidataId: null,
    discovered: false,
    parentId: null,
    ...actorSearchNames(names),
  };
};

function event(e: { id: string; type: string; s: string; o: string; date: string | null; negated?: boolean }) {
  return {
    id: e.id,
    type: e.type,
    plover: null,
    cameo: null,
    subjectId: e.s,
    objectId: e.o,
    date: e.date,
    pageKey: eventPageKey({ id: e.id, date: e.date }),
    datePrecision: "day",
    mode: e.type === "MET" ? "meeting" : null,
    negated: e.negated ?? false,
    modality: "asserted",
    locationName: null,
    locationNameAr: null,
    locationActorId: null,
  };
}

const EVENTS = [
  event({ id: "m1", type: "MET", s: "H", o: "A", date: "2024-03-01" }),
  event({ id: "m2", type: "MET", s: "A", o: "H", date: "2024-01-15" }),
  event({ id: "m3", type: "MET", s: "H", o: "A", date: "2024-05-20" }),
  event({ id: "m4", type: "MET", s: "A", o: "H", date: "2023-12-31" }),
  event({ id: "m5", type: "MET", s: "H", o: "A", date: "2024-02-02", negated: true }),
  event({ id: "m6", type: "MET", s: "H", o: "B", date: "2024-04-04" }),
  event({ id: "m7", type: "MET", s: "B", o: "H", date: null }),
  event({ id: "m8", type: "MET", s: "C", o: "H", date: "2024-06-06" }),
  event({ id: "c1", type: "CONDEMNED", s: "H", o: "D", date: "2024-01-01" }),
  event({ id: "c2", type: "CONDEMNED", s: "H", o: "D", date: "2024-01-01" }),
  event({ id: "c3", type: "CONDEMNED", s: "H", o: "D", date: "2024-07-07" }),
  event({ id: "c4", type: "CONDEMNED", s: "H", o: "D", date: "2024-08-08" }),
  event({ id: "s1", type: "SUPPORTED", s: "D", o: "E", date: "2024-02-02" }),
];

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeBulkBatch(db, {
    actors: ["H", "A", "B", "C", "D", "E"].map(actor),
    articles: [{ id: "art", title: null, source: null, url: null, publishedAt: null, language: "ar" }],
    events: EVENTS,
    mentions: EVENTS.map((e) => ({ id: `${e.id}:m`, eventId: e.id, articleId: "art", props: { confidence: 0.9 } })),
  });
  api = await TestApi.start(db);
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

describe("whoMet from the MET edges", () => {
  it("counts positive meetings over both directions, with first and last dates, most meetings first", async () => {
    const d = await api.ok(`{ whoMet(actor: "H") { counterpart { id name } count firstDate lastDate } }`);
    expect(d.whoMet).toEqual([
      { counterpart: { id: "A", name: "Actor A" }, count: 4, firstDate: "2023-12-31", lastDate: "2024-05-20" },
      { counterpart: { id: "B", name: "Actor B" }, count: 2, firstDate: "2024-04-04", lastDate: "2024-04-04" },
      { counterpart: { id: "C", name: "Actor C" }, count: 1, firstDate: "2024-06-06", lastDate: "2024-06-06" },
    ]);
  });

  it("pages counterparts with first and each counterpart's meetings in date order with meetings(first:)", async () => {
    const d = await api.ok(`{ whoMet(actor: "H", first: 2) { counterpart { id } meetings(first: 3) { id } } }`);
    expect(d.whoMet).toEqual([
      { counterpart: { id: "A" }, meetings: [{ id: "m4" }, { id: "m2" }, { id: "m1" }] },
      // An undated meeting comes last.
      { counterpart: { id: "B" }, meetings: [{ id: "m6" }, { id: "m7" }] },
    ]);
  });

  it("two page sizes in one query each get their own page", async () => {
    const d = await api.ok(`{ whoMet(actor: "H", first: 1) { one: meetings(first: 1) { id } all: meetings { id } } }`);
    expect(d.whoMet).toEqual([{ one: [{ id: "m4" }], all: [{ id: "m4" }, { id: "m2" }, { id: "m1" }, { id: "m3" }] }]);
  });

  it("with negated meetings it counts from the events, the negated one included", async () => {
    const d = await api.ok(`{ whoMet(actor: "H", includeNegated: true, first: 1) { count meetings { id negated } } }`);
    expect(d.whoMet[0].count).toBe(5);
    expect(d.whoMet[0].meetings.map((m: Data) => m.id)).toEqual(["m4", "m2", "m5", "m1", "m3"]);
  });
});

describe("neighbourhood by per-node top-k", () => {
  it("keeps the heaviest neighbours within the limit, and only the edges that reached them", async () => {
    const d = await api.ok(`{ neighborhood(actor: "H", limit: 3) {
      nodes { id depth degree } edges { id source target type weight firstDate lastDate } } }`);
    // D: 4 condemnations, A: 4 meetings (tie broken by id), then B (2) and C (1) do not fit.
    expect(d.neighborhood.nodes).toEqual([
      { id: "H", depth: 0, degree: 6 },
      { id: "A", depth: 1, degree: 2 },
      { id: "D", depth: 1, degree: 2 },
    ]);
    expect(d.neighborhood.edges).toEqual([
      {
        id: "CONDEMNED:H->D",
        source: "H",
        target: "D",
        type: "CONDEMNED",
        weight: 4,
        firstDate: "2024-01-01",
        lastDate: "2024-08-08",
      },
      {
        id: "MET:A->H",
        source: "A",
        target: "H",
        type: "MET",
        weight: 2,
        firstDate: "2023-12-31",
        lastDate: "2024-01-15",
      },
      {
        id: "MET:H->A",
        source: "H",
        target: "A",
        type: "MET",
        weight: 2,
        firstDate: "2024-03-01",
        lastDate: "2024-05-20",
      },
    ]);
  });

  it("expands depth 2 from kept nodes only, and loads eventIds only when asked", async () => {
    const d = await api.ok(`{ neighborhood(actor: "H", depth: 2, limit: 3, types: [CONDEMNED, SUPPORTED]) {
      nodes { id depth } edges { id eventIds } } }`);
    expect(d.neighborhood.nodes).toEqual([
      { id: "H", depth: 0 },
      { id: "D", depth: 1 },
      { id: "E", depth: 2 },
    ]);
    expect(d.neighborhood.edges).toEqual([
      { id: "CONDEMNED:H->D", eventIds: ["c1", "c2", "c3", "c4"] },
      { id: "SUPPORTED:D->E", eventIds: ["s1"] },
    ]);
  });
});

describe("relations of an actor through the page-key index", () => {
  it("pages newest first with undated events first and ties by id, like the unindexed order", async () => {
    const q = `query($after: String) { relations(filter: { actors: ["H"] }, first: 4, after: $after) {
      nodes { id subject { name } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = await api.ok(q);
    expect(p1.relations.nodes.map((e: Data) => e.id)).toEqual(["m7", "c4", "c3", "m8"]);
    expect(p1.relations.nodes[0].subject.name).toBe("Actor B");
    const p2 = await api.ok(q, { after: p1.relations.pageInfo.endCursor });
    expect(p2.relations.nodes.map((e: Data) => e.id)).toEqual(["m3", "m6", "m1", "m2"]);
    const p3 = await api.ok(q, { after: p2.relations.pageInfo.endCursor });
    // m5 is negated: left out by default. c1 and c2 share a date: by id.
    expect(p3.relations.nodes.map((e: Data) => e.id)).toEqual(["c1", "c2", "m4"]);
    expect(p3.relations.pageInfo.hasNextPage).toBe(false);
  });

  it("gives the same page as the unindexed path when the filter also names a pair", async () => {
    const d = await api.ok(`{ a: relations(filter: { actors: ["D"] }, first: 10) { nodes { id } }
      b: relations(filter: { between: ["H", "D"] }, first: 10) { nodes { id } } }`);
    expect(d.a.nodes.map((e: Data) => e.id)).toEqual(["c4", "c3", "s1", "c1", "c2"]);
    expect(d.b.nodes.map((e: Data) => e.id)).toEqual(["c4", "c3", "c1", "c2"]);
  });
});
