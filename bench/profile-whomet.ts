/**
 * `tsx bench/profile-whomet.ts [--repeat 300]`: the two statements of hub `whoMet` (list-met-counterparts,
 * list-met-pairs-events) PROFILEd with the parameters the raw floor sends and with those our API sends (the scope of
 * meetingParams besides), their plans printed side by side, then each variant run `--repeat` times in turns with the
 * Neo4j server's CPU per execution. Needs the graph of `npm run gen` and a running server (`npm run neo4j`).
 */
import fs from "node:fs";
import neo4j, { type Session } from "neo4j-driver";
import { CypherRegistry } from "../src/graph/cypher-registry.js";
import { runningNeo4j } from "./running-neo4j.js";
import { actorId } from "./synthetic-graph.js";

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const hits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
function lines(p: Plan, depth = 0, out: string[] = []): string[] {
  const details = String(p.arguments.Details ?? "").slice(0, 110);
  out.push(`${"  ".repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${details}`);
  for (const c of p.children) lines(c, depth + 1, out);
  return out;
}
function cpuSeconds(pid: number): number {
  if (!pid) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const repeat = Number(process.argv[process.argv.indexOf("--repeat") + 1] ?? 300) || 300;
const target = runningNeo4j();
const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
const cypher = CypherRegistry.load();
const scope = { from: null, to: null, includeNegated: false, includeUnasserted: false };

async function inTx<T>(
  session: Session,
  work: (run: (q: string, p: object) => Promise<neo4j.QueryResult>) => Promise<T>,
) {
  return session.executeRead((tx) => work((q, p) => tx.run(q, p)));
}

try {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const [totals] = (await session.run(cypher.get("count-graph-totals"))).records;
  const actors = Number(totals?.get("actors") ?? 0);
  for (const [who, id] of [
    ["hub", actorId(1)],
    ["median", actorId(Math.round(actors / 2))],
  ] as const) {
    const variants = {
      raw: { actorId: id },
      ours: { ...scope, actorId: id },
    };
    const ids = (
      await session.run(cypher.get("list-met-counterparts"), { actorId: id, limit: neo4j.int(20) })
    ).records.map((r) => r.get("counterpartId") as string);
    const statements = {
      "list-met-counterparts": { limit: neo4j.int(20) },
      "list-met-pairs-events": { counterpartIds: ids, limit: neo4j.int(3) },
    };
    for (const [name, extra] of Object.entries(statements)) {
      for (const [variant, params] of Object.entries(variants)) {
        const p = { ...params, ...extra };
        await session.run(cypher.get(name), p);
        const r = await session.run(`PROFILE ${cypher.get(name)}`, p);
        const plan = r.summary.profile as unknown as Plan;
        say(
          `\n### ${name}, ${who}, ${variant} parameters (${Object.keys(p).join(", ")}): ${r.records.length} rows, ${hits(plan)} db hits`,
        );
        say(lines(plan).join("\n"));
      }
    }
    // Both statements in one read transaction, as each server runs them, the variants in turns.
    const cpu: Record<string, number> = { raw: 0, ours: 0 };
    const wall: Record<string, number> = { raw: 0, ours: 0 };
    for (let i = 0; i < repeat; i++) {
      for (const variant of i % 2 === 0 ? ["raw", "ours"] : ["ours", "raw"]) {
        const params = variants[variant as "raw" | "ours"];
        const c0 = cpuSeconds(target.serverPid);
        const t0 = performance.now();
        await inTx(session, async (run) => {
          await run(cypher.get("list-met-counterparts"), { ...params, limit: neo4j.int(20) });
          await run(cypher.get("list-met-pairs-events"), { ...params, counterpartIds: ids, limit: neo4j.int(3) });
        });
        wall[variant]! += performance.now() - t0;
        cpu[variant]! += (cpuSeconds(target.serverPid) - c0) * 1000;
      }
    }
    for (const v of ["raw", "ours"])
      say(
        `${who} ${v}: ${(wall[v]! / repeat).toFixed(2)} ms wall, ${(cpu[v]! / repeat).toFixed(2)} ms Neo4j CPU per answer (${repeat} answers)`,
      );
  }
  await session.close();
} finally {
  await driver.close();
}
