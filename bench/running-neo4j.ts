/** The Neo4j server a benchmark measures, found the way `npm run neo4j` leaves it. */
import { loadConfig } from "../src/config.js";
import { readRuntimeRecord } from "../src/graph/neo4j-runtime-record.js";

/** Where to reach it: `NEO4J_URI` from the environment, else the live local server recorded in the data folder. */
export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  /** The local server's process id (0 for a server named by `NEO4J_URI`): the scale bench samples its CPU. */
  serverPid: number;
}

/** The server named by `NEO4J_URI`, else the running local one; an error saying how to start one otherwise. */
export function runningNeo4j(): RunningNeo4j {
  const config = loadConfig();
  if (config.neo4j.uri)
    return {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? "",
      serverPid: 0,
    };
  const recorded = readRuntimeRecord(config.localDataDir);
  if (recorded.state === "live") return recorded.record;
  throw new Error("no running Neo4j: start one with `npm run neo4j` and fill it with `npm run gen`");
}
