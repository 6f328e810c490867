/**
 * Graph exports parsed back by their formats' own parsers (graphology-gexf, graphology-graphml, csv-parse) and
 * compared with the GraphQL answers for the same graph. A page size of 2 makes every export span several pages.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph as Graph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi, type Data } from "../helpers/api-server.js";
import { seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;
let origin: string;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  api = await TestApi.start(db, { exportLimits: { pageSize: 2 } });
  origin = new URL(api.url).origin;
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

async function download(path: string): Promise<{ status: number; type: string | null; text: string; bytes: Buffer }> {
  const res = await fetch(`${origin}${path}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), text: bytes.toString("utf8"), bytes };
}

async function allActorIds(): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const d: Data = await api.ok(
      `query($after: String) { actors(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    ids.push(...d.actors.nodes.map((n: Data) => n.id as string));
    if (!d.actors.pageInfo.hasNextPage) return ids.sort();
    after = d.actors.pageInfo.endCursor;
  }
}

const NEIGHBORHOOD = `query($a: ID!, $d: Int, $t: [RelationType!]) {
  neighborhood(actor: $a, depth: $d, types: $t, limit: 100) {
    nodes { id label labelAr kind degree }
    edges { id source target type weight firstDate lastDate relation { events { plover cameo } } }
  }
}`;

/** The GraphQL neighbourhood in the shape the exports carry. */
async function graphqlNeighborhood(actor: string, depth: number, types?: string[]) {
  const d = await api.ok(NEIGHBORHOOD, { a: actor, d: depth, t: types ?? null });
  const nodes = (d.neighborhood.nodes as Data[])
    .map((n) => ({ id: n.id, name: n.label, nameAr: n.labelAr, kind: n.kind, degree: n.degree }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const edges = (d.neighborhood.edges as Data[])
    .map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      weight: e.weight,
      firstDate: e.firstDate ?? "",
      lastDate: e.lastDate ?? "",
      plover: [...new Set((e.relation.events as Data[]).map((ev) => ev.plover))].sort().join(";"),
      cameo: [...new Set((e.relation.events as Data[]).map((ev) => ev.cameo))].sort().join(";"),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges };
}

function graphNodes(g: Graph) {
  return g
    .mapNodes((id, a) => ({ id, name: a.name, nameAr: a.nameAr, kind: a.kind, degree: a.degree }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function graphEdges(g: Graph) {
  return g
    .mapEdges((id, a, source, target) => ({
      id,
      source,
      target,
      type: a.type,
      weight: a.weight,
      firstDate: a.firstDate ?? "",
      lastDate: a.lastDate ?? "",
      plover: a.plover ?? "",
      cameo: a.cameo ?? "",
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe("whole-graph exports", () => {
  it("GEXF holds every actor and every relation edge, parsed back by graphology-gexf", async () => {
    const r = await download("/export/graph.gexf");
    expect(r.status).toBe(200);
    expect(r.type).toContain("gexf");
    const g = parseGexf(Graph, r.text);
    expect(g.nodes().sort()).toEqual(await allActorIds());
    expect(g.getNodeAttributes("person:peskov")).toMatchObject({
      label: "Dmitry Peskov",
      nameAr: "دميتري بيسكوف",
      kind: "PERSON",
    });
    // Positive events only: Israel CONDEMNED, Russia INVITED and Iran SUPPORTED Hamas, Bagheri Kani MET two.
    expect(g.edges().sort()).toEqual([
      "CONDEMNED:country:ISR->org:hamas",
      "INVITED:country:RUS->org:hamas",
      "MET:person:bagheri-kani->person:abu-marzouk",
      "MET:person:bagheri-kani->person:bogdanov",
      "SUPPORTED:country:IRN->org:hamas",
    ]);
    const met = g.getEdgeAttributes("MET:person:bagheri-kani->person:bogdanov");
    expect(met).toMatchObject({ type: "MET", weight: 1, firstDate: "2023-10-26", lastDate: "2023-10-26" });
    expect(met.plover).toMatch(/\w/);
    expect(met.cameo).toMatch(/\d/);
  });

  it("GraphML holds every actor, parsed back by graphology-graphml", async () => {
    const r = await download("/export/graph.graphml");
    expect(r.status).toBe(200);
    const g = parseGraphml(Graph, r.text);
    expect(g.nodes().sort()).toEqual(await allActorIds());
    expect(g.getNodeAttribute("org:hamas", "nameAr")).toBe("حماس");
    expect(g.getNodeAttribute("org:hamas", "degree")).toBe(3);
    expect(g.size).toBe(5);
  });

  it("CSV pair starts with a byte order mark and keeps the Arabic names", async () => {
    const nodes = await download("/export/nodes.csv");
    expect([...nodes.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(nodes.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(await allActorIds());
    expect(rows.find((r) => r.id === "person:bogdanov")).toMatchObject({
      name: "Mikhail Bogdanov",
      nameAr: "ميخائيل بوغدانوف",
      kind: "PERSON",
      degree: "1",
    });
    const edges = await download("/export/edges.csv");
    expect([...edges.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const edgeRows = parseCsv(edges.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(edgeRows).toHaveLength(5);
    expect(Object.keys(edgeRows[0]!)).toEqual([
      "id",
      "source",
      "target",
      "type",
      "weight",
      "firstDate",
      "lastDate",
      "plover",
      "cameo",
    ]);
  });

  it("types and dates narrow the edges", async () => {
    const r = await download("/export/edges.csv?types=met&from=2023-10-26&to=2023-10-26");
    const rows = parseCsv(r.text, { bom: true, columns: true }) as Record<string, string>[];
    // The Abu Marzouk meeting is dated the 27th: outside the range.
    expect(rows.map((x) => x.id)).toEqual(["MET:person:bagheri-kani->person:bogdanov"]);
  });

  it("is refused with 422 naming the cap when the graph is larger than the export caps", async () => {
    const small = await TestApi.start(db, { exportLimits: { maxNodes: 3 } });
    try {
      const res = await fetch(`${new URL(small.url).origin}/export/graph.gexf`);
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: string; code: string };
      expect(body.code).toBe("EXPORT_TOO_LARGE");
      expect(body.error).toContain("capped at 3 actors");
      // A neighbourhood is bounded by limit, not by the whole-graph caps.
      const neighbourhood = await fetch(`${new URL(small.url).origin}/export/graph.gexf?actor=org:hamas`);
      expect(neighbourhood.status).toBe(200);
      expect(await neighbourhood.text()).toContain('<node id="org:hamas"');
    } finally {
      await small.stop();
    }
  });

  it("refuses bad parameters with a specific 400 or 404", async () => {
    const cases: [string, number, RegExp][] = [
      ["/export/graph.gexf?types=HUGGED", 400, /Unknown relation type "HUGGED"/],
      ["/export/graph.gexf?actor=org:hamas&depth=9", 400, /depth must be an integer between 1 and 3/],
      ["/export/graph.gexf?from=2023-13-01", 400, /not a date/],
      ["/export/graph.gexf?from=2024-01-01&to=2023-01-01", 400, /after/],
      ["/export/graph.gexf?depth=2", 400, /give actor=/],
      ["/export/graph.gexf?foo=1", 400, /Unknown parameter "foo"/],
      ["/export/graph.gexf?actor=nobody-at-all", 404, /No actor/],
      ["/export/graph.svg", 404, /unknown export/],
    ];
    for (const [path, status, message] of cases) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(status);
      expect(((await res.json()) as { error: string }).error, path).toMatch(message);
    }
  });
});

describe("neighbourhood exports equal the GraphQL neighbourhood", () => {
  it.each([
    ["org:hamas", 1, undefined],
    ["person:bagheri-kani", 2, undefined],
    ["org:hamas", 2, ["SUPPORTED", "CONDEMNED"]],
  ])("%s depth %s types %s: GEXF, GraphML, Cytoscape JSON and CSV", async (actor, depth, types) => {
    const expected = await graphqlNeighborhood(actor, depth, types);
    expect(expected.edges.length).toBeGreaterThan(0);
    const q = `?actor=${encodeURIComponent(actor)}&depth=${depth}${types ? `&types=${types.join(",")}` : ""}`;

    const gexf = parseGexf(Graph, (await download(`/export/graph.gexf${q}`)).text);
    expect(graphNodes(gexf)).toEqual(expected.nodes);
    expect(graphEdges(gexf)).toEqual(expected.edges);

    const graphml = parseGraphml(Graph, (await download(`/export/graph.graphml${q}`)).text);
    expect(graphNodes(graphml)).toEqual(expected.nodes);
    expect(graphEdges(graphml)).toEqual(expected.edges);

    const cy = JSON.parse((await download(`/export/graph.cyjs${q}`)).text) as Data;
    expect((cy.elements.nodes as Data[]).map((n) => n.data.id).sort()).toEqual(expected.nodes.map((n) => n.id));
    const cyEdges = (cy.elements.edges as Data[]).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
    expect(cyEdges.map((e) => [e.id, e.source, e.target, e.interaction, e.weight])).toEqual(
      expected.edges.map((e) => [e.id, e.source, e.target, e.type, e.weight]),
    );

    const nodesCsv = parseCsv((await download(`/export/nodes.csv${q}`)).text, { bom: true, columns: true, cast: true });
    expect((nodesCsv as Data[]).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.nodes);
    const edgesCsv = parseCsv((await download(`/export/edges.csv${q}`)).text, {
      bom: true,
      columns: true,
      cast: (value, context) => (context.column === "weight" ? Number(value) : value),
    });
    expect((edgesCsv as Data[]).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.edges);
  });

  it("accepts an actor's name as well as its id", async () => {
    const byName = parseGexf(Graph, (await download(`/export/graph.gexf?actor=${encodeURIComponent("حماس")}`)).text);
    const byId = parseGexf(Graph, (await download("/export/graph.gexf?actor=org:hamas")).text);
    expect(byName.nodes().sort()).toEqual(byId.nodes().sort());
    expect(byName.order).toBeGreaterThan(1);
  });
});
