/**
 * Starts the real API server on a free loopback port against the shared test database, and posts GraphQL to it.
 */
import type { AppConfig } from "../../../src/config.js";
import { startServer, type StartServerOptions } from "../../../src/api/server.js";
import type { GraphDb } from "../../../src/graph/db.js";

/** Unexpected errors are printed so that a failing test shows the cause, not only the masked message. */
export const testLog = {
  debug() {},
  info() {},
  warn(message: string, fields?: Record<string, unknown>) {
    console.warn(message, fields);
  },
  error(message: string, fields?: Record<string, unknown>) {
    console.error(message, fields);
  },
};

export const TEST_API_KEY = "test-key-0123456789abcdef";

/** A config for tests: loopback, free port, introspection and playground on, one allowed CORS origin. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    neo4j: { username: "neo4j" },
    host: "127.0.0.1",
    port: 0,
    apiKey: TEST_API_KEY,
    articlesDir: "data/articles",
    cacheDir: ".cache/neo4j",
    introspection: true,
    playground: true,
    corsOrigins: ["http://allowed.example"],
    maxArticleBytes: 200_000,
    logLevel: "error",
    ...overrides,
  } as AppConfig;
}

/** Test data, indexed freely by the assertions. */
export type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** A running test server with a small GraphQL client. */
export class TestApi {
  private constructor(
    readonly url: string,
    readonly stop: () => Promise<void>,
  ) {}

  /** Starts a server; `options` may override config, ingest, limits. */
  static async start(
    db: GraphDb,
    options: Partial<StartServerOptions> & { config?: AppConfig } = {},
  ): Promise<TestApi> {
    const server = await startServer({ db, config: options.config ?? testConfig(), log: testLog, ...options });
    return new TestApi(server.url, server.stop);
  }

  /** Posts one GraphQL operation. */
  async query<T = Record<string, unknown>>(
    query: string,
    options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const { variables, headers = {} } = options;
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
    return { status: res.status, ...body };
  }

  /** Posts one operation that must succeed and returns its data (loosely typed for test assertions). */
  async ok(query: string, variables?: Record<string, unknown>): Promise<Data> {
    const r = await this.query<Data>(query, { variables });
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    if (!r.data) throw new Error("GraphQL answered no data");
    return r.data;
  }
}
