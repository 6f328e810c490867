/**
 * The floor of the scale benchmark: the same questions as our GraphQL API, answered by a minimal node:http server
 * that runs the same cypher/ statements straight through neo4j-driver (one read transaction per question, no GraphQL,
 * no loaders, no value conversion beyond Integer → number) and writes the answer in the shape of the GraphQL data.
 * It lives in bench/ on purpose: it is the reference that our layers are measured against, not part of them.
 *
 *   NEO4J_URI=… NEO4J_USERNAME=… NEO4J_PASSWORD=… tsx bench/raw-server.ts   → prints "LISTENING http://127.0.0.1:port"
 *   POST / {"question": "whoMet" | "neighborhood" | "relations" | "actor", "actorId": "…", "depth": 1, "limit": 50}
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { CypherRegistry } from "../src/graph/cypher-registry.js";
import { summaryEdges, type NeighborSummary } from "../src/graph/neighbor-summary.js";
import { logGcPauses } from "./gc-log.js";

logGcPauses(process.env.BENCH_SERVER_LABEL ?? "raw");
const cypher = CypherRegistry.load();
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  { maxConnectionPoolSize: 50 },
);
const POSITIVE = { includeNegated: false, includeUnasserted: false };

type Row = Record<string, unknown>;

async function run(tx: ManagedTransaction, name: string, params: Row): Promise<Row[]> {
  const result = await tx.run(cypher.get(name), params);
  return result.records.map((r) => r.toObject());
}

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);

interface Ask {
  question: string;
  actorId: string;
  depth?: number;
  limit?: number;
}

async function answer(tx: ManagedTransaction, ask: Ask): Promise<unknown> {
  const { actorId } = ask;
  if (ask.question === "actor") {
    // get-actors-by-ids counts the degree too (as our API uses it).
    const [a] = await run(tx, "get-actors-by-ids", { ids: [actorId] });
    const actor = a?.actor as Row;
    return {
      actor: { id: actor.id, name: actor.name, nameAr: actor.nameAr, kind: actor.kind, degree: num(actor.degree) },
    };
  }
  if (ask.question === "whoMet") {
    const rows = await run(tx, "list-met-counterparts", { actorId, limit: neo4j.int(20) });
    const ids = rows.map((r) => r.counterpartId as string);
    const meetings = await run(tx, "list-met-pairs-events", { actorId, counterpartIds: ids, limit: neo4j.int(3) });
    const byPair = new Map(meetings.map((m) => [m.counterpartId as string, m.events as Row[]]));
    return {
      whoMet: rows.map((r) => ({
        counterpart: { id: r.counterpartId, name: (r.counterpart as Row).name },
        count: num(r.count),
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        meetings: (byPair.get(r.counterpartId as string) ?? []).map((e) => ({ id: e.id, date: e.date })),
      })),
    };
  }
  if (ask.question === "neighborhood") {
    const limit = ask.limit ?? 50;
    const [c] = await run(tx, "get-actors-by-ids", { ids: [actorId] });
    const centre = c?.actor as Row;
    const nodes = new Map<string, Row>([[actorId, { id: actorId, label: centre.name, kind: centre.kind, depth: 0 }]]);
    const edges = new Map<string, Row>();
    let frontier = [actorId];
    for (let depth = 1; depth <= (ask.depth ?? 1) && frontier.length > 0 && nodes.size < limit; depth++) {
      const room = neo4j.int(limit - nodes.size);
      // All types: the write-time ranking, as findNeighborhood does.
      const rows = await run(tx, "expand-actors-top-neighbors", {
        ids: frontier,
        exclude: [...nodes.keys()],
        types: null,
        k: room,
        limit: room,
      });
      frontier = [];
      for (const r of rows) {
        const n = r.node as Row;
        nodes.set(n.id as string, { id: n.id, label: n.name, kind: n.kind, depth, degree: num(n.degree) });
        frontier.push(n.id as string);
        for (const link of r.links as NeighborSummary[]) {
          for (const e of summaryEdges(link, (v) => Number(num(v)))) edges.set(e.id, e as unknown as Row);
        }
      }
    }
    (nodes.get(actorId) as Row).degree = num(centre.degree);
    return {
      neighborhood: {
        nodes: [...nodes.values()],
        edges: [...edges.values()]
          .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1))
          .map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, weight: num(e.count) })),
      },
    };
  }
  if (ask.question === "relations") {
    const rows = await run(tx, "list-actors-events-by-page-key", {
      ...POSITIVE,
      types: null,
      from: null,
      to: null,
      minConfidence: null,
      actorIds: [actorId],
      skip: neo4j.int(0),
      limit: neo4j.int(20),
      window: neo4j.int(20),
    });
    const events = rows.map((r) => r.event as Row);
    const byId = new Map(rows.flatMap((r) => (r.actors as Row[]).map((a) => [a.id as string, a.name] as const)));
    const actor = (id: unknown) => ({ id, name: byId.get(id as string) });
    return {
      relations: {
        nodes: events.map((e) => ({
          id: e.id,
          type: e.type,
          date: e.date,
          subject: actor(e.subjectId),
          object: actor(e.objectId),
        })),
      },
    };
  }
  throw new Error(`unknown question ${ask.question}`);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const ask = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Ask;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    session
      .executeRead((tx) => answer(tx, ask), { timeout: 15_000 })
      .then(
        (data) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ data }));
        },
        (e: unknown) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
        },
      )
      .finally(() => void session.close());
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
});
// An exit on the bench's SIGTERM rather than death by it: node --cpu-prof (BENCH_CPU_PROF) writes its profile on exit.
process.once("SIGTERM", () => process.exit(0));
