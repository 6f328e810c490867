/**
 * Test database access: the production GraphDb for the code under test and a second one with test-only statements
 * (reset, counts) that must never ship in cypher/.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { CypherRegistry } from "../../../src/graph/cypher-registry.js";
import { GraphDb } from "../../../src/graph/db.js";
import { RELATION_TYPES } from "../../../src/extract/types.js";

const TEST_CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), "cypher");

/** Connects the production GraphDb and a test-statement GraphDb to the shared test server. */
export async function connectTestDb(): Promise<{ db: GraphDb; admin: TestAdmin }> {
  const cfg = inject("neo4j");
  const options = { uri: cfg.uri, username: cfg.username, password: cfg.password, database: cfg.database };
  const db = await GraphDb.connect(options);
  const raw = await GraphDb.connect({ ...options, cypher: CypherRegistry.load(TEST_CYPHER) });
  return { db, admin: new TestAdmin(raw) };
}

/** Test-only operations on the graph. */
export class TestAdmin {
  constructor(private readonly db: GraphDb) {}

  /** Deletes every node and relationship (the schema stays). */
  async reset(): Promise<void> {
    await this.db.write((tx) => tx.run("delete-all-data"));
  }

  /** Counts of nodes by label and relationships by type, e.g. { "node:Actor": 9, "rel:MET": 2 }. */
  async counts(): Promise<Record<string, number>> {
    const rows = await this.db.read("count-graph-objects");
    return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.count)]));
  }

  /** Every derived edge, sorted. */
  async derivedEdges(): Promise<
    { subjectId: string; type: string; objectId: string; props: Record<string, unknown> }[]
  > {
    const rows = await this.db.read("list-derived-edges", { relationTypes: [...RELATION_TYPES] });
    return rows as never;
  }

  /** Every edge of the neighbour ranking (NEIGHBOR), sorted. */
  async neighborEdges(): Promise<{ actorId: string; neighborId: string; props: Record<string, unknown> }[]> {
    const rows = (await this.db.read("list-neighbor-edges")) as {
      actorId: string;
      neighborId: string;
      props: Record<string, unknown>;
    }[];
    return rows.map((r) => ({ ...r, props: bySlot(r.props) }));
  }

  /** Every event's id, date and pageKey, sorted by id. */
  async eventPageKeys(): Promise<{ id: string; date: string | null; pageKey: string | null }[]> {
    return (await this.db.read("list-event-page-keys")) as never;
  }

  /** Removes what later versions of the write path add (pageKey, eventKeys, NEIGHBOR): an old graph, for backfills. */
  async removeDerivedKeys(): Promise<void> {
    await this.db.write((tx) => tx.run("remove-derived-keys"));
  }

  /** Removes the summary of derived edges from the ranking edges: a graph written before it, for its backfill. */
  async removeNeighborSummaries(): Promise<void> {
    await this.db.write((tx) => tx.run("remove-neighbor-summaries"));
  }

  /** Deletes the ranking edge of one actor towards one neighbour (the other direction stays). */
  async deleteNeighborEdge(edge: { actorId: string; neighborId: string }): Promise<void> {
    await this.db.write((tx) => tx.run("delete-neighbor-edge", edge));
  }

  /** Closes the test connection. */
  async close(): Promise<void> {
    await this.db.close();
  }
}

/**
 * A ranking edge's summary lists in slot order: the bulk path appends slots in the order they arrive, the merge path
 * writes them sorted, and readers do not depend on the order, so comparisons between the two ways sort them first.
 */
function bySlot(props: Record<string, unknown>): Record<string, unknown> {
  const slots = props.edgeSlots;
  if (!Array.isArray(slots)) return props;
  const order = slots.map((_, i) => i).sort((a, b) => Number(slots[a]) - Number(slots[b]));
  const out: Record<string, unknown> = { ...props };
  for (const key of Object.keys(props).filter((k) => k.startsWith("edge"))) {
    const list = props[key];
    if (Array.isArray(list)) out[key] = order.map((i) => list[i] as unknown);
  }
  return out;
}
