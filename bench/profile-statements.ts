/**
 * `npm run bench -- --profile`: PROFILE of every traversal statement on the generated graph, for the hub and the median
 * actor, as a markdown table of rows and db hits (the plans' sum). Statements come from cypher/ by name, with the
 * parameters the API sends; each runs in a read transaction that is rolled back. Needs the graph of `npm run gen`.
 */
import neo4j from "neo4j-driver";
import { runningNeo4j } from "./running-neo4j.js";
import { RELATION_TYPES } from "../src/extract/types.js";
import { CypherRegistry } from "../src/graph/cypher-registry.js";
import { actorId } from "./synthetic-graph.js";

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

function hits(p: PlanNode): number {
  return p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
}

/** Prints the PROFILE table (called by bench/run.ts for `--profile`). */
export async function runProfile(): Promise<void> {
  const target = runningNeo4j();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  const cypher = CypherRegistry.load();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const run = async (name: string, params: Record<string, unknown>) => {
    const tx = session.beginTransaction();
    try {
      await tx.run(cypher.get(name), params); // warm: plan cached, pages in memory
      const t0 = performance.now();
      const r = await tx.run(`PROFILE ${cypher.get(name)}`, params);
      const ms = performance.now() - t0;
      return { rows: r.records.length, dbHits: hits(r.summary.profile as unknown as PlanNode), ms, records: r.records };
    } finally {
      await tx.rollback();
    }
  };
  try {
    const [totals] = (await session.run(cypher.get("count-graph-totals"))).records;
    const actors = Number(totals?.get("actors") ?? 0);
    const subjects = [
      ["hub", actorId(1)],
      ["median", actorId(Math.round(actors / 2))],
    ] as const;
    const int = (n: number) => neo4j.int(n);
    const scope = { includeNegated: false, includeUnasserted: false, from: null, to: null };
    process.stdout.write(
      "| statement | actor | parameters | rows | db hits | ms (PROFILE) |\n|---|---|---|---|---|---|\n",
    );
    const line = (name: string, who: string, what: string, r: { rows: number; dbHits: number; ms: number }) =>
      process.stdout.write(`| ${name} | ${who} | ${what} | ${r.rows} | ${r.dbHits} | ${Math.round(r.ms)} |\n`);
    for (const [who, id] of subjects) {
      line("get-actors-by-ids", who, "1 id (with degree)", await run("get-actors-by-ids", { ids: [id] }));
      const counterparts = await run("list-met-counterparts", { actorId: id, limit: int(20) });
      line("list-met-counterparts", who, "first 20", counterparts);
      const ids = counterparts.records.map((r) => r.get("counterpartId") as string);
      line(
        "list-met-pairs-events",
        who,
        `${ids.length} counterparts, first 3`,
        await run("list-met-pairs-events", { actorId: id, counterpartIds: ids, limit: int(3) }),
      );
      line(
        "list-met-counterparts-filtered",
        who,
        "from 2024-01-01, first 20",
        await run("list-met-counterparts-filtered", { ...scope, from: "2024-01-01", actorId: id, limit: int(20) }),
      );
      const layer1 = await run("expand-actors-top-neighbors", {
        ids: [id],
        exclude: [id],
        types: null,
        k: int(49),
        limit: int(49),
      });
      line("expand-actors-top-neighbors", who, "depth 1, room 49", layer1);
      const kept = layer1.records.map((r) => (r.get("node") as { id: string }).id);
      line(
        "expand-actors-top-neighbors",
        who,
        `depth 2 from ${kept.length} kept, room 50`,
        await run("expand-actors-top-neighbors", {
          ids: kept,
          exclude: [id, ...kept],
          types: null,
          k: int(50),
          limit: int(50),
        }),
      );
      line(
        "expand-actors-neighbors",
        who,
        `depth 1 without the ranking (all types read), room 49`,
        await run("expand-actors-neighbors", { ids: [id], exclude: [id], types: null, k: int(49), limit: int(49) }),
      );
      line(
        "expand-actors-neighbors",
        who,
        "depth 1, types [MET], room 49",
        await run("expand-actors-neighbors", { ids: [id], exclude: [id], types: ["MET"], k: int(49), limit: int(49) }),
      );
      line(
        "list-actors-events-by-page-key",
        who,
        "first 20",
        await run("list-actors-events-by-page-key", {
          ...scope,
          types: null,
          minConfidence: null,
          actorIds: [id],
          skip: int(0),
          limit: int(21),
          window: int(21),
        }),
      );
      line("count-actors-degree", who, "1 id", await run("count-actors-degree", { ids: [id] }));
      line(
        "find-shortest-paths",
        who,
        `to ${actorId(3)}`,
        await run("find-shortest-paths", { fromId: id, toId: actorId(3), types: [...RELATION_TYPES], limit: int(10) }),
      );
    }
  } finally {
    await session.close();
    await driver.close();
  }
}
