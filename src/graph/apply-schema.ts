/**
 * Applies the constraints and indexes (cypher/create-*-constraint and create-*-index files). Every statement uses
 * IF NOT EXISTS, so this is idempotent and runs at every start.
 */
import type { GraphDb } from "./db.js";

/** Names of the schema statements, in the order they are applied (constraints first). */
export function schemaStatementNames(db: GraphDb): string[] {
  const names = db.cypher.names().filter((n) => n.startsWith("create-"));
  const constraints = names.filter((n) => n.endsWith("-constraint"));
  const indexes = names.filter((n) => n.endsWith("-index"));
  return [...constraints, ...indexes];
}

/** Creates missing constraints and indexes, then waits until the indexes are online. */
export async function applySchema(db: GraphDb): Promise<void> {
  for (const name of schemaStatementNames(db)) {
    // Schema changes may not share a transaction with other statements: one transaction each.
    await db.write((tx) => tx.run(name));
  }
  await db.write((tx) => tx.run("await-indexes-online"));
}
