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
  listActorsEvents,
  listArticlesEvents,
  listArticlesStories,
  type ActorRecord,
  type ArticleRecord,
  type EventRecord,
  type EventScope,
  type EvidenceRecord,
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

/** Creates the loaders of one request. */
export function createLoaders(db: GraphDb) {
  const actorEventLoaders = new Map<string, DataLoader<string, EventRecord[]>>();
  return {
    actor: byKey<ActorRecord | null>((ids) => getActorsByIds(db, ids), null),
    roles: byKey<RoleRecord[]>((ids) => getActorsRoles(db, ids), []),
    degree: byKey<number>((ids) => countActorsDegree(db, ids), 0),
    event: byKey<EventRecord | null>((ids) => getEventsByIds(db, ids), null),
    evidence: byKey<EvidenceRecord[]>((ids) => getEventsEvidence(db, ids), []),
    article: byKey<ArticleRecord | null>((ids) => getArticlesByIds(db, ids), null),
    articleBody: byKey<string | null>((ids) => getArticlesBodies(db, ids), null),
    articleEvents: byKey<EventRecord[]>((ids) => listArticlesEvents(db, ids), []),
    articleStories: byKey<ArticleRecord[]>((ids) => listArticlesStories(db, ids), []),
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
