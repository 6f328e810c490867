/**
 * The network explorer: search an actor, draw its neighbourhood with sigma.js (WebGL) laid out by ForceAtlas2,
 * expand nodes by clicking, read an edge's events and evidence sentences, filter, find paths, colour communities,
 * size by centrality, download exports. The view state lives in the URL so that a view can be shared as a link.
 */
import { MultiDirectedGraph, UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import betweenness from "graphology-metrics/centrality/betweenness";
import Sigma from "sigma";
import {
  ApiError,
  RELATION_TYPES,
  article,
  findActor,
  neighborhood,
  paths,
  relationsPage,
  searchActors,
  type ActorSummary,
  type EventItem,
  type EventQuery,
  type GraphEdge,
  type RelationType,
} from "./api.js";
import { dateOf, dayOf, exportQuery, formatState, inRange, parseState, segments, type ViewState } from "./state.js";
import "./style.css";

const KIND_COLORS: Record<string, string> = {
  COUNTRY: "#1f77b4",
  ORGANIZATION: "#ff7f0e",
  GOVERNMENT_BODY: "#2ca02c",
  PERSON: "#d62728",
  PEOPLE: "#9467bd",
};
const TYPE_COLORS: Record<RelationType, string> = {
  MET: "#4e79a7",
  INVITED: "#59a14f",
  CONDEMNED: "#e15759",
  ACCUSED: "#b07aa1",
  DEMANDED: "#f28e2b",
  SUPPORTED: "#76b7b2",
  SUPPLIED: "#edc948",
  MEDIATED: "#9c755f",
  REJECTED: "#ff9da7",
  THREATENED: "#d4a6c8",
  SANCTIONED: "#79706e",
  ATTACKED: "#8b0000",
};
const FLAGGED_COLOR = "#bbbbbb";
const COMMUNITY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"];
/** Pages of events fetched per expanded actor when negated or unasserted events are shown (100 each). */
const FLAGGED_PAGES = 3;

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  labelEn: string;
  labelAr: string;
  kind: string;
  degree: number;
  community?: number;
  highlighted?: boolean;
}

interface EdgeAttrs {
  relType: RelationType;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Drawn from negated or unasserted events (not a derived relation edge). */
  flagged: boolean;
  size: number;
  color: string;
  type: "arrow";
  label: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: ViewState = parseState(location.search);
const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
let loadToken = 0;

function setStatus(text: string): void {
  $("status").textContent = text;
}

/** `data-busy` on <body> says whether the drawing is settled (scripts and tests wait for "0"). */
function setBusy(busy: boolean): void {
  if (busy) {
    document.body.dataset.busy = "1";
    return;
  }
  // After the next frame: sigma has drawn the new graph by then.
  requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.busy = "0")));
}

function saveState(): void {
  history.replaceState(null, "", `${location.pathname}${formatState(state)}`);
  renderDownloads();
}

function errorText(e: unknown): string {
  return e instanceof ApiError ? `${e.message}${e.code ? ` (${e.code})` : ""}` : String(e);
}

// ------------------------------------------------------------------------------------------------ drawing model

function addNode(n: { id: string; label: string; labelAr: string; kind: string; degree: number }, near?: string) {
  if (graph.hasNode(n.id)) {
    // A node first met through an event listing may lack its degree: keep the best known one.
    if (n.degree > graph.getNodeAttribute(n.id, "degree")) graph.setNodeAttribute(n.id, "degree", n.degree);
    return;
  }
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  graph.addNode(n.id, {
    x: anchor.x + (Math.random() - 0.5) * 10,
    y: anchor.y + (Math.random() - 0.5) * 10,
    size: 5,
    color: KIND_COLORS[n.kind] ?? "#888",
    label: state.labels === "ar" ? n.labelAr || n.label : n.label,
    labelEn: n.label,
    labelAr: n.labelAr,
    kind: n.kind,
    degree: n.degree,
  });
}

function addEdge(e: GraphEdge & { flagged: boolean }) {
  if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) return;
  graph.addEdgeWithKey(e.id, e.source, e.target, {
    relType: e.type,
    weight: e.weight,
    firstDate: e.firstDate,
    lastDate: e.lastDate,
    flagged: e.flagged,
    size: 1 + Math.min(5, Math.log2(1 + e.weight)),
    color: e.flagged ? FLAGGED_COLOR : TYPE_COLORS[e.type],
    type: "arrow",
    label: e.flagged ? `${e.type} (negated/unasserted)` : e.type,
  });
}

function actorNode(a: ActorSummary) {
  return { id: a.id, label: a.name, labelAr: a.nameAr, kind: a.kind, degree: a.degree ?? 0 };
}

/** Negated/unasserted events around an actor, drawn as grey edges (the API's derived edges are positive only). */
async function addFlaggedEvents(actorId: string): Promise<void> {
  if (!state.includeNegated && !state.includeUnasserted) return;
  const filter: EventQuery = {
    actors: [actorId],
    types: state.types.length > 0 ? state.types : null,
    from: state.from,
    to: state.to,
    includeNegated: state.includeNegated,
    includeUnasserted: state.includeUnasserted,
  };
  const grouped = new Map<string, { e: EventItem; count: number; dates: string[] }>();
  let after: string | null = null;
  for (let page = 0; page < FLAGGED_PAGES; page++) {
    const p = await relationsPage({ filter, first: 100, after, evidence: false });
    for (const e of p.nodes) {
      const positive = !e.negated && (e.modality === "ASSERTED" || e.modality === "REPORTED");
      if (positive) continue;
      const key = `flag:${e.type}:${e.subject.id}->${e.object.id}`;
      const g = grouped.get(key) ?? { e, count: 0, dates: [] };
      g.count++;
      if (e.date) g.dates.push(e.date);
      grouped.set(key, g);
    }
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  for (const [id, g] of grouped) {
    addNode(actorNode(g.e.subject), actorId);
    addNode(actorNode(g.e.object), actorId);
    const dates = g.dates.sort();
    addEdge({
      id,
      source: g.e.subject.id,
      target: g.e.object.id,
      type: g.e.type,
      weight: g.count,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      flagged: true,
    });
  }
}

async function addNeighborhood(actorId: string, depth: number): Promise<void> {
  const g = await neighborhood({ actor: actorId, depth, types: state.types.length > 0 ? state.types : null });
  for (const n of g.nodes) addNode(n, actorId);
  for (const e of g.edges) addEdge({ ...e, flagged: false });
  await addFlaggedEvents(actorId);
}

function layout(): void {
  if (graph.order === 0) return;
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations: 150, settings: { ...settings, adjustSizes: false }, getEdgeWeight: null });
  }
}

/** A simple undirected copy (summed weights) for the metrics that do not take multigraphs. */
function simpleGraph(): UndirectedGraph {
  const g = new UndirectedGraph();
  graph.forEachNode((n) => g.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (!visibleEdge(a)) return;
    g.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + a.weight }));
  });
  return g;
}

function visibleEdge(a: EdgeAttrs): boolean {
  return inRange({ firstDate: a.firstDate, lastDate: a.lastDate, from: state.from, to: state.to });
}

/** Colours, sizes and labels from the display settings. */
function restyle(): void {
  const simple = simpleGraph();
  let communities: Record<string, number> = {};
  if (state.color === "community" && simple.size > 0) communities = louvain(simple, { getEdgeWeight: "weight" });
  let scores: Record<string, number> = {};
  if (state.size === "betweenness") scores = betweenness(simple, { normalized: true });
  if (state.size === "local") graph.forEachNode((n) => (scores[n] = simple.degree(n)));
  if (state.size === "degree") graph.forEachNode((n, a) => (scores[n] = a.degree));
  const max = Math.max(1e-9, ...Object.values(scores));
  graph.forEachNode((n, a) => {
    const community = communities[n];
    graph.mergeNodeAttributes(n, {
      label: state.labels === "ar" ? a.labelAr || a.labelEn : a.labelEn,
      size: 4 + 14 * Math.sqrt((scores[n] ?? 0) / max),
      color:
        state.color === "community" && community !== undefined
          ? COMMUNITY_COLORS[community % COMMUNITY_COLORS.length]!
          : (KIND_COLORS[a.kind] ?? "#888"),
      community,
    });
  });
  renderLegend(communities);
  renderer?.refresh();
  renderLists();
}

function ensureRenderer(): Sigma<NodeAttrs, EdgeAttrs> {
  if (renderer) return renderer;
  renderer = new Sigma(graph, $("graph"), {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: 0,
    // Denser labels than sigma's default grid: small neighbourhoods should show every name.
    labelDensity: 2,
    labelGridCellSize: 60,
    labelFont: "system-ui, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif",
    edgeReducer: (_edge, data) => (visibleEdge(data) ? data : { ...data, hidden: true }),
    nodeReducer: (_node, data) => (data.highlighted ? { ...data, highlighted: true, zIndex: 1 } : data),
  });
  // Where a node is on screen, for scripts and the browser tests that click the canvas itself.
  const r = renderer;
  Object.assign(window, {
    explorer: {
      nodeViewport: (id: string) => (graph.hasNode(id) ? r.graphToViewport(graph.getNodeAttributes(id)) : null),
    },
  });
  renderer.on("clickNode", ({ node }) => void expand(node));
  renderer.on("clickEdge", ({ edge }) => void showEdge(edge));
  renderer.on("enterEdge", () => $("graph").classList.add("pointer"));
  renderer.on("leaveEdge", () => $("graph").classList.remove("pointer"));
  return renderer;
}

// ------------------------------------------------------------------------------------------------------ loading

/** Redraws everything from the state: the centre's neighbourhood, then each expanded actor's, or the paths. */
async function reload(): Promise<void> {
  const token = ++loadToken;
  setBusy(true);
  graph.clear();
  renderer?.refresh();
  $("detail").replaceChildren();
  saveState();
  try {
    if (state.path) {
      await drawPaths(state.path[0], state.path[1]);
    } else if (state.actor) {
      setStatus("Loading…");
      await addNeighborhood(state.actor, state.depth);
      for (const id of state.expanded) if (token === loadToken) await addNeighborhood(id, 1);
    }
    if (token !== loadToken) return;
    layout();
    ensureRenderer();
    updateDateSlider();
    restyle();
    // No animation: the view is final (and clickable) as soon as it is drawn.
    renderer?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (state.actor || state.path) {
      setStatus(
        `${graph.order} actors, ${graph.size} relations drawn. Click an actor to expand it, a line to read it.`,
      );
    }
  } catch (e) {
    setStatus(`Could not load: ${errorText(e)}`);
  } finally {
    if (token === loadToken) setBusy(false);
  }
}

async function expand(node: string): Promise<void> {
  if (state.path) return;
  setBusy(true);
  setStatus(`Expanding ${graph.getNodeAttribute(node, "labelEn")}…`);
  try {
    await addNeighborhood(node, 1);
    if (node !== state.actor && !state.expanded.includes(node)) state.expanded.push(node);
    saveState();
    layout();
    updateDateSlider();
    restyle();
    setStatus(`${graph.order} actors, ${graph.size} relations drawn.`);
  } catch (e) {
    setStatus(`Could not expand: ${errorText(e)}`);
  } finally {
    setBusy(false);
  }
}

async function selectActor(a: ActorSummary): Promise<void> {
  state = { ...state, actor: a.id, expanded: [], path: null };
  ($("search") as HTMLInputElement).value = state.labels === "ar" ? a.nameAr : a.name;
  await reload();
}

// ---------------------------------------------------------------------------------------------------- edge panel

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) for (const [k, v] of Object.entries(dataset)) node.dataset[k] = v;
  node.append(...children);
  return node;
}

function sentenceNode(text: string, base: number, spans: Parameters<typeof segments>[0]["spans"]): HTMLElement {
  const p = el("p", { className: "sentence", dir: "rtl", lang: "ar" });
  for (const s of segments({ text, base, spans })) {
    p.append(s.mark ? el("mark", { className: s.mark, title: s.mark }, [s.text]) : s.text);
  }
  return p;
}

function actorName(a: ActorSummary): string {
  return state.labels === "ar" ? a.nameAr || a.name : a.name;
}

function eventItem(e: EventItem): HTMLElement {
  const flags = [e.negated ? "negated" : null, e.modality !== "ASSERTED" ? e.modality.toLowerCase() : null].filter(
    (f): f is string => f !== null,
  );
  const head = el("div", { className: "event-head" }, [
    el("strong", {}, [e.type]),
    ` ${e.date ?? "undated"}`,
    e.mode ? ` · ${e.mode.toLowerCase().replace("_", " ")}` : "",
    ...flags.map((f) => el("span", { className: `flag ${f}` }, [f])),
    e.plover || e.cameo
      ? el("span", { className: "codes" }, [` PLOVER ${e.plover ?? "–"} · CAMEO ${e.cameo ?? "–"}`])
      : "",
  ]);
  const item = el("li", { className: "event" }, [head]);
  for (const ev of e.evidence) {
    const base = ev.offsets.sentence?.start ?? 0;
    const spans = ev.offsets.sentence
      ? [
          { span: ev.offsets.trigger, mark: "trigger" as const },
          { span: ev.offsets.subject, mark: "subject" as const },
          { span: ev.offsets.object, mark: "object" as const },
        ]
      : [];
    const link = el("a", { href: `#article-${ev.article.id}`, className: "article-link" }, [
      ev.article.title ?? ev.article.id,
    ]);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      void showArticle(ev.article.id, ev.offsets.sentence);
    });
    item.append(
      el("blockquote", { className: "evidence" }, [
        sentenceNode(ev.sentence, base, spans),
        // <bdi>: an Arabic title next to a date must not reorder the date's digits and dashes.
        el("div", { className: "source" }, [
          el("bdi", {}, [link]),
          ev.article.publishedAt ? " · " : "",
          ev.article.publishedAt ? el("bdi", { dir: "ltr" }, [ev.article.publishedAt]) : "",
        ]),
      ]),
    );
  }
  return item;
}

async function showEdge(edge: string): Promise<void> {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const s = graph.getNodeAttributes(source);
  const t = graph.getNodeAttributes(target);
  const list = el("ol", { id: "events", className: "events" });
  const more = el("button", { type: "button", hidden: true }, ["More events"]);
  const detail = $("detail");
  detail.replaceChildren(
    el("h2", { dir: "auto" }, [`${s.label} → ${t.label}`]),
    el("p", {}, [
      `${a.relType} · ${a.weight} event${a.weight === 1 ? "" : "s"}`,
      a.flagged ? " (negated/unasserted)" : "",
    ]),
    list,
    more,
  );
  const filter: EventQuery = {
    between: [source, target],
    types: [a.relType],
    from: state.from,
    to: state.to,
    includeNegated: a.flagged ? state.includeNegated : false,
    includeUnasserted: a.flagged ? state.includeUnasserted : false,
  };
  let after: string | null = null;
  const loadMore = async () => {
    more.hidden = true;
    try {
      const page = await relationsPage({ filter, first: 20, after, evidence: true });
      for (const e of page.nodes) {
        // `between` is either direction; the edge is one.
        if (e.subject.id !== source) continue;
        // A grey edge lists its negated/unasserted events, a coloured one the positive ones.
        const positive = !e.negated && (e.modality === "ASSERTED" || e.modality === "REPORTED");
        if (positive === a.flagged) continue;
        list.append(eventItem(e));
      }
      after = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      if (list.childElementCount === 0 && !page.pageInfo.hasNextPage) list.append(el("li", {}, ["No events."]));
    } catch (e) {
      list.append(el("li", { className: "error" }, [errorText(e)]));
    }
  };
  more.addEventListener("click", () => void loadMore());
  await loadMore();
}

async function showArticle(id: string, sentence: { start: number; end: number } | null): Promise<void> {
  const detail = $("detail");
  const back = el("button", { type: "button" }, ["← back"]);
  const previous = [...detail.childNodes];
  back.addEventListener("click", () => detail.replaceChildren(...previous));
  try {
    const a = await article(id);
    if (!a) {
      detail.replaceChildren(back, el("p", {}, [`No article ${id}.`]));
      return;
    }
    const body = a.body ?? "";
    const text = el("div", { className: "article-body", dir: "rtl", lang: "ar" });
    if (sentence && sentence.end <= body.length) {
      const mark = el("mark", { className: "current" }, [body.slice(sentence.start, sentence.end)]);
      text.append(body.slice(0, sentence.start), mark, body.slice(sentence.end));
      detail.replaceChildren(
        back,
        el("h2", { dir: "auto" }, [a.title ?? a.id]),
        el("p", { className: "source" }, [
          el("bdi", {}, [a.source ?? ""]),
          a.source && a.publishedAt ? " · " : "",
          el("bdi", { dir: "ltr" }, [a.publishedAt ?? ""]),
        ]),
        a.url ? el("p", {}, [el("a", { href: a.url, rel: "noreferrer" }, ["original"])]) : "",
        text,
      );
      mark.scrollIntoView({ block: "center" });
    } else {
      text.append(body);
      detail.replaceChildren(back, el("h2", { dir: "auto" }, [a.title ?? a.id]), text);
    }
  } catch (e) {
    detail.replaceChildren(back, el("p", { className: "error" }, [errorText(e)]));
  }
}

// ------------------------------------------------------------------------------------------------------- paths

async function drawPaths(fromId: string, toId: string): Promise<void> {
  setStatus("Looking for paths…");
  const found = await paths({ from: fromId, to: toId, types: state.types.length > 0 ? state.types : null });
  const list = el("ol", { className: "paths" });
  for (const p of found) {
    const names = new Map(p.actors.map((a) => [a.id, a]));
    for (const a of p.actors) addNode({ ...actorNode(a), degree: a.degree });
    const parts: string[] = [];
    p.steps.forEach((step, i) => {
      const r = step.relation;
      addEdge({
        id: r.id,
        source: r.subject.id,
        target: r.object.id,
        type: r.type,
        weight: r.count,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        flagged: false,
      });
      if (i === 0) parts.push(actorName(names.get(step.from.id)!));
      const arrow = r.subject.id === step.from.id ? `—${r.type}→` : `←${r.type}—`;
      parts.push(arrow, actorName(names.get(step.to.id)!));
    });
    list.append(el("li", { dir: "auto" }, [parts.join(" ")]));
  }
  $("detail").replaceChildren(
    el("h2", {}, [`Shortest paths (${found.length})`]),
    found.length > 0 ? list : el("p", {}, ["No path of at most 4 hops."]),
  );
}

// --------------------------------------------------------------------------------------------------- controls

function renderTypes(): void {
  const box = $("types");
  box.replaceChildren();
  for (const t of RELATION_TYPES) {
    const input = el("input", {
      type: "checkbox",
      value: t,
      checked: state.types.length === 0 || state.types.includes(t),
    });
    input.addEventListener("change", () => {
      const checked = [...box.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value as RelationType);
      state.types = checked.length === RELATION_TYPES.length ? [] : checked;
      void reload();
    });
    box.append(
      el("label", { className: "type" }, [
        input,
        el("span", { className: "swatch", style: `background:${TYPE_COLORS[t]}` } as never),
        t,
      ]),
    );
  }
}

function renderLegend(communities: Record<string, number>): void {
  const legend = $("legend");
  if (state.color === "community") {
    const count = new Set(Object.values(communities)).size;
    legend.replaceChildren(el("p", {}, [`${count} communit${count === 1 ? "y" : "ies"} (Louvain, drawn graph)`]));
    return;
  }
  legend.replaceChildren(
    ...Object.entries(KIND_COLORS).map(([k, c]) =>
      el("span", { className: "legend-item" }, [
        el("span", { className: "swatch", style: `background:${c}` } as never),
        k,
      ]),
    ),
  );
}

function renderLists(): void {
  const nodes = $("node-list");
  const edges = $("edge-list");
  nodes.replaceChildren(
    ...graph.mapNodes((n, a) => {
      const b = el("button", { type: "button", dir: "auto", dataset: { node: n } }, [a.label]);
      b.addEventListener("click", () => void expand(n));
      return el("li", {}, [b]);
    }),
  );
  const visible = graph.filterEdges((_e, a) => visibleEdge(a));
  edges.replaceChildren(
    ...visible.map((e) => {
      const a = graph.getEdgeAttributes(e);
      const text = `${graph.getNodeAttribute(graph.source(e), "label")} —${a.label}→ ${graph.getNodeAttribute(graph.target(e), "label")}`;
      const b = el("button", { type: "button", dir: "auto", dataset: { edge: e } }, [text]);
      b.addEventListener("click", () => void showEdge(e));
      return el("li", {}, [b]);
    }),
  );
  $("drawn-summary").textContent = `${graph.order} actors, ${visible.length} relations drawn`;
}

function renderDownloads(): void {
  const q = exportQuery(state);
  const files = [
    ["graph.gexf", "GEXF (Gephi)"],
    ["graph.graphml", "GraphML"],
    ["graph.cyjs", "Cytoscape JSON"],
    ["nodes.csv", "nodes.csv"],
    ["edges.csv", "edges.csv"],
  ];
  $("downloads").replaceChildren(
    el("p", {}, [state.actor ? "This neighbourhood with its filters:" : "The whole graph:"]),
    ...files.map(([file, label]) =>
      el("a", { href: `/export/${file}${q}`, download: file!, className: "download" }, [label!]),
    ),
  );
}

/** The date slider spans the first to the last date of the drawn edges. */
function updateDateSlider(): void {
  const days: number[] = [];
  graph.forEachEdge((_e, a) => {
    if (a.firstDate) days.push(dayOf(a.firstDate));
    if (a.lastDate) days.push(dayOf(a.lastDate));
  });
  const from = $<HTMLInputElement>("date-from");
  const to = $<HTMLInputElement>("date-to");
  const min = days.length > 0 ? Math.min(...days) : 0;
  const max = days.length > 0 ? Math.max(...days) : 0;
  for (const input of [from, to]) {
    input.min = String(min);
    input.max = String(max);
    input.disabled = days.length === 0;
  }
  from.value = String(state.from ? dayOf(state.from) : min);
  to.value = String(state.to ? dayOf(state.to) : max);
  $("date-from-label").textContent = days.length ? dateOf(Number(from.value)) : "–";
  $("date-to-label").textContent = days.length ? dateOf(Number(to.value)) : "–";
}

function onDateInput(): void {
  const from = $<HTMLInputElement>("date-from");
  const to = $<HTMLInputElement>("date-to");
  if (Number(from.value) > Number(to.value)) to.value = from.value;
  state.from = Number(from.value) > Number(from.min) ? dateOf(Number(from.value)) : null;
  state.to = Number(to.value) < Number(to.max) ? dateOf(Number(to.value)) : null;
  $("date-from-label").textContent = dateOf(Number(from.value));
  $("date-to-label").textContent = dateOf(Number(to.value));
  saveState();
  restyle();
}

/** Suggestions as you type, through actors(search:); Enter or a click picks one. */
function attachSuggest(input: HTMLInputElement, onPick: (a: ActorSummary) => void): void {
  const box = input.parentElement!.querySelector<HTMLUListElement>(".suggestions")!;
  let timer: number | undefined;
  let current: ActorSummary[] = [];
  const pick = (a: ActorSummary) => {
    box.hidden = true;
    input.value = actorName(a);
    input.dataset.actorId = a.id;
    onPick(a);
  };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    delete input.dataset.actorId;
    const text = input.value.trim();
    if (text.length < 2) {
      box.hidden = true;
      return;
    }
    timer = window.setTimeout(async () => {
      try {
        current = await searchActors(text);
      } catch {
        current = [];
      }
      if (input.value.trim() !== text) return;
      box.replaceChildren(
        ...current.map((a) => {
          const li = el("li", { role: "option", dir: "auto" }, [
            el("span", { className: "name" }, [a.name]),
            " ",
            el("span", { className: "name-ar", lang: "ar", dir: "rtl" }, [a.nameAr]),
            el("small", {}, [` ${a.kind.toLowerCase().replace("_", " ")}`]),
          ]);
          li.addEventListener("mousedown", (e) => {
            e.preventDefault();
            pick(a);
          });
          return li;
        }),
      );
      box.hidden = current.length === 0;
    }, 200);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && current[0] && !box.hidden) {
      e.preventDefault();
      pick(current[0]);
    }
  });
  input.addEventListener("blur", () => window.setTimeout(() => (box.hidden = true), 150));
}

function bindControls(): void {
  const depth = $<HTMLSelectElement>("depth");
  depth.value = String(state.depth);
  depth.addEventListener("change", () => {
    state.depth = Number(depth.value);
    void reload();
  });
  const negated = $<HTMLInputElement>("include-negated");
  const unasserted = $<HTMLInputElement>("include-unasserted");
  negated.checked = state.includeNegated;
  unasserted.checked = state.includeUnasserted;
  negated.addEventListener("change", () => {
    state.includeNegated = negated.checked;
    void reload();
  });
  unasserted.addEventListener("change", () => {
    state.includeUnasserted = unasserted.checked;
    void reload();
  });
  for (const [id, key] of [
    ["labels", "labels"],
    ["color", "color"],
    ["size", "size"],
  ] as const) {
    const select = $<HTMLSelectElement>(id);
    select.value = state[key];
    select.addEventListener("change", () => {
      (state as unknown as Record<string, string>)[key] = select.value;
      saveState();
      restyle();
    });
  }
  $("date-from").addEventListener("input", onDateInput);
  $("date-to").addEventListener("input", onDateInput);
  $("date-reset").addEventListener("click", () => {
    state.from = null;
    state.to = null;
    updateDateSlider();
    saveState();
    restyle();
  });
  $("search-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $<HTMLInputElement>("search").value.trim();
    if (!text) return;
    const a = await findActor(text).catch(() => null);
    if (a) await selectActor(a);
    else setStatus(`No actor named “${text}”.`);
  });
  attachSuggest($<HTMLInputElement>("search"), (a) => void selectActor(a));
  const from = $<HTMLInputElement>("path-from");
  const to = $<HTMLInputElement>("path-to");
  attachSuggest(from, () => {});
  attachSuggest(to, () => {});
  $("path-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const [a, b] = await Promise.all([
      from.dataset.actorId ? { id: from.dataset.actorId } : findActor(from.value.trim()),
      to.dataset.actorId ? { id: to.dataset.actorId } : findActor(to.value.trim()),
    ]);
    if (!a || !b) {
      setStatus("Pick both ends of the path from the suggestions.");
      return;
    }
    state = { ...state, path: [a.id, b.id], expanded: [] };
    await reload();
  });
}

async function start(): Promise<void> {
  renderTypes();
  bindControls();
  renderDownloads();
  ensureRenderer();
  if (state.actor) {
    const a = await findActor(state.actor).catch(() => null);
    if (a) {
      state.actor = a.id;
      $<HTMLInputElement>("search").value = actorName(a);
    }
  }
  if (state.actor || state.path) await reload();
}

void start();
