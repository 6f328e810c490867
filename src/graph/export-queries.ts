/**
 * Reads behind the graph exports (/export/…). They page through the graph so that an export of any size holds one
 * page in memory: actors keyset-paged by id (an index range seek, so the thousandth page costs what the first does),
 * edges fetched per page of source actors. Every statement runs in its own read transaction (routing READ).
 */
import { RELATION_TYPES, type RelationType } from "../extract/types.js";
import { int, type GraphDb } from "./db.js";

/** A node of an export: an actor with its degree (derived edges of any type, whole graph). */
export interface ExportNodeRecord {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  degree: number;
}

/** An edge of an export: a derived edge summarised over the events inside the requested date range. */
export interface ExportEdgeRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** Number of events (inside the date range) the edge summarises. */
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Distinct PLOVER codes of those events, sorted. */
  plover: string[];
  /** Distinct CAMEO codes of those events, sorted. */
  cameo: string[];
}

/** What an export's edges are restricted to. */
export interface ExportEdgeFilter {
  types?: RelationType[] | null;
  from?: string | null;
  to?: string | null;
}

function types(f: ExportEdgeFilter): RelationType[] {
  return f.types && f.types.length > 0 ? f.types : [...RELATION_TYPES];
}

function codes(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === "string"))].sort() : [];
}

/** One page of actors after `afterId` (use "" for the first page), in id order. */
export async function listActorsExportPage(
  db: GraphDb,
  options: { afterId: string; limit: number },
): Promise<ExportNodeRecord[]> {
  const rows = await db.read("list-actors-export-page", {
    afterId: options.afterId,
    limit: int(options.limit),
    relationTypes: [...RELATION_TYPES],
  });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name ?? r.id),
    nameAr: String(r.nameAr ?? ""),
    kind: String(r.kind ?? ""),
    degree: Number(r.degree ?? 0),
  }));
}

/** One page of actor ids after `afterId` (use "" for the first page), in id order. */
export async function listActorIdsPage(db: GraphDb, options: { afterId: string; limit: number }): Promise<string[]> {
  const rows = await db.read("list-actor-ids-page", { afterId: options.afterId, limit: int(options.limit) });
  return rows.map((r) => String(r.id));
}

/** Edges leaving `sourceIds` (to `targetIds` only, when given) that have events matching the filter. */
export async function listActorsOutEdges(
  db: GraphDb,
  options: ExportEdgeFilter & { sourceIds: readonly string[]; targetIds?: readonly string[] | null },
): Promise<ExportEdgeRecord[]> {
  if (options.sourceIds.length === 0) return [];
  const rows = await db.read("list-actors-out-edges", {
    ids: [...options.sourceIds],
    targets: options.targetIds ? [...options.targetIds] : null,
    types: types(options),
    from: options.from ?? null,
    to: options.to ?? null,
  });
  return rows.map((r) => ({
    id: String(r.id),
    type: r.type as RelationType,
    source: String(r.source),
    target: String(r.target),
    weight: Number(r.weight ?? 0),
    firstDate: (r.firstDate as string | null) ?? null,
    lastDate: (r.lastDate as string | null) ?? null,
    plover: codes(r.plover),
    cameo: codes(r.cameo),
  }));
}

/** Upper bound of the edges a whole-graph export with this filter writes (derived edges whose span meets the range). */
export async function countRelationEdges(db: GraphDb, filter: ExportEdgeFilter): Promise<number> {
  const rows = await db.read("count-relation-edges", {
    types: types(filter),
    from: filter.from ?? null,
    to: filter.to ?? null,
  });
  return Number(rows[0]?.total ?? 0);
}
