/**
 * `npx tsx bench/hash-graph.ts`: a digest of what the bulk path writes (derived edges, ranking edges, events, evidence)
 * on the running server (`npm run neo4j`), one line per kind with its count, so that two graphs written by two
 * revisions of the write path from the same `npm run gen` input can be compared: equal digests, equal graphs.
 */
import crypto from "node:crypto";
import neo4j from "neo4j-driver";
import { runningNeo4j } from "./running-neo4j.js";
import { RELATION_TYPES } from "../src/extract/types.js";

const DERIVED = RELATION_TYPES.join("|");
const KINDS: [string, string][] = [
  [
    "derived edges",
    `MATCH (a:Actor)-[r:${DERIVED}]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b`,
  ],
  [
    "ranking edges",
    "MATCH (a:Actor)-[r:NEIGHBOR]->(b:Actor) RETURN a.id AS a, b.id AS b, properties(r) AS p ORDER BY a, b",
  ],
  ["events", "MATCH (e:Event) RETURN e.id AS id, properties(e) AS p ORDER BY id"],
  [
    "evidence",
    "MATCH (e:Event)-[r:EVIDENCED_BY]->(x:Article) RETURN e.id AS e, x.id AS x, properties(r) AS p ORDER BY e, r.mentionId",
  ],
];

/** A value with its maps' keys sorted (property maps come in no fixed order); list order is kept, it is data. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const map = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((k) => [k, canonical(map[k])]),
    );
  }
  return value;
}

async function main(): Promise<void> {
  const target = runningNeo4j();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: true,
  });
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const [kind, query] of KINDS) {
      const hash = crypto.createHash("sha256");
      const result = await session.run(query);
      for (const record of result.records) hash.update(JSON.stringify(canonical(record.toObject())));
      process.stdout.write(`${kind}: ${result.records.length}, ${hash.digest("hex").slice(0, 16)}\n`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
