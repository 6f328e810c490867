/**
 * GET /export/<file>?actor=&depth=&limit=&types=&from=&to= : the whole graph (no actor) or an actor's neighbourhood
 * (the same nodes as GraphQL `neighborhood(actor, depth, types, limit)`) as GEXF, GraphML, Cytoscape.js JSON or CSV.
 * Parameters are checked like GraphQL arguments (same caps); the whole-graph export is refused with 422 before the
 * first byte when the graph is larger than the export caps, and otherwise streamed page by page.
 */
import { once } from "node:events";
import type http from "node:http";
import { RELATION_TYPES, type RelationType } from "../../extract/types.js";
import type { GraphDb } from "../../graph/db.js";
import {
  countRelationEdges,
  listActorIdsPage,
  listActorsExportPage,
  listActorsOutEdges,
  type ExportEdgeFilter,
} from "../../graph/export-queries.js";
import {
  countActors,
  countActorsDegree,
  findActorByName,
  findNeighborhood,
  getActorsByIds,
} from "../../graph/queries.js";
import type { Limits } from "../limits.js";
import { EXPORT_FILES, writeExport, type ExportFile, type ExportSource } from "./formats.js";

/** Caps and page sizes of the exports. */
export interface ExportLimits {
  /** Most actors a whole-graph export writes. */
  maxNodes: number;
  /** Most relation edges a whole-graph export writes. */
  maxEdges: number;
  /** Actors per page (node pages, and source actors per edge page). */
  pageSize: number;
}

/** Large enough for a graph of a million relations; bounded so that one request cannot stream forever. */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { maxNodes: 1_000_000, maxEdges: 2_000_000, pageSize: 1_000 };

/** The path prefix of the export routes. */
export const EXPORT_PATH = "/export/";

/** A refused export: HTTP status, message, error code. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Parsed export parameters. */
export interface ExportRequest {
  actor: string | null;
  depth: number;
  limit: number;
  filter: ExportEdgeFilter;
}

const PARAMS = new Set(["actor", "depth", "limit", "types", "from", "to"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function bad(message: string): ExportError {
  return new ExportError(400, message, "BAD_USER_INPUT");
}

function intParam(c: { params: URLSearchParams; name: string; min: number; max: number; fallback: number }): number {
  const raw = c.params.get(c.name);
  if (raw === null || raw === "") return c.fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < c.min || n > c.max) {
    throw bad(`${c.name}=${raw} is out of range: ${c.name} must be an integer between ${c.min} and ${c.max}.`);
  }
  return n;
}

function dateParam(params: URLSearchParams, name: string): string | null {
  const raw = params.get(name);
  if (raw === null || raw === "") return null;
  if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw)) || new Date(raw).toISOString().slice(0, 10) !== raw) {
    throw bad(`${name}=${raw} is not a date: use YYYY-MM-DD.`);
  }
  return raw;
}

/** Checks the query string of an export request (pure; the caps are the GraphQL API's). */
export function parseExportParams(params: URLSearchParams, limits: Limits): ExportRequest {
  for (const key of params.keys()) {
    if (!PARAMS.has(key)) throw bad(`Unknown parameter "${key}": exports take ${[...PARAMS].join(", ")}.`);
  }
  const actor = params.get("actor")?.trim() || null;
  if (actor && actor.length > limits.maxStringLength) {
    throw bad(`actor is too long: ${actor.length} characters (limit ${limits.maxStringLength}).`);
  }
  if (!actor && (params.has("depth") || params.has("limit"))) {
    throw bad("depth and limit apply to a neighbourhood: give actor= as well, or neither for the whole graph.");
  }
  const depth = intParam({ params, name: "depth", min: 1, max: limits.maxNeighborhoodDepth, fallback: 1 });
  const limit = intParam({ params, name: "limit", min: 1, max: limits.maxNeighborhoodLimit, fallback: 100 });
  const types: RelationType[] = [];
  for (const t of (params.get("types") ?? "").split(",")) {
    const type = t.trim().toUpperCase();
    if (type === "") continue;
    if (!(RELATION_TYPES as readonly string[]).includes(type)) {
      throw bad(`Unknown relation type "${t.trim()}": types are ${RELATION_TYPES.join(", ")}.`);
    }
    if (!types.includes(type as RelationType)) types.push(type as RelationType);
  }
  const from = dateParam(params, "from");
  const to = dateParam(params, "to");
  if (from && to && from > to) throw bad(`from=${from} is after to=${to}.`);
  return { actor, depth, limit, filter: { types: types.length > 0 ? types : null, from, to } };
}

/** The whole graph, page by page: actors in id order, then the edges leaving each page of actors. */
function wholeGraphSource(c: { db: GraphDb; filter: ExportEdgeFilter; pageSize: number }): ExportSource {
  const { db, filter, pageSize } = c;
  return {
    async *nodes() {
      let afterId = "";
      for (;;) {
        const page = await listActorsExportPage(db, { afterId, limit: pageSize });
        if (page.length === 0) return;
        yield page;
        afterId = page[page.length - 1]!.id;
        if (page.length < pageSize) return;
      }
    },
    async *edges() {
      let afterId = "";
      for (;;) {
        const ids = await listActorIdsPage(db, { afterId, limit: pageSize });
        if (ids.length === 0) return;
        yield await listActorsOutEdges(db, { ...filter, sourceIds: ids });
        afterId = ids[ids.length - 1]!;
        if (ids.length < pageSize) return;
      }
    },
  };
}

/** An actor's neighbourhood: the nodes GraphQL `neighborhood` returns, the edges among them that match the filter. */
async function neighbourhoodSource(c: {
  db: GraphDb;
  actorId: string;
  request: ExportRequest;
  pageSize: number;
}): Promise<ExportSource> {
  const { db, request, pageSize } = c;
  const graph = await findNeighborhood(db, {
    actorId: c.actorId,
    depth: request.depth,
    types: request.filter.types,
    limit: request.limit,
  });
  const nodes = [...(graph?.nodes ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const ids = nodes.map((n) => n.id);
  return {
    async *nodes() {
      for (let i = 0; i < nodes.length; i += pageSize) {
        const page = nodes.slice(i, i + pageSize);
        const degrees = await countActorsDegree(
          db,
          page.map((n) => n.id),
        );
        yield page.map((n) => ({
          id: n.id,
          name: n.name,
          nameAr: n.nameAr,
          kind: n.kind,
          degree: degrees.get(n.id) ?? 0,
        }));
      }
    },
    async *edges() {
      for (let i = 0; i < ids.length; i += pageSize) {
        yield await listActorsOutEdges(db, {
          ...request.filter,
          sourceIds: ids.slice(i, i + pageSize),
          targetIds: ids,
        });
      }
    },
  };
}

async function resolveActor(db: GraphDb, actor: string): Promise<{ id: string; name: string }> {
  const byId = (await getActorsByIds(db, [actor])).get(actor);
  const found = byId ?? (await findActorByName(db, actor));
  if (!found) throw new ExportError(404, `No actor with id or name "${actor}".`, "NOT_FOUND");
  return { id: found.id, name: found.name };
}

function describe(request: ExportRequest, actorName: string | null): string {
  const f = request.filter;
  const parts = [
    actorName
      ? `neighbourhood of ${actorName} (depth ${request.depth}, at most ${request.limit} actors)`
      : "whole graph",
    f.types ? `types ${f.types.join(", ")}` : null,
    f.from ? `from ${f.from}` : null,
    f.to ? `to ${f.to}` : null,
  ];
  return `Arabic news graph: ${parts.filter(Boolean).join("; ")}`;
}

/** Writes a chunk and waits for the socket to drain when its buffer is full (backpressure). */
async function send(res: http.ServerResponse, chunk: string): Promise<void> {
  if (res.destroyed) throw new Error("client went away");
  if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
}

/** The export file named by a path under /export/, or undefined. */
export function exportFile(pathname: string): ExportFile | undefined {
  const name = pathname.slice(EXPORT_PATH.length);
  return Object.hasOwn(EXPORT_FILES, name) ? (name as ExportFile) : undefined;
}

/** Answers one export request (a known file name); throws ExportError for refused requests. */
export async function handleExport(c: {
  db: GraphDb;
  file: ExportFile;
  params: URLSearchParams;
  res: http.ServerResponse;
  limits: Limits;
  exportLimits: ExportLimits;
}): Promise<void> {
  const { db, file, res, exportLimits } = c;
  const request = parseExportParams(c.params, c.limits);
  let source: ExportSource;
  let actorName: string | null = null;
  if (request.actor) {
    const actor = await resolveActor(db, request.actor);
    actorName = actor.name;
    source = await neighbourhoodSource({ db, actorId: actor.id, request, pageSize: exportLimits.pageSize });
  } else {
    const [actors, edges] = await Promise.all([countActors(db, {}), countRelationEdges(db, request.filter)]);
    if (actors > exportLimits.maxNodes || edges > exportLimits.maxEdges) {
      throw new ExportError(
        422,
        `The whole-graph export is capped at ${exportLimits.maxNodes} actors and ${exportLimits.maxEdges} relation ` +
          `edges; this one would hold ${actors} actors and up to ${edges} edges. Narrow it with types=, from=, to= ` +
          `or export a neighbourhood (actor=).`,
        "EXPORT_TOO_LARGE",
      );
    }
    source = wholeGraphSource({ db, filter: request.filter, pageSize: exportLimits.pageSize });
  }
  res.writeHead(200, {
    "content-type": EXPORT_FILES[file].type,
    "content-disposition": `attachment; filename="${file}"`,
    "cache-control": "no-store",
  });
  try {
    await writeExport({ file, source, emit: (chunk) => send(res, chunk), description: describe(request, actorName) });
  } catch (e) {
    // A client that hangs up mid-download is no server error: stop reading pages, nothing to report.
    if (res.destroyed) return;
    throw e;
  }
  res.end();
}
