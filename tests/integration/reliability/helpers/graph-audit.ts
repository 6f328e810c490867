/**
 * Test-only reads that check the graph after bad input and faults: counts and fingerprints restricted to our own
 * articles (by id prefix, since other test files share the database), and a consistency audit.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CypherRegistry } from "../../../../src/graph/cypher-registry.js";
import { GraphDb, type ConnectOptions } from "../../../../src/graph/db.js";
import { deleteArticles } from "../../../../src/graph/write-articles.js";
import { RELATION_TYPES } from "../../../../src/extract/types.js";

const AUDIT_CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "cypher");

export interface ScopedCounts {
  articles: number;
  evidence: number;
  events: number;
  participations: number;
  derivedEdges: number;
}

export interface ScopedArticle {
  id: string;
  contentHash: string;
  publishedAt: string | null;
  title: string | null;
  evidence: number;
}

export interface ScopedEvidence {
  articleId: string;
  eventId: string;
  mentionId: string;
  sentence: string;
  type: string;
  subjectId: string;
  objectId: string;
  date: string | null;
}

/** Audit queries over one server (connects its own GraphDb with the test-only statements). */
export class GraphAudit {
  private constructor(private readonly db: GraphDb) {}

  /** Connects to a server with the audit statements. */
  static async connect(options: Omit<ConnectOptions, "cypher">): Promise<GraphAudit> {
    return new GraphAudit(await GraphDb.connect({ ...options, cypher: CypherRegistry.load(AUDIT_CYPHER) }));
  }

  /** Counts of articles, evidence, events, participations and derived edges brought in by our articles. */
  async counts(prefix: string): Promise<ScopedCounts> {
    const [row] = await this.db.read("count-scoped-objects", { prefix });
    const n = (k: string) => Number(row?.[k] ?? 0);
    return {
      articles: n("articles"),
      evidence: n("evidence"),
      events: n("events"),
      participations: n("participations"),
      derivedEdges: n("derivedEdges"),
    };
  }

  /** Our articles with their evidence counts, sorted by id. */
  async articles(prefix: string): Promise<ScopedArticle[]> {
    return (await this.db.read("list-scoped-articles", { prefix })).map((r) => ({
      id: String(r.id),
      contentHash: String(r.contentHash),
      publishedAt: r.publishedAt === null ? null : String(r.publishedAt),
      title: r.title === null ? null : String(r.title),
      evidence: Number(r.evidence),
    }));
  }

  /** Every evidence edge into our articles with its event's type, participants and date, sorted. */
  async evidence(prefix: string): Promise<ScopedEvidence[]> {
    return (await this.db.read("list-scoped-evidence", { prefix })) as never;
  }

  /** Derived edges resting on events of our articles. */
  async derivedEdges(
    prefix: string,
  ): Promise<{ subjectId: string; type: string; objectId: string; eventIds: string[]; count: number }[]> {
    return (await this.db.read("list-scoped-derived-edges", { prefix })) as never;
  }

  /** The ids among these that still exist as events. */
  async existingEvents(eventIds: string[]): Promise<string[]> {
    return (await this.db.read("find-events-by-id", { eventIds })).map((r) => String(r.id));
  }

  /** Every inconsistency in the whole graph (empty when consistent). */
  async inconsistencies(): Promise<{ problem: string; id: string }[]> {
    return (await this.db.read("find-graph-inconsistencies", { relationTypes: [...RELATION_TYPES] })) as never;
  }

  /** Inconsistencies touching our articles and the given events (every event they ever had), for a shared server. */
  async scopedInconsistencies(options: {
    prefix: string;
    eventIds: string[];
  }): Promise<{ problem: string; id: string }[]> {
    return (await this.db.read("find-scoped-inconsistencies", {
      ...options,
      relationTypes: [...RELATION_TYPES],
    })) as never;
  }

  /** Deletes our articles through the production delete path (deleteArticles), then anything left by prefix. */
  async cleanup(options: { db: GraphDb; prefix: string }): Promise<void> {
    // Through the production delete path, 200 articles per transaction: one transaction per article made cleaning up
    // after the 2,000-article test take over a minute.
    const ids = (await this.articles(options.prefix)).map((a) => a.id);
    for (let i = 0; i < ids.length; i += 200) await deleteArticles(options.db, ids.slice(i, i + 200));
    await this.db.write((tx) => tx.run("delete-scoped-articles", { prefix: options.prefix }));
  }

  /** Closes the audit connection. */
  async close(): Promise<void> {
    await this.db.close();
  }
}
