/**
 * Export file formats, written page by page: an export never holds more than one page of nodes or edges, whatever
 * the size of the graph. Each writer takes the pages of a source and hands text chunks to `emit`, which waits for the
 * socket (backpressure) before the next page is read.
 *
 * GEXF is written by graphology-gexf's own writer, one small graphology graph per page; its `<node>`/`<edge>`
 * elements are spliced between a header and a footer that the same writer produced for a one-node, one-edge model
 * graph carrying every attribute. The writer declares attributes by name (`for="degree"`), so page fragments and
 * header always agree, and the XML escaping, attribute typing and GEXF dialect are the library's, not ours.
 * graphology-graphml 0.5 has a parser but no writer: GraphML is written with xml-writer, the streaming XML writer
 * both graphology libraries use, element by element. Cytoscape.js JSON and CSV are plain text formats.
 */
import { MultiDirectedGraph } from "graphology";
import { write as writeGexfDocument } from "graphology-gexf";
import XMLWriter from "xml-writer";
import type { ExportEdgeRecord, ExportNodeRecord } from "../../graph/export-queries.js";

/** Where an export's pages come from (a neighbourhood or the whole graph). */
export interface ExportSource {
  /** Pages of nodes; every node the edges refer to comes first. */
  nodes(): AsyncIterable<ExportNodeRecord[]>;
  /** Pages of edges. */
  edges(): AsyncIterable<ExportEdgeRecord[]>;
}

/** Receives the output; resolves when the next chunk may be produced. */
export type Emit = (chunk: string) => Promise<void>;

/** The export formats by file name. */
export const EXPORT_FILES = {
  "graph.gexf": { type: "application/gexf+xml; charset=utf-8" },
  "graph.graphml": { type: "application/graphml+xml; charset=utf-8" },
  "graph.cyjs": { type: "application/json; charset=utf-8" },
  "nodes.csv": { type: "text/csv; charset=utf-8" },
  "edges.csv": { type: "text/csv; charset=utf-8" },
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

const GENERATOR = "arabic-news-graph";

/** Node attributes as every format names them. */
function nodeData(n: ExportNodeRecord) {
  return { name: n.name, nameAr: n.nameAr, kind: n.kind, degree: n.degree };
}

/** Edge attributes as every format names them; code lists are joined with ";" (GEXF 1.2, CSV and GraphML agree). */
function edgeData(e: ExportEdgeRecord) {
  return {
    type: e.type,
    weight: e.weight,
    firstDate: e.firstDate ?? "",
    lastDate: e.lastDate ?? "",
    plover: e.plover.join(";"),
    cameo: e.cameo.join(";"),
  };
}

// ---------------------------------------------------------------------------------------------------------- GEXF

function gexfGraph(): MultiDirectedGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}

function addGexfNode(g: MultiDirectedGraph, n: ExportNodeRecord): void {
  // `label` becomes GEXF's label; the rest become declared attributes.
  g.mergeNode(n.id, { label: n.name, ...nodeData(n) });
}

function addGexfEdge(g: MultiDirectedGraph, e: ExportEdgeRecord): void {
  g.mergeNode(e.source);
  g.mergeNode(e.target);
  // `weight` becomes GEXF's edge weight, `label` its label; the edge's type stays an attribute too.
  g.addEdgeWithKey(e.id, e.source, e.target, { label: e.type, ...edgeData(e) });
}

function between(xml: string, open: string, close: string): string {
  const start = xml.indexOf(open);
  const end = xml.lastIndexOf(close);
  if (start < 0 || end < start) return "";
  return xml.slice(start + open.length, end);
}

const MODEL_NODE: ExportNodeRecord = { id: "m", name: "m", nameAr: "m", kind: "m", degree: 1 };
const MODEL_EDGE: ExportEdgeRecord = {
  id: "e",
  type: "MET",
  source: "m",
  target: "m",
  weight: 1,
  firstDate: "2000-01-01",
  lastDate: "2000-01-01",
  plover: ["m"],
  cameo: ["m"],
};

/** The GEXF document up to `<nodes>`: meta and the attribute model, as graphology-gexf writes them. */
function gexfHeader(description: string): string {
  const g = gexfGraph();
  g.replaceAttributes({
    creator: GENERATOR,
    description,
    lastModifiedDate: new Date().toISOString().slice(0, 10),
  });
  addGexfNode(g, MODEL_NODE);
  addGexfEdge(g, MODEL_EDGE);
  const xml = writeGexfDocument(g, { pretty: false });
  return xml.slice(0, xml.indexOf("<nodes>"));
}

async function writeGexf(source: ExportSource, c: { emit: Emit; description: string }): Promise<void> {
  await c.emit(`${gexfHeader(c.description)}<nodes>`);
  for await (const nodes of source.nodes()) {
    if (nodes.length === 0) continue;
    const g = gexfGraph();
    for (const n of nodes) addGexfNode(g, n);
    await c.emit(between(writeGexfDocument(g, { pretty: false }), "<nodes>", "</nodes>"));
  }
  await c.emit("</nodes><edges>");
  for await (const edges of source.edges()) {
    if (edges.length === 0) continue;
    const g = gexfGraph();
    for (const e of edges) addGexfEdge(g, e);
    await c.emit(between(writeGexfDocument(g, { pretty: false }), "<edges>", "</edges>"));
  }
  await c.emit("</edges></graph></gexf>\n");
}

// ------------------------------------------------------------------------------------------------------- GraphML

const GRAPHML_KEYS: { id: string; for: "node" | "edge"; type: "string" | "int" }[] = [
  { id: "label", for: "node", type: "string" },
  { id: "name", for: "node", type: "string" },
  { id: "nameAr", for: "node", type: "string" },
  { id: "kind", for: "node", type: "string" },
  { id: "degree", for: "node", type: "int" },
  { id: "label", for: "edge", type: "string" },
  { id: "type", for: "edge", type: "string" },
  { id: "weight", for: "edge", type: "int" },
  { id: "firstDate", for: "edge", type: "string" },
  { id: "lastDate", for: "edge", type: "string" },
  { id: "plover", for: "edge", type: "string" },
  { id: "cameo", for: "edge", type: "string" },
];

async function writeGraphml(source: ExportSource, c: { emit: Emit; description: string }): Promise<void> {
  let buffer = "";
  const xml = new XMLWriter(false, (chunk) => {
    buffer += chunk;
  });
  const flush = async () => {
    const out = buffer;
    buffer = "";
    if (out) await c.emit(out);
  };
  const data = (key: string, value: string | number) => {
    if (value === "") return;
    xml.startElement("data").writeAttribute("key", key).text(String(value)).endElement();
  };
  xml.startDocument("1.0", "UTF-8");
  xml.startElement("graphml").writeAttribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  for (const k of GRAPHML_KEYS) {
    // Node and edge keys share an id space in GraphML: edge keys get an "e" prefix, names stay as attr.name.
    xml
      .startElement("key")
      .writeAttribute("id", k.for === "edge" ? `e_${k.id}` : k.id)
      .writeAttribute("for", k.for)
      .writeAttribute("attr.name", k.id)
      .writeAttribute("attr.type", k.type)
      .endElement();
  }
  xml.startElement("graph").writeAttribute("id", "G").writeAttribute("edgedefault", "directed");
  xml.startElement("desc").text(c.description).endElement();
  for await (const nodes of source.nodes()) {
    for (const n of nodes) {
      xml.startElement("node").writeAttribute("id", n.id);
      data("label", n.name);
      for (const [k, v] of Object.entries(nodeData(n))) data(k, v);
      xml.endElement();
    }
    await flush();
  }
  for await (const edges of source.edges()) {
    for (const e of edges) {
      xml.startElement("edge").writeAttribute("id", e.id).writeAttribute("source", e.source);
      xml.writeAttribute("target", e.target);
      data("e_label", e.type);
      for (const [k, v] of Object.entries(edgeData(e))) data(`e_${k}`, v);
      xml.endElement();
    }
    await flush();
  }
  xml.endElement().endElement();
  buffer += "\n";
  await flush();
}

// ------------------------------------------------------------------------------------------------- Cytoscape.js

async function writeCyjs(source: ExportSource, c: { emit: Emit; description: string }): Promise<void> {
  // The layout Cytoscape desktop imports (File → Import → Network from File, .cyjs) and cy.json() produces.
  const head = {
    format_version: "1.0",
    generated_by: GENERATOR,
    target_cytoscapejs_version: "~3",
    data: { name: c.description, shared_name: c.description },
  };
  await c.emit(`${JSON.stringify(head).slice(0, -1)},"elements":{"nodes":[`);
  let first = true;
  for await (const nodes of source.nodes()) {
    if (nodes.length === 0) continue;
    const items = nodes.map((n) => JSON.stringify({ data: { id: n.id, ...nodeData(n) } }));
    await c.emit(`${first ? "" : ","}${items.join(",")}`);
    first = false;
  }
  await c.emit(`],"edges":[`);
  first = true;
  for await (const edges of source.edges()) {
    if (edges.length === 0) continue;
    const items = edges.map((e) =>
      JSON.stringify({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          interaction: e.type,
          ...edgeData(e),
          firstDate: e.firstDate,
          lastDate: e.lastDate,
          plover: e.plover,
          cameo: e.cameo,
        },
      }),
    );
    await c.emit(`${first ? "" : ","}${items.join(",")}`);
    first = false;
  }
  await c.emit("]}}\n");
}

// ---------------------------------------------------------------------------------------------------------- CSV

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge spaces. */
export function csvField(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

// A byte order mark first: spreadsheet programs otherwise guess a legacy encoding and garble the Arabic names.
const BOM = "\uFEFF";

async function writeNodesCsv(source: ExportSource, emit: Emit): Promise<void> {
  await emit(BOM + csvLine(["id", "name", "nameAr", "kind", "degree"]));
  for await (const nodes of source.nodes()) {
    if (nodes.length === 0) continue;
    await emit(nodes.map((n) => csvLine([n.id, n.name, n.nameAr, n.kind, n.degree])).join(""));
  }
}

async function writeEdgesCsv(source: ExportSource, emit: Emit): Promise<void> {
  await emit(BOM + csvLine(["id", "source", "target", "type", "weight", "firstDate", "lastDate", "plover", "cameo"]));
  for await (const edges of source.edges()) {
    if (edges.length === 0) continue;
    const lines = edges.map((e) => {
      const d = edgeData(e);
      return csvLine([e.id, e.source, e.target, d.type, d.weight, d.firstDate, d.lastDate, d.plover, d.cameo]);
    });
    await emit(lines.join(""));
  }
}

/** Writes one export file from a source; `description` names what was exported (actor, filters). */
export async function writeExport(c: {
  file: ExportFile;
  source: ExportSource;
  emit: Emit;
  description: string;
}): Promise<void> {
  const { file, source, emit, description } = c;
  switch (file) {
    case "graph.gexf":
      return writeGexf(source, { emit, description });
    case "graph.graphml":
      return writeGraphml(source, { emit, description });
    case "graph.cyjs":
      return writeCyjs(source, { emit, description });
    case "nodes.csv":
      return writeNodesCsv(source, emit);
    case "edges.csv":
      return writeEdgesCsv(source, emit);
  }
}
