/**
 * Typed read functions over the graph model: the only reads the API performs. Each one runs named statements from
 * cypher/ through `db.read` (read transactions) with parameters only; batched ones take many ids so that the API's
 * DataLoaders cost one round trip per nesting level.
 */
import { RELATION_TYPES, type RelationType } from "../extract/types.js";
import { int, type GraphDb, type Row } from "./db.js";
import { normaliseName } from "./write-articles.js";
import { summaryEdges, type NeighborSummary } from "./neighbor-summary.js";

export interface ActorRecord {
  id: string;
  name: string;
  nameAr: string;
  aliases: string[];
  kind: string;
  wikidataId: string | null;
  discovered: boolean | null;
  parentId: string | null;
  /** Number of derived edges, when the statement that read the actor counted them. */
  degree?: number;
}

export interface RoleRecord {
  title: string;
  titleAr: string | null;
  from: string | null;
  to: string | null;
  ofId: string;
}

export interface EventRecord {
  id: string;
  type: RelationType;
  plover: string | null;
  cameo: string | null;
  subjectId: string;
  objectId: string;
  date: string | null;
  datePrecision: string | null;
  mode: string | null;
  negated: boolean;
  modality: string;
  confidence: number | null;
  sourceCount: number | null;
  mentionCount: number | null;
  locationName: string | null;
  locationNameAr: string | null;
  locationActorId: string | null;
}

export interface EvidenceRecord {
  mentionId: string;
  articleId: string;
  sentenceIndex: number;
  sentence: string;
  sentenceStart: number | null;
  sentenceEnd: number | null;
  quote: string | null;
  trigger: string | null;
  triggerStart: number | null;
  triggerEnd: number | null;
  subjectStart: number | null;
  subjectEnd: number | null;
  objectStart: number | null;
  objectEnd: number | null;
  confidence: number | null;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  contentHash: string | null;
  parentId: string | null;
}

/** A derived actor-to-actor edge (MET, INVITED …) summarising positive events. */
export interface DerivedEdgeRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** Absent when the edge was read without its event list (neighbourhoods): see getRelationEdgesEventIds. */
  eventIds?: string[];
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  confidence: number | null;
  sourceCount: number | null;
}

export interface NeighborNodeRecord {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  /** Hops from the centre actor. */
  depth: number;
  /** Number of derived edges of the actor in the whole graph, when read with the node. */
  degree?: number;
}

export interface Page<T> {
  items: T[];
  hasNext: boolean;
}

/** Polarity switches shared by the event queries (both default to false in the API). */
export interface EventScope {
  includeNegated?: boolean;
  includeUnasserted?: boolean;
  types?: RelationType[] | null;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a safe Lucene query: every special character escaped, operator words lower-cased, so user
 * input can never change the query's structure. `all` requires every word; otherwise any word scores.
 */
export function toLuceneQuery(text: string, options: { all?: boolean } = {}): string | null {
  const words = text
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.replace(LUCENE_SPECIAL, "\\$&"))
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w));
  if (words.length === 0) return null;
  return words.join(options.all ? " AND " : " ");
}

function scope(s: EventScope): Record<string, unknown> {
  return {
    includeNegated: s.includeNegated ?? false,
    includeUnasserted: s.includeUnasserted ?? false,
    types: s.types && s.types.length > 0 ? s.types : null,
  };
}

/** A page from rows fetched with LIMIT one more than the page size (the extra row only says there is more). */
function page<T>(rows: Row[], c: { key: string; limit: number }): Page<T> {
  return { items: rows.slice(0, c.limit).map((r) => r[c.key] as T), hasNext: rows.length > c.limit };
}

function total(rows: Row[]): number {
  return Number(rows[0]?.total ?? 0);
}

/** Groups rows by the string value of one column. */
function groupBy<T>(rows: Row[], by: { key: string; map: (r: Row) => T }): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = String(r[by.key]);
    const list = out.get(k) ?? [];
    list.push(by.map(r));
    out.set(k, list);
  }
  return out;
}

/** Actors by id (missing ids are absent from the map). */
export async function getActorsByIds(db: GraphDb, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
  const rows = await db.read("get-actors-by-ids", { ids: [...ids] });
  return new Map(rows.map((r) => [(r.actor as ActorRecord).id, r.actor as ActorRecord]));
}

/** The actor best matching a name in any language: exact normalised name first, then full-text. */
export async function findActorByName(db: GraphDb, name: string): Promise<ActorRecord | null> {
  const query = toLuceneQuery(name, { all: true });
  const key = normaliseName(name);
  if (query === null || key === "") return null;
  const rows = await db.read("find-actor-by-name", { query, key });
  return (rows[0]?.actor as ActorRecord | undefined) ?? null;
}

/** One page of actors, by name or (with `search`) by full-text relevance. */
export async function listActors(
  db: GraphDb,
  options: { search?: string | null; kinds?: string[] | null; skip: number; limit: number },
): Promise<Page<ActorRecord>> {
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : null;
  const params = { kinds, skip: int(options.skip), limit: int(options.limit + 1) };
  if (options.search) {
    const query = toLuceneQuery(options.search);
    if (query === null) return { items: [], hasNext: false };
    return page(await db.read("search-actors", { ...params, query }), { key: "actor", limit: options.limit });
  }
  return page(await db.read("list-actors", params), { key: "actor", limit: options.limit });
}

/** Number of actors `listActors` would page through. */
export async function countActors(
  db: GraphDb,
  options: { search?: string | null; kinds?: string[] | null },
): Promise<number> {
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : null;
  if (options.search) {
    const query = toLuceneQuery(options.search);
    if (query === null) return 0;
    return total(await db.read("count-searched-actors", { kinds, query }));
  }
  return total(await db.read("count-actors", { kinds }));
}

/** Roles of several actors. */
export async function getActorsRoles(db: GraphDb, ids: readonly string[]): Promise<Map<string, RoleRecord[]>> {
  const rows = await db.read("get-actors-roles", { ids: [...ids] });
  return groupBy(rows, {
    key: "actorId",
    map: (r) => ({
      title: String(r.title),
      titleAr: (r.titleAr as string | null) ?? null,
      from: (r.from as string | null) ?? null,
      to: (r.to as string | null) ?? null,
      ofId: String(r.ofId),
    }),
  });
}

/** Number of derived relation edges of several actors. */
export async function countActorsDegree(db: GraphDb, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read("count-actors-degree", { ids: [...ids] });
  return new Map(rows.map((r) => [String(r.actorId), Number(r.degree)]));
}

/** Key of a derived edge: its type and its two ends (the edge's id is `TYPE:source->target`). */
export interface EdgeKey {
  type: RelationType;
  source: string;
  target: string;
}

/** Event id lists of several derived edges, by edge id (the edge id is `TYPE:source->target`). */
export async function getRelationEdgesEventIds(db: GraphDb, edges: readonly EdgeKey[]): Promise<Map<string, string[]>> {
  const rows = await db.read("get-relation-edges-event-ids", { edges: edges.map((e) => ({ ...e })) });
  return new Map(rows.map((r) => [String(r.id), (r.eventIds as string[] | null) ?? []]));
}

/** Events of several actors, newest first, at most `limit` each. */
export async function listActorsEvents(
  db: GraphDb,
  options: EventScope & { ids: readonly string[]; limit: number },
): Promise<Map<string, EventRecord[]>> {
  const rows = await db.read("list-actors-events", {
    ...scope(options),
    ids: [...options.ids],
    limit: int(options.limit),
  });
  return new Map(rows.map((r) => [String(r.actorId), r.events as EventRecord[]]));
}

/** Filter of the relations query. */
export interface EventFilter extends EventScope {
  actorIds?: string[] | null;
  between?: [string, string] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
}

function eventFilterParams(f: EventFilter): Record<string, unknown> {
  const actorIds = f.actorIds && f.actorIds.length > 0 ? f.actorIds : null;
  const between = f.between ?? null;
  return {
    ...scope(f),
    actorIds,
    between,
    // Events of named actors are reached from those actors (index seek), not by scanning every event.
    startIds: between ? [between[0]] : actorIds,
    from: f.from ?? null,
    to: f.to ?? null,
    minConfidence: f.minConfidence ?? null,
  };
}

/** One page of events matching a filter, newest first (with the participants, when the statement reads them). */
export async function listEvents(
  db: GraphDb,
  options: { filter: EventFilter; skip: number; limit: number },
): Promise<Page<EventRecord> & { actors?: ActorRecord[] }> {
  const params = eventFilterParams(options.filter);
  const paging = { skip: int(options.skip), limit: int(options.limit + 1) };
  if (params.actorIds && !params.between) {
    // Each actor's events in (actor, pageKey) index order: a page costs its size (plus the skip), not the hub's size.
    const rows = await db.read("list-actors-events-by-page-key", {
      ...params,
      ...paging,
      window: int(options.skip + options.limit + 1),
    });
    return {
      ...page(rows, { key: "event", limit: options.limit }),
      actors: rows.flatMap((r) => r.actors as ActorRecord[]),
    };
  }
  const rows = await db.read(params.startIds ? "list-actors-events-page" : "list-events", { ...params, ...paging });
  return page(rows, { key: "event", limit: options.limit });
}

/** Number of events matching a filter. */
export async function countEvents(db: GraphDb, filter: EventFilter): Promise<number> {
  const params = eventFilterParams(filter);
  return total(await db.read(params.startIds ? "count-actors-events-page" : "count-events", params));
}

/** Events by id. */
export async function getEventsByIds(db: GraphDb, ids: readonly string[]): Promise<Map<string, EventRecord>> {
  const rows = await db.read("get-events-by-ids", { ids: [...ids] });
  return new Map(rows.map((r) => [(r.event as EventRecord).id, r.event as EventRecord]));
}

/** Evidence of several events. */
export async function getEventsEvidence(db: GraphDb, ids: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
  const rows = await db.read("get-events-evidence", { ids: [...ids] });
  return groupBy(rows, { key: "eventId", map: (r) => r.evidence as EvidenceRecord });
}

/** Articles by id (without bodies). */
export async function getArticlesByIds(db: GraphDb, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const rows = await db.read("get-articles-by-ids", { ids: [...ids] });
  return new Map(rows.map((r) => [(r.article as ArticleRecord).id, r.article as ArticleRecord]));
}

/** Bodies of several articles. */
export async function getArticlesBodies(db: GraphDb, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await db.read("get-articles-bodies", { ids: [...ids] });
  return new Map(rows.map((r) => [String(r.id), (r.body as string | null) ?? null]));
}

/** Split-off stories of several page articles. */
export async function listArticlesStories(db: GraphDb, ids: readonly string[]): Promise<Map<string, ArticleRecord[]>> {
  const rows = await db.read("list-articles-stories", { ids: [...ids] });
  return new Map(rows.map((r) => [String(r.articleId), r.stories as ArticleRecord[]]));
}

/** Events evidenced by several articles. */
export async function listArticlesEvents(db: GraphDb, ids: readonly string[]): Promise<Map<string, EventRecord[]>> {
  const rows = await db.read("list-articles-events", { ids: [...ids] });
  return new Map(rows.map((r) => [String(r.articleId), r.events as EventRecord[]]));
}

/** Filter of the articles query. */
export interface ArticleFilter {
  source?: string | null;
  from?: string | null;
  to?: string | null;
}

function articleFilterParams(f: ArticleFilter): Record<string, unknown> {
  return { source: f.source ?? null, from: f.from ?? null, to: f.to ?? null };
}

/** One page of articles, newest first. */
export async function listArticles(
  db: GraphDb,
  options: { filter: ArticleFilter; skip: number; limit: number },
): Promise<Page<ArticleRecord>> {
  const rows = await db.read("list-articles", {
    ...articleFilterParams(options.filter),
    skip: int(options.skip),
    limit: int(options.limit + 1),
  });
  return page(rows, { key: "article", limit: options.limit });
}

/** Number of articles matching a filter. */
export async function countArticles(db: GraphDb, filter: ArticleFilter): Promise<number> {
  return total(await db.read("count-articles", articleFilterParams(filter)));
}

/** Arguments of whoMet that choose which meetings count. */
export interface MeetingScope {
  actorId: string;
  from?: string | null;
  to?: string | null;
  includeNegated?: boolean;
  includeUnasserted?: boolean;
}

/** One counterpart of whoMet, with figures over all of its meetings in scope. */
export interface CounterpartRecord {
  counterpartId: string;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** True when the derived MET edges answer the scope: positive meetings at any date (what the edges summarise). */
function onEdges(m: MeetingScope): boolean {
  return !m.from && !m.to && !m.includeNegated && !m.includeUnasserted;
}

/**
 * The parameters of the meeting statements: the edge statements (list-met-counterparts, list-met-pairs-events) use the
 * actor only, and get only that (as the raw floor sends them); the filtered ones get the whole scope.
 */
function meetingParams(m: MeetingScope): Record<string, unknown> {
  if (onEdges(m)) return { actorId: m.actorId };
  return {
    actorId: m.actorId,
    from: m.from ?? null,
    to: m.to ?? null,
    includeNegated: m.includeNegated ?? false,
    includeUnasserted: m.includeUnasserted ?? false,
  };
}

/**
 * The counterparts of an actor's meetings (most meetings first, at most `limit`, each with its actor record), in one
 * read transaction; `exists` is false for an unknown id. The actor itself is looked up only when it has no
 * counterpart (to tell "no meetings" from "no such actor"): one statement fewer for every actor that has met someone.
 */
export async function listMeetingCounterparts(
  db: GraphDb,
  options: MeetingScope & { limit: number; meetingsLimit?: number },
): Promise<{
  exists: boolean;
  counterparts: (CounterpartRecord & { counterpart: ActorRecord })[];
  /** The first `meetingsLimit` meetings with each counterpart, when asked for (the same transaction). */
  meetings?: Map<string, EventRecord[]>;
}> {
  const name = onEdges(options) ? "list-met-counterparts" : "list-met-counterparts-filtered";
  return db.readTx(async (tx) => {
    const rows = await tx.run(name, { ...meetingParams(options), limit: int(options.limit) });
    if (rows.length === 0) {
      const [found] = await tx.run("get-actors-by-ids", { ids: [options.actorId] });
      return { exists: found !== undefined, counterparts: [] };
    }
    let meetings: Map<string, EventRecord[]> | undefined;
    if (options.meetingsLimit !== undefined) {
      const pairs = await tx.run(onEdges(options) ? "list-met-pairs-events" : "list-met-pairs-events-filtered", {
        ...meetingParams(options),
        counterpartIds: rows.map((r) => String(r.counterpartId)),
        limit: int(options.meetingsLimit),
      });
      meetings = new Map(pairs.map((r) => [String(r.counterpartId), r.events as EventRecord[]]));
    }
    const counterparts = rows.map((r) => ({
      counterpartId: String(r.counterpartId),
      count: Number(r.count),
      firstDate: (r.firstDate as string | null) ?? null,
      lastDate: (r.lastDate as string | null) ?? null,
      counterpart: r.counterpart as ActorRecord,
    }));
    return { exists: true, counterparts, meetings };
  });
}

/** The first `limit` meetings (date order) of one actor with each of several counterparts. */
export async function listMeetings(
  db: GraphDb,
  options: MeetingScope & { counterpartIds: readonly string[]; limit: number },
): Promise<Map<string, EventRecord[]>> {
  const name = onEdges(options) ? "list-met-pairs-events" : "list-met-pairs-events-filtered";
  const rows = await db.read(name, {
    ...meetingParams(options),
    counterpartIds: [...options.counterpartIds],
    limit: int(options.limit),
  });
  return new Map(rows.map((r) => [String(r.counterpartId), r.events as EventRecord[]]));
}

/** A path between two actors: the actor ids in order and the derived edge of each step. */
export interface PathRecord {
  nodeIds: string[];
  edges: DerivedEdgeRecord[];
}

/** Shortest paths between two actors over derived edges, at most `maxHops` long (≤ 6, the bound of the file). */
export async function findShortestPaths(
  db: GraphDb,
  options: { fromId: string; toId: string; maxHops: number; types?: RelationType[] | null; limit: number },
): Promise<PathRecord[]> {
  if (options.fromId === options.toId) return [];
  const types = options.types && options.types.length > 0 ? options.types : [...RELATION_TYPES];
  const rows = await db.read("find-shortest-paths", {
    fromId: options.fromId,
    toId: options.toId,
    types,
    limit: int(options.limit),
  });
  // All shortest paths have the same length: either all fit within maxHops or none does.
  return rows
    .map((r) => ({ nodeIds: r.nodeIds as string[], edges: r.edges as DerivedEdgeRecord[] }))
    .filter((p) => p.edges.length <= options.maxHops);
}

/**
 * The graph around an actor, in one read transaction: layer by layer (`depth` ≤ 3), each kept actor proposes its
 * heaviest neighbours over the derived edges (per-node top-k, k = the room left), the heaviest candidates fill the
 * room, and the next layer expands from those kept actors only. The edges are those that join each kept actor to the
 * actors it was reached from (read once, while ranking, without their event id lists), sorted by id; an edge between
 * two actors of one layer is not followed. At most `limit` nodes.
 */
export async function findNeighborhood(
  db: GraphDb,
  options: { actorId: string; depth: number; types?: RelationType[] | null; limit: number },
): Promise<{ nodes: NeighborNodeRecord[]; edges: DerivedEdgeRecord[] } | null> {
  // null: every type, which the typed pattern already restricts to (no per-edge type check).
  const types = options.types && options.types.length > 0 ? options.types : null;
  return db.readTx(async (tx) => {
    const [found] = await tx.run("get-actors-by-ids", { ids: [options.actorId] });
    const centre = found?.actor as ActorRecord | undefined;
    if (!centre) return null;
    // get-actors-by-ids counts the degree already; the separate count only for a record without it.
    const degree =
      centre.degree !== undefined
        ? Number(centre.degree)
        : Number((await tx.run("count-actors-degree", { ids: [centre.id] }))[0]?.degree ?? 0);
    const nodes = new Map<string, NeighborNodeRecord>([
      [centre.id, { id: centre.id, name: centre.name, nameAr: centre.nameAr, kind: centre.kind, depth: 0, degree }],
    ]);
    const edges = new Map<string, DerivedEdgeRecord>();
    let frontier = [centre.id];
    for (let depth = 1; depth <= options.depth && frontier.length > 0 && nodes.size < options.limit; depth++) {
      const room = int(options.limit - nodes.size);
      // Over all types the ranking kept at write time answers (an index read per frontier actor); a type filter
      // ranks the chosen types' derived edges instead.
      const rows = await tx.run(types === null ? "expand-actors-top-neighbors" : "expand-actors-neighbors", {
        ids: frontier,
        exclude: [...nodes.keys()],
        types,
        k: room,
        limit: room,
      });
      frontier = [];
      for (const r of rows) {
        const n = r.node as Omit<NeighborNodeRecord, "depth">;
        nodes.set(n.id, { ...n, depth });
        frontier.push(n.id);
        // The all-types statement returns each pair's summary (neighbor-summary.ts), the typed one edge maps.
        if (r.links)
          for (const link of r.links as NeighborSummary[]) for (const e of summaryEdges(link)) edges.set(e.id, e);
        else for (const e of r.edges as DerivedEdgeRecord[]) edges.set(e.id, e);
      }
    }
    const sorted = [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes: [...nodes.values()], edges: sorted };
  });
}

export interface StatsRecord {
  actors: number;
  events: number;
  articles: number;
  mentions: number;
  byType: { type: string; events: number; positive: number }[];
}

/** Graph-wide totals. */
export async function getStats(db: GraphDb): Promise<StatsRecord> {
  const [totals, byType] = await db.readMany([{ name: "count-graph-totals" }, { name: "count-events-by-type" }]);
  const t = totals?.[0] ?? {};
  return {
    actors: Number(t.actors ?? 0),
    events: Number(t.events ?? 0),
    articles: Number(t.articles ?? 0),
    mentions: Number(t.mentions ?? 0),
    byType: (byType ?? []).map((r) => ({
      type: String(r.type),
      events: Number(r.events),
      positive: Number(r.positive),
    })),
  };
}

/** Events of one actor in date order. */
export async function listActorTimeline(
  db: GraphDb,
  options: EventScope & { actorId: string; from?: string | null; to?: string | null; limit: number },
): Promise<EventRecord[]> {
  const rows = await db.read("list-actor-timeline", {
    ...scope(options),
    actorId: options.actorId,
    from: options.from ?? null,
    to: options.to ?? null,
    limit: int(options.limit),
  });
  return rows.map((r) => r.event as EventRecord);
}
