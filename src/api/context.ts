/**
 * The per-request context handed to resolvers: database, loaders, authorization state, ingestion callback.
 */
import type { GraphDb } from "../graph/db.js";
import type { Logger } from "../log.js";
import type { AuthState } from "./auth.js";
import type { Loaders } from "./loaders.js";

/** Input of the ingestion callback injected by the composition root. */
export interface IngestInput {
  id?: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Runs extraction and load for one article; returns the ids of the articles written (split-off stories included). */
export type IngestFn = (input: IngestInput) => Promise<{ articleIds: string[] }>;

export interface ApiContext {
  db: GraphDb;
  loaders: Loaders;
  requestId: string;
  auth: AuthState;
  ingest?: IngestFn;
  log: Logger;
}
