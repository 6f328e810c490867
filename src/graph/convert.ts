/**
 * The one place where Neo4j values become plain JavaScript: integers → number (or string when unsafe), temporals →
 * ISO strings, nodes and relationships → their properties, recursively through lists and maps.
 */
import neo4j from "neo4j-driver";

/** Converts a value returned by the driver into plain JSON-compatible JavaScript. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: answered before the driver's type checks.
  if (typeof value !== "object") return value;
  // Lists and maps next: the driver decodes them as plain arrays and objects, and they hold the other values. A plain
  // object is never one of the driver's types (those are class instances), so it skips the nine type checks below,
  // each a property lookup that misses on every map of every row.
  if (Array.isArray(value)) return value.map(toPlain);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: { type: s.relationship.type, ...(toPlain(s.relationship) as object) },
      end: toPlain(s.end),
    }));
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
  return out;
}
