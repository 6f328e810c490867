/**
 * Per-request DataLoaders: every nested field that needs the database goes through one of these, so a query costs
 * one round trip per loader and nesting level, whatever the number of parent objects.
 */
import DataLoader from "dataloader";
import type { GraphDb } from "../graph/db.js";
import {
  countActorsDegree,
  getActorsByIds,
  getActorsRoles,
  getArticlesBodies,
  getArticlesByIds,
  getEventsByIds,
  getEventsEvidence,
  getRelationEdgesEventIds,
  listActorsEvents,
  listArticlesEvents,
  listArticlesStories,
  listMeetings,
  type ActorRecord,
  type ArticleRecord,
  type EventRecord,
  type EdgeKey,
  type EventScope,
  type EvidenceRecord,
  type MeetingScope,
  type RoleRecord,
} from "../graph/queries.js";

// Keeps the id lists sent to Neo4j bounded even for the largest allowed queries.
const MAX_BATCH = 500;

function byKey<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? fallback);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/**
 * Creates the loaders of one request. Each is built on first use: a request asks for one or two of the eleven, and
 * building all of them on every request was a visible share of a small query's CPU.
 */
export function createLoaders(db: GraphDb) {
  const made = new Map<string, unknown>();
  const once = <V>(name: string, make: () => V): V => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as V;
  };
  const actorEventLoaders = new Map<string, DataLoader<string, EventRecord[]>>();
  const meetingLoaders = new Map<string, DataLoader<string, EventRecord[]>>();
  return {
    get actor() {
      return once("actor", () => byKey<ActorRecord | null>((ids) => getActorsByIds(db, ids), null));
    },
    get roles() {
      return once("roles", () => byKey<RoleRecord[]>((ids) => getActorsRoles(db, ids), []));
    },
    get degree() {
      return once("degree", () => byKey<number>((ids) => countActorsDegree(db, ids), 0));
    },
    get event() {
      return once("event", () => byKey<EventRecord | null>((ids) => getEventsByIds(db, ids), null));
    },
    get evidence() {
      return once("evidence", () => byKey<EvidenceRecord[]>((ids) => getEventsEvidence(db, ids), []));
    },
    get article() {
      return once("article", () => byKey<ArticleRecord | null>((ids) => getArticlesByIds(db, ids), null));
    },
    get articleBody() {
      return once("articleBody", () => byKey<string | null>((ids) => getArticlesBodies(db, ids), null));
    },
    get articleEvents() {
      return once("articleEvents", () => byKey<EventRecord[]>((ids) => listArticlesEvents(db, ids), []));
    },
    get articleStories() {
      return once("articleStories", () => byKey<ArticleRecord[]>((ids) => listArticlesStories(db, ids), []));
    },
    /** Event id lists of derived edges, fetched only when a client selects them (neighbourhood edges come without). */
    get edgeEventIds() {
      return once(
        "edgeEventIds",
        () =>
          new DataLoader<EdgeKey, string[], string>(
            async (keys) => {
              const found = await getRelationEdgesEventIds(db, keys);
              return keys.map((k) => found.get(`${k.type}:${k.source}->${k.target}`) ?? []);
            },
            { maxBatchSize: MAX_BATCH, cacheKeyFn: (k) => JSON.stringify([k.type, k.source, k.target]) },
          ),
      );
    },
    /** Meetings of one actor with its counterparts, for one whoMet scope and page size (keyed by counterpart). */
    meetings(scope: MeetingScope & { limit: number }): DataLoader<string, EventRecord[]> {
      const key = JSON.stringify([
        scope.actorId,
        scope.from ?? null,
        scope.to ?? null,
        scope.includeNegated ?? false,
        scope.includeUnasserted ?? false,
        scope.limit,
      ]);
      let loader = meetingLoaders.get(key);
      if (!loader) {
        loader = byKey<EventRecord[]>((ids) => listMeetings(db, { ...scope, counterpartIds: ids }), []);
        meetingLoaders.set(key, loader);
      }
      return loader;
    },
    /** Events of actors for one combination of arguments (Actor.relations with the same arguments batch together). */
    actorEvents(scope: EventScope & { limit: number }): DataLoader<string, EventRecord[]> {
      const key = JSON.stringify([scope.types ?? null, scope.includeNegated, scope.includeUnasserted, scope.limit]);
      let loader = actorEventLoaders.get(key);
      if (!loader) {
        loader = byKey<EventRecord[]>((ids) => listActorsEvents(db, { ...scope, ids }), []);
        actorEventLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
