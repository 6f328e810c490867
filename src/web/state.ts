/**
 * Pure helpers of the explorer (no DOM): the view state in the URL, and highlight segments of an evidence sentence.
 */
import { RELATION_TYPES, type RelationType, type Span } from "./api.js";

/** Everything a shared link restores. */
export interface ViewState {
  actor: string | null;
  depth: number;
  /** Relation types shown; empty means all. */
  types: RelationType[];
  from: string | null;
  to: string | null;
  includeNegated: boolean;
  includeUnasserted: boolean;
  labels: "en" | "ar";
  color: "kind" | "community";
  size: "degree" | "local" | "betweenness";
  /** Actors expanded by clicks, in order. */
  expanded: string[];
  /** Path mode: the two ends. */
  path: [string, string] | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The default view. */
export function emptyState(): ViewState {
  return {
    actor: null,
    depth: 1,
    types: [],
    from: null,
    to: null,
    includeNegated: false,
    includeUnasserted: false,
    labels: "en",
    color: "kind",
    size: "degree",
    expanded: [],
    path: null,
  };
}

function list(value: string | null): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Reads a view from a query string; unknown or out-of-range values fall back to the defaults. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.actor = p.get("actor") || null;
  const depth = Number(p.get("depth"));
  if (Number.isInteger(depth) && depth >= 1 && depth <= 3) s.depth = depth;
  s.types = list(p.get("types"))
    .map((t) => t.toUpperCase())
    .filter((t): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t));
  const from = p.get("from");
  const to = p.get("to");
  s.from = from && ISO_DATE.test(from) ? from : null;
  s.to = to && ISO_DATE.test(to) ? to : null;
  s.includeNegated = p.get("negated") === "1";
  s.includeUnasserted = p.get("unasserted") === "1";
  s.labels = p.get("labels") === "ar" ? "ar" : "en";
  s.color = p.get("color") === "community" ? "community" : "kind";
  const size = p.get("size");
  s.size = size === "local" || size === "betweenness" ? size : "degree";
  s.expanded = list(p.get("expand")).slice(0, 20);
  const path = list(p.get("path"));
  s.path = path.length === 2 ? [path[0]!, path[1]!] : null;
  return s;
}

/** The query string of a view (defaults left out, so links stay short). */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.actor) p.set("actor", s.actor);
  if (s.depth !== 1) p.set("depth", String(s.depth));
  if (s.types.length > 0) p.set("types", s.types.join(","));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.includeNegated) p.set("negated", "1");
  if (s.includeUnasserted) p.set("unasserted", "1");
  if (s.labels !== "en") p.set("labels", s.labels);
  if (s.color !== "kind") p.set("color", s.color);
  if (s.size !== "degree") p.set("size", s.size);
  if (s.expanded.length > 0) p.set("expand", s.expanded.join(","));
  if (s.path) p.set("path", s.path.join(","));
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** The export parameters of a view (the same neighbourhood and filters as drawn). */
export function exportQuery(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.actor) {
    p.set("actor", s.actor);
    p.set("depth", String(s.depth));
  }
  if (s.types.length > 0) p.set("types", s.types.join(","));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** A piece of text, marked as trigger/subject/object or plain. */
export interface Segment {
  text: string;
  mark: "trigger" | "subject" | "object" | null;
}

/**
 * Cuts a text into segments with the given spans marked. Spans are offsets into a larger text that starts at `base`
 * (evidence offsets refer to the article body, the sentence starts at offsets.sentence.start). Spans outside the text
 * or overlapping an earlier one are ignored rather than garbling the sentence.
 */
export function segments(c: {
  text: string;
  base: number;
  spans: { span: Span | null; mark: "trigger" | "subject" | "object" }[];
}): Segment[] {
  const marks = c.spans
    .filter((s): s is { span: Span; mark: Segment["mark"] & string } => s.span !== null)
    .map((s) => ({ start: s.span.start - c.base, end: s.span.end - c.base, mark: s.mark }))
    .filter((s) => s.start >= 0 && s.end <= c.text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: c.text.slice(at, m.start), mark: null });
    out.push({ text: c.text.slice(m.start, m.end), mark: m.mark });
    at = m.end;
  }
  if (at < c.text.length) out.push({ text: c.text.slice(at), mark: null });
  return out;
}

/** Day number of an ISO date (for the date slider). */
export function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** ISO date of a day number. */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** True when an edge's dates meet [from, to]; undated edges only show without a range. */
export function inRange(c: {
  firstDate: string | null;
  lastDate: string | null;
  from: string | null;
  to: string | null;
}): boolean {
  if (!c.from && !c.to) return true;
  if (!c.firstDate || !c.lastDate) return false;
  return (!c.from || c.lastDate >= c.from) && (!c.to || c.firstDate <= c.to);
}
