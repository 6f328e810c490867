/**
 * Thin resolvers: argument checks and shaping only. Top-level fields call one typed read from src/graph/queries.ts;
 * nested fields go through the request's DataLoaders.
 */
import { DateResolver, NonNegativeIntResolver, URLResolver } from "graphql-scalars";
import {
  GraphQLError,
  getArgumentValues,
  isObjectType,
  Kind,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { RelationType } from "../extract/types.js";
import { deleteArticle } from "../graph/write-articles.js";
import {
  countActors,
  countArticles,
  countEvents,
  findActorByName,
  findNeighborhood,
  findShortestPaths,
  getStats,
  listActors,
  listActorTimeline,
  listArticles,
  listEvents,
  listMeetingCounterparts,
  type ActorRecord,
  type ArticleRecord,
  type DerivedEdgeRecord,
  type EventFilter,
  type EventRecord,
  type CounterpartRecord,
  type EvidenceRecord,
  type MeetingScope,
  type NeighborNodeRecord,
  type Page,
  type PathRecord,
} from "../graph/queries.js";
import { requireWriteAccess } from "./auth.js";
import type { ApiContext, IngestInput } from "./context.js";
import { encodeCursor, offsetAfter } from "./cursor.js";
import { badInput, itemError } from "./errors.js";
import { DEFAULT_LIMITS } from "./limits.js";

type Args = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Date scalar values arrive as JS Dates; the graph stores ISO dates as strings. */
function isoDate(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" && ISO_DATE.test(value) ? value : null;
}

/** A date that is not a full ISO date (dirty data) is returned as null rather than failing the whole query. */
function outDate(value: string | null | undefined): string | null {
  return typeof value === "string" && ISO_DATE.test(value) ? value : null;
}

function first(args: Args, fallback: number): number {
  const n = typeof args.first === "number" ? args.first : fallback;
  // The limits plugin rejects out-of-range values before execution; clamping here is belt and braces.
  return Math.max(0, Math.min(n, DEFAULT_LIMITS.maxFirst));
}

function types(value: unknown): RelationType[] | null {
  return Array.isArray(value) && value.length > 0 ? (value as RelationType[]) : null;
}

/** A Relay connection over one page; `count` runs only if the client asks for totalCount. */
function connection<T extends { id: string }>(c: {
  kind: string;
  page: Page<T>;
  skip: number;
  count: () => Promise<number>;
}) {
  const { kind, page: p, skip, count } = c;
  const edges = p.items.map((node, i) => ({ cursor: encodeCursor(kind, skip + i), node }));
  return {
    edges,
    nodes: p.items,
    pageInfo: {
      hasNextPage: p.hasNext,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // Counting is a second query: only run when the client asks for totalCount.
    totalCount: count,
  };
}

function primeActors(ctx: ApiContext, actors: ActorRecord[]): ActorRecord[] {
  for (const a of actors) ctx.loaders.actor.prime(a.id, a);
  return actors;
}

function primeEvents(ctx: ApiContext, events: EventRecord[]): EventRecord[] {
  for (const e of events) ctx.loaders.event.prime(e.id, e);
  return events;
}

async function loadActor(ctx: ApiContext, id: string): Promise<ActorRecord> {
  const actor = await ctx.loaders.actor.load(id);
  // A dangling reference would be a bug in the writer: report it as an internal error, not as null on a non-null field.
  if (!actor) throw new Error(`actor ${id} referenced but not found`);
  return actor;
}

async function loadEvents(ctx: ApiContext, ids: string[]): Promise<EventRecord[]> {
  const events = await ctx.loaders.event.loadMany(ids);
  return events.filter((e): e is EventRecord => e !== null && !(e instanceof Error));
}

/**
 * The arguments of every selection of `field` (of type `typeName`) directly under the resolved field, fragments
 * included: lets a top-level resolver fetch what a nested list will ask for in its own transaction.
 */
function childArgs(info: GraphQLResolveInfo, c: { typeName: string; field: string }): Record<string, unknown>[] {
  const type = info.schema.getType(c.typeName);
  const def = isObjectType(type) ? type.getFields()[c.field] : undefined;
  if (!def) return [];
  const out: Record<string, unknown>[] = [];
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD && sel.name.value === c.field)
        out.push(getArgumentValues(def, sel, info.variableValues));
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        walk(info.fragments[sel.name.value]?.selectionSet, new Set([...seen, sel.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, new Set());
  return out;
}

/** An edge's event ids: carried by path edges, loaded on demand for neighbourhood edges (which come without). */
function edgeEventIds(ctx: ApiContext, e: DerivedEdgeRecord): string[] | Promise<string[]> {
  return e.eventIds ?? ctx.loaders.edgeEventIds.load({ type: e.type, source: e.source, target: e.target });
}

/** The composition root's ingestion callback, or FORBIDDEN when this server has none. */
function requireIngest(ctx: ApiContext): NonNullable<ApiContext["ingest"]> {
  if (!ctx.ingest) {
    throw new GraphQLError("This server was started without an ingestion pipeline.", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  return ctx.ingest;
}

/** An IngestArticleInput as the pipeline takes it; an empty text is refused. */
function ingestInput(input: Args): IngestInput {
  const text = String(input.text ?? "");
  if (text.trim() === "") throw badInput("input.text is empty: send the article's text.");
  const optional = (k: string) => (typeof input[k] === "string" && input[k] !== "" ? (input[k] as string) : undefined);
  return {
    id: optional("id"),
    text,
    title: optional("title"),
    source: optional("source"),
    url: optional("url"),
    publishedAt: optional("publishedAt"),
  };
}

/** The written articles, through the request's loader. */
async function loadArticles(ctx: ApiContext, ids: string[]): Promise<ArticleRecord[]> {
  const articles = await ctx.loaders.article.loadMany(ids);
  return articles.filter((a): a is ArticleRecord => a !== null && !(a instanceof Error));
}

function eventFilter(input: Args | null | undefined): EventFilter {
  const f = input ?? {};
  const between = Array.isArray(f.between) ? (f.between as string[]) : null;
  if (between && between.length !== 2) throw badInput("filter.between takes exactly two actor ids.");
  return {
    types: types(f.types),
    actorIds: Array.isArray(f.actors) ? (f.actors as string[]) : null,
    between: between as [string, string] | null,
    from: isoDate(f.from),
    to: isoDate(f.to),
    minConfidence: typeof f.minConfidence === "number" ? f.minConfidence : null,
    includeNegated: f.includeNegated === true,
    includeUnasserted: f.includeUnasserted === true,
  };
}

async function requireActor(ctx: ApiContext, id: string): Promise<ActorRecord> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw badInput(`No actor with id "${id}".`, { argument: "actor" });
  return actor;
}

/** A whoMet row with the scope it was found in, which its meetings are paged in. */
interface MeetingValue extends CounterpartRecord {
  scope: MeetingScope;
  /** The counterpart's record when whoMet read it with the row (Meeting.counterpart answers it without a loader). */
  counterpart?: ActorRecord;
  /** The first meetings read in whoMet's transaction, for one page size (Meeting.meetings answers that size at once). */
  meetings?: { limit: number; events: EventRecord[] };
}

interface PathStepValue {
  fromId: string;
  toId: string;
  edge: DerivedEdgeRecord;
}

/** The resolver map of schema.graphql. */
export const resolvers = {
  Date: DateResolver,
  URL: URLResolver,
  NonNegativeInt: NonNegativeIntResolver,
  Modality: { ASSERTED: "asserted", REPORTED: "reported", UNCERTAIN: "uncertain", EXPECTED: "expected" },
  MeetMode: {
    MEETING: "meeting",
    TALKS: "talks",
    VISIT: "visit",
    HOSTING: "hosting",
    PHONE_CALL: "phone_call",
    CONTACT: "contact",
  },
  DatePrecision: { DAY: "day", MONTH: "month", YEAR: "year", PUBLICATION: "publication" },

  Query: {
    actor: async (_: unknown, args: { id?: string | null; name?: string | null }, ctx: ApiContext) => {
      if ((args.id ? 1 : 0) + (args.name ? 1 : 0) !== 1) throw badInput("actor() takes exactly one of id or name.");
      if (args.id) return ctx.loaders.actor.load(args.id);
      const found = await findActorByName(ctx.db, args.name ?? "");
      return found ? primeActors(ctx, [found])[0] : null;
    },
    actors: async (_: unknown, args: Args, ctx: ApiContext) => {
      const skip = offsetAfter("actors", args.after as string | null);
      const options = {
        search: (args.search as string | null) ?? null,
        kinds: (args.kinds as string[] | null) ?? null,
      };
      const p = await listActors(ctx.db, { ...options, skip, limit: first(args, 20) });
      primeActors(ctx, p.items);
      return connection({ kind: "actors", page: p, skip, count: () => countActors(ctx.db, options) });
    },
    relations: async (_: unknown, args: Args, ctx: ApiContext) => {
      const skip = offsetAfter("relations", args.after as string | null);
      const filter = eventFilter(args.filter as Args | null);
      const p = await listEvents(ctx.db, { filter, skip, limit: first(args, 20) });
      primeEvents(ctx, p.items);
      primeActors(ctx, p.actors ?? []);
      return connection({ kind: "relations", page: p, skip, count: () => countEvents(ctx.db, filter) });
    },
    whoMet: async (_: unknown, args: Args, ctx: ApiContext, info: GraphQLResolveInfo): Promise<MeetingValue[]> => {
      const scope: MeetingScope = {
        actorId: String(args.actor),
        from: isoDate(args.from),
        to: isoDate(args.to),
        includeNegated: args.includeNegated === true,
        includeUnasserted: args.includeUnasserted === true,
      };
      // One transaction checks the actor, reads its counterparts and, when the query selects meetings with one page
      // size, their meetings too (the Meeting.meetings loader is primed; other page sizes go through it).
      const sizes = new Set(childArgs(info, { typeName: "Meeting", field: "meetings" }).map((a) => first(a, 10)));
      const meetingsLimit = sizes.size === 1 ? [...sizes][0] : undefined;
      const found = await listMeetingCounterparts(ctx.db, { ...scope, limit: first(args, 20), meetingsLimit });
      if (!found.exists) throw badInput(`No actor with id "${scope.actorId}".`, { argument: "actor" });
      primeActors(
        ctx,
        found.counterparts.map((c) => c.counterpart),
      );
      // Each row carries its counterpart and its first meetings: the Meeting fields answer them synchronously, without a
      // loader key, a DataLoader lookup and a promise per row and field (a hub's page is 20 rows).
      const pages = found.meetings;
      if (!pages || meetingsLimit === undefined) return found.counterparts.map((r) => ({ ...r, scope }));
      return found.counterparts.map((r) => {
        const events = pages.get(r.counterpartId) ?? [];
        primeEvents(ctx, events);
        return { ...r, scope, meetings: { limit: meetingsLimit, events } };
      });
    },
    path: async (_: unknown, args: Args, ctx: ApiContext): Promise<PathRecord[]> => {
      await Promise.all([requireActor(ctx, String(args.from)), requireActor(ctx, String(args.to))]);
      return findShortestPaths(ctx.db, {
        fromId: String(args.from),
        toId: String(args.to),
        maxHops: Math.min(Number(args.maxHops ?? 4), DEFAULT_LIMITS.maxHops),
        types: types(args.types),
        limit: first(args, 10),
      });
    },
    neighborhood: async (_: unknown, args: Args, ctx: ApiContext) => {
      const graph = await findNeighborhood(ctx.db, {
        actorId: String(args.actor),
        depth: Math.min(Number(args.depth ?? 1), DEFAULT_LIMITS.maxNeighborhoodDepth),
        types: types(args.types),
        limit: Math.min(Number(args.limit ?? 100), DEFAULT_LIMITS.maxNeighborhoodLimit),
      });
      if (!graph) throw badInput(`No actor with id "${String(args.actor)}".`, { argument: "actor" });
      return graph;
    },
    timeline: async (_: unknown, args: Args, ctx: ApiContext) => {
      await requireActor(ctx, String(args.actor));
      const events = await listActorTimeline(ctx.db, {
        actorId: String(args.actor),
        from: isoDate(args.from),
        to: isoDate(args.to),
        types: types(args.types),
        includeNegated: args.includeNegated === true,
        includeUnasserted: args.includeUnasserted === true,
        limit: first(args, 100),
      });
      return primeEvents(ctx, events);
    },
    event: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.event.load(args.id),
    article: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(args.id),
    articles: async (_: unknown, args: Args, ctx: ApiContext) => {
      const skip = offsetAfter("articles", args.after as string | null);
      const filter = { source: (args.source as string | null) ?? null, from: isoDate(args.from), to: isoDate(args.to) };
      const p = await listArticles(ctx.db, { filter, skip, limit: first(args, 20) });
      for (const a of p.items) ctx.loaders.article.prime(a.id, a);
      return connection({ kind: "articles", page: p, skip, count: () => countArticles(ctx.db, filter) });
    },
    stats: async (_: unknown, __: Args, ctx: ApiContext) => {
      const s = await getStats(ctx.db);
      return { ...s, relationTypes: s.byType };
    },
  },

  Mutation: {
    ingestArticle: async (_: unknown, args: { input: Args }, ctx: ApiContext) => {
      requireWriteAccess(ctx.auth);
      const ingest = requireIngest(ctx);
      const result = await ingest(ingestInput(args.input));
      ctx.log.info("article ingested", { requestId: ctx.requestId, articleIds: result.articleIds });
      return { articles: await loadArticles(ctx, result.articleIds) };
    },
    ingestArticles: async (_: unknown, args: { inputs: Args[] }, ctx: ApiContext) => {
      requireWriteAccess(ctx.auth);
      const ingest = requireIngest(ctx);
      const results: { index: number; articles: ArticleRecord[]; error: { code: string; message: string } | null }[] =
        [];
      let down: string | null = null;
      // One after another, each in its own transaction: an input the pipeline refuses costs only itself.
      for (const [index, input] of args.inputs.entries()) {
        const fail = (code: string, message: string) => results.push({ index, articles: [], error: { code, message } });
        if (down) {
          fail("SERVICE_UNAVAILABLE", `not attempted: ${down}`);
          continue;
        }
        try {
          const result = await ingest(ingestInput(input));
          results.push({ index, articles: await loadArticles(ctx, result.articleIds), error: null });
        } catch (e) {
          const error = itemError(e);
          if (error.code === "SERVICE_UNAVAILABLE") down = error.message;
          if (error.code === "INTERNAL_SERVER_ERROR") {
            ctx.log.error("ingestArticles input failed", { requestId: ctx.requestId, index, error: String(e) });
          }
          fail(error.code, error.message);
        }
      }
      const failed = results.filter((r) => r.error).length;
      ctx.log.info("articles ingested", { requestId: ctx.requestId, ingested: results.length - failed, failed });
      return { results, ingested: results.length - failed, failed };
    },
    deleteArticle: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      requireWriteAccess(ctx.auth);
      const summary = await deleteArticle(ctx.db, args.id);
      ctx.log.info("article deleted", { requestId: ctx.requestId, articleId: args.id, ...summary });
      return { id: args.id, deleted: summary.deleted, deletedEvents: summary.deletedEvents };
    },
  },

  Actor: {
    aliases: (a: ActorRecord) => a.aliases ?? [],
    discovered: (a: ActorRecord) => a.discovered === true,
    roles: (a: ActorRecord, _: Args, ctx: ApiContext) => ctx.loaders.roles.load(a.id),
    parent: (a: ActorRecord, _: Args, ctx: ApiContext) => (a.parentId ? ctx.loaders.actor.load(a.parentId) : null),
    degree: (a: ActorRecord, _: Args, ctx: ApiContext) => a.degree ?? ctx.loaders.degree.load(a.id),
    relations: async (a: ActorRecord, args: Args, ctx: ApiContext) => {
      const loader = ctx.loaders.actorEvents({
        types: types(args.types),
        includeNegated: args.includeNegated === true,
        includeUnasserted: args.includeUnasserted === true,
        limit: first(args, 20),
      });
      return primeEvents(ctx, await loader.load(a.id));
    },
  },

  Role: {
    from: (r: { from: string | null }) => outDate(r.from),
    to: (r: { to: string | null }) => outDate(r.to),
    of: (r: { ofId: string }, _: Args, ctx: ApiContext) => loadActor(ctx, r.ofId),
  },

  Event: {
    subject: (e: EventRecord, _: Args, ctx: ApiContext) => loadActor(ctx, e.subjectId),
    object: (e: EventRecord, _: Args, ctx: ApiContext) => loadActor(ctx, e.objectId),
    date: (e: EventRecord) => outDate(e.date),
    place: (e: EventRecord) =>
      e.locationName || e.locationNameAr || e.locationActorId
        ? { name: e.locationName, nameAr: e.locationNameAr, actorId: e.locationActorId }
        : null,
    sourceCount: (e: EventRecord) => e.sourceCount ?? 0,
    evidence: (e: EventRecord, _: Args, ctx: ApiContext) => ctx.loaders.evidence.load(e.id),
  },

  Place: {
    actor: (p: { actorId: string | null }, _: Args, ctx: ApiContext) =>
      p.actorId ? ctx.loaders.actor.load(p.actorId) : null,
  },

  Evidence: {
    id: (ev: EvidenceRecord) => ev.mentionId,
    article: async (ev: EvidenceRecord, _: Args, ctx: ApiContext) => {
      const article = await ctx.loaders.article.load(ev.articleId);
      if (!article) throw new Error(`article ${ev.articleId} referenced but not found`);
      return article;
    },
    offsets: (ev: EvidenceRecord) => {
      const span = (start: number | null, end: number | null) =>
        typeof start === "number" && typeof end === "number" && start >= 0 && end >= start ? { start, end } : null;
      return {
        sentence: span(ev.sentenceStart, ev.sentenceEnd),
        trigger: span(ev.triggerStart, ev.triggerEnd),
        subject: span(ev.subjectStart, ev.subjectEnd),
        object: span(ev.objectStart, ev.objectEnd),
      };
    },
  },

  Article: {
    url: (a: ArticleRecord) => {
      // Dirty URLs in article headers must not fail the query: invalid ones are returned as null.
      try {
        return a.url ? new URL(a.url).toString() : null;
      } catch {
        return null;
      }
    },
    publishedDate: (a: ArticleRecord) => outDate(a.publishedAt?.slice(0, 10)),
    parent: (a: ArticleRecord, _: Args, ctx: ApiContext) => (a.parentId ? ctx.loaders.article.load(a.parentId) : null),
    stories: async (a: ArticleRecord, _: Args, ctx: ApiContext) => {
      const stories = await ctx.loaders.articleStories.load(a.id);
      for (const story of stories) ctx.loaders.article.prime(story.id, story);
      return stories;
    },
    body: (a: ArticleRecord, _: Args, ctx: ApiContext) => ctx.loaders.articleBody.load(a.id),
    events: async (a: ArticleRecord, _: Args, ctx: ApiContext) =>
      primeEvents(ctx, await ctx.loaders.articleEvents.load(a.id)),
  },

  Meeting: {
    counterpart: (m: MeetingValue, _: Args, ctx: ApiContext) => m.counterpart ?? loadActor(ctx, m.counterpartId),
    firstDate: (m: MeetingValue) => outDate(m.firstDate),
    lastDate: (m: MeetingValue) => outDate(m.lastDate),
    meetings: (m: MeetingValue, args: Args, ctx: ApiContext) => {
      const limit = first(args, 10);
      if (m.meetings?.limit === limit) return m.meetings.events;
      return ctx.loaders
        .meetings({ ...m.scope, limit })
        .load(m.counterpartId)
        .then((events) => primeEvents(ctx, events));
    },
  },

  Path: {
    length: (p: PathRecord) => p.edges.length,
    actors: (p: PathRecord, _: Args, ctx: ApiContext) => Promise.all(p.nodeIds.map((id) => loadActor(ctx, id))),
    steps: (p: PathRecord): PathStepValue[] =>
      p.edges.map((edge, i) => ({ fromId: p.nodeIds[i] ?? edge.source, toId: p.nodeIds[i + 1] ?? edge.target, edge })),
  },

  PathStep: {
    from: (s: PathStepValue, _: Args, ctx: ApiContext) => loadActor(ctx, s.fromId),
    to: (s: PathStepValue, _: Args, ctx: ApiContext) => loadActor(ctx, s.toId),
    relation: (s: PathStepValue) => s.edge,
  },

  RelationSummary: {
    subject: (r: DerivedEdgeRecord, _: Args, ctx: ApiContext) => loadActor(ctx, r.source),
    object: (r: DerivedEdgeRecord, _: Args, ctx: ApiContext) => loadActor(ctx, r.target),
    count: (r: DerivedEdgeRecord) => r.count ?? r.eventIds?.length ?? 0,
    firstDate: (r: DerivedEdgeRecord) => outDate(r.firstDate),
    lastDate: (r: DerivedEdgeRecord) => outDate(r.lastDate),
    events: async (r: DerivedEdgeRecord, _: Args, ctx: ApiContext) => loadEvents(ctx, await edgeEventIds(ctx, r)),
  },

  GraphNode: {
    label: (n: NeighborNodeRecord) => n.name,
    labelAr: (n: NeighborNodeRecord) => n.nameAr,
    degree: (n: NeighborNodeRecord, _: Args, ctx: ApiContext) => n.degree ?? ctx.loaders.degree.load(n.id),
    actor: (n: NeighborNodeRecord, _: Args, ctx: ApiContext) => loadActor(ctx, n.id),
  },

  GraphEdge: {
    label: (e: DerivedEdgeRecord) => e.type,
    weight: (e: DerivedEdgeRecord) => e.count ?? e.eventIds?.length ?? 0,
    firstDate: (e: DerivedEdgeRecord) => outDate(e.firstDate),
    lastDate: (e: DerivedEdgeRecord) => outDate(e.lastDate),
    eventIds: (e: DerivedEdgeRecord, _: Args, ctx: ApiContext) => edgeEventIds(ctx, e),
    relation: (e: DerivedEdgeRecord) => e,
  },

  ActorConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
  RelationConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
  ArticleConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
};
