import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { csvField, writeExport, type ExportFile, type ExportSource } from "../../../../src/api/export/formats.js";
import { parseExportParams } from "../../../../src/api/export/route.js";
import { DEFAULT_LIMITS } from "../../../../src/api/limits.js";
import type { ExportEdgeRecord, ExportNodeRecord } from "../../../../src/graph/export-queries.js";

const NODES: ExportNodeRecord[] = [
  { id: "a", name: 'Say "A", & <co>', nameAr: "أ، ب", kind: "COUNTRY", degree: 2 },
  { id: "b", name: "B", nameAr: "بيسكوف", kind: "PERSON", degree: 1 },
  { id: "c", name: " C ", nameAr: "", kind: "ORGANIZATION", degree: 1 },
];
const EDGES: ExportEdgeRecord[] = [
  {
    id: "MET:a->b",
    type: "MET",
    source: "a",
    target: "b",
    weight: 3,
    firstDate: "2023-01-02",
    lastDate: "2023-02-03",
    plover: ["CONSULT"],
    cameo: ["040", "043"],
  },
  {
    id: "ACCUSED:c->a",
    type: "ACCUSED",
    source: "c",
    target: "a",
    weight: 1,
    firstDate: null,
    lastDate: null,
    plover: [],
    cameo: [],
  },
  {
    id: "MET:b->a",
    type: "MET",
    source: "b",
    target: "a",
    weight: 1,
    firstDate: "2023-01-01",
    lastDate: "2023-01-01",
    plover: ["CONSULT"],
    cameo: ["040"],
  },
];

/** The fixtures in pages of one, so that every writer has to join pages. */
const source: ExportSource = {
  async *nodes() {
    for (const n of NODES) yield [n];
    yield [];
  },
  async *edges() {
    for (const e of EDGES) yield [e];
  },
};

async function exportText(file: ExportFile): Promise<string> {
  let out = "";
  await writeExport({ file, source, emit: async (c) => void (out += c), description: "test" });
  return out;
}

describe("export formats written page by page", () => {
  it("GEXF pages join into one document graphology-gexf parses", async () => {
    const g = parseGexf(MultiDirectedGraph, await exportText("graph.gexf"));
    expect(g.nodes()).toEqual(["a", "b", "c"]);
    expect(g.getNodeAttributes("a")).toMatchObject({ label: 'Say "A", & <co>', nameAr: "أ، ب", degree: 2 });
    expect(g.edges()).toEqual(EDGES.map((e) => e.id));
    expect(g.getEdgeAttributes("MET:a->b")).toMatchObject({ weight: 3, type: "MET", cameo: "040;043" });
    expect(g.source("ACCUSED:c->a")).toBe("c");
  });

  it("GraphML pages join into one document graphology-graphml parses", async () => {
    const g = parseGraphml(MultiDirectedGraph, await exportText("graph.graphml"));
    expect(g.nodes()).toEqual(["a", "b", "c"]);
    expect(g.getNodeAttributes("b")).toMatchObject({ name: "B", nameAr: "بيسكوف", kind: "PERSON", degree: 1 });
    expect(g.getEdgeAttributes("MET:a->b")).toMatchObject({ type: "MET", weight: 3, firstDate: "2023-01-02" });
    expect(g.size).toBe(3);
  });

  it("Cytoscape JSON is one JSON document", async () => {
    const cy = JSON.parse(await exportText("graph.cyjs"));
    expect(cy.elements.nodes).toHaveLength(3);
    expect(cy.elements.edges[0].data).toMatchObject({ id: "MET:a->b", source: "a", target: "b", interaction: "MET" });
  });

  it("CSV has a BOM, CRLF lines and quotes what needs quoting", async () => {
    const nodes = await exportText("nodes.csv");
    expect(nodes.startsWith("\uFEFFid,name,nameAr,kind,degree\r\n")).toBe(true);
    const rows = parseCsv(nodes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.nameAr])).toEqual([
      ['Say "A", & <co>', "أ، ب"],
      ["B", "بيسكوف"],
      [" C ", ""],
    ]);
    const edges = parseCsv(await exportText("edges.csv"), { bom: true, columns: true }) as Record<string, string>[];
    expect(edges[0]).toMatchObject({ id: "MET:a->b", weight: "3", cameo: "040;043" });
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("plain")).toBe("plain");
  });
});

describe("export parameters", () => {
  const parse = (q: string) => parseExportParams(new URLSearchParams(q), DEFAULT_LIMITS);

  it("reads a neighbourhood request with types and dates", () => {
    expect(parse("actor=org:hamas&depth=2&types=met, condemned,MET&from=2023-01-01&to=2023-12-31")).toEqual({
      actor: "org:hamas",
      depth: 2,
      limit: 100,
      filter: { types: ["MET", "CONDEMNED"], from: "2023-01-01", to: "2023-12-31" },
    });
    expect(parse("")).toEqual({ actor: null, depth: 1, limit: 100, filter: { types: null, from: null, to: null } });
  });

  it("refuses what the GraphQL API refuses, naming the limit", () => {
    expect(() => parse("actor=x&limit=501")).toThrow(/between 1 and 500/);
    expect(() => parse("actor=x&depth=0")).toThrow(/between 1 and 3/);
    expect(() => parse(`actor=${"x".repeat(501)}`)).toThrow(/limit 500/);
    expect(() => parse("from=2023-02-30")).toThrow(/not a date/);
    expect(() => parse("types=HUGGED")).toThrow(/Unknown relation type/);
    expect(() => parse("limit=5")).toThrow(/give actor=/);
  });
});
