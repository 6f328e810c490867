/**
 * The one owner of the Neo4j driver. Everything else talks to the database through `GraphDb`: reads by statement
 * name in read transactions (routing READ), writes as units of work in `executeWrite` (retried by the driver on
 * transient errors), results converted to plain values in one place (convert.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { CypherRegistry } from "./cypher-registry.js";
import { toPlain } from "./convert.js";

export type Row = Record<string, unknown>;

export interface ConnectOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
  cypher?: CypherRegistry;
  /** Transaction timeout for reads (ms). */
  readTimeoutMs?: number;
  /** Transaction timeout for writes (ms). */
  writeTimeoutMs?: number;
  /** Driver connection pool size. */
  maxPoolSize?: number;
}

/** A database error the caller can show to a user: the database is down or unreachable. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the graph database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "DatabaseUnavailableError";
  }
}

/** A read was stopped because the request that needed it was abandoned (client gone) or ran out of time. */
export class QueryAbortedError extends Error {
  constructor(reason: string) {
    super(`the query was stopped: ${reason}`);
    this.name = "QueryAbortedError";
  }
}

/**
 * A read that Neo4j stopped at its transaction timeout (the request's deadline): an expected outcome of a query too big
 * for the time the server allows, not a fault. Keeps Neo4j's error code.
 */
export class QueryTimeoutError extends QueryAbortedError {
  readonly code: string;
  constructor(code: string) {
    super("the request ran out of time in the database");
    this.name = "QueryTimeoutError";
    this.code = code;
  }
}

/** True for the errors Neo4j raises when it stops a transaction at its timeout. */
export function isTransactionTimeout(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /TransactionTimedOut/.test(code);
}

/**
 * What the API knows about the request a read runs for: a signal that fires when the client has gone, and a deadline
 * that caps the transaction timeout Neo4j enforces (so the server stops the work, not only Node).
 */
export interface RequestScope {
  signal?: AbortSignal;
  /** Epoch ms after which the request's reads are refused by the server. */
  deadline?: number;
}

/** A unit of read work: runs named statements inside one read transaction. */
export interface ReadTx {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** A unit of write work: runs named statements inside one transaction. */
export interface WriteTx {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("Neo.TransientError"));
}

export class GraphDb {
  /** Number of statements sent since creation (tests use it to prove bounded round trips). */
  queryCount = 0;
  readonly cypher: CypherRegistry;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  /**
   * One bookmark manager for every session of this GraphDb: a read that follows a write of this process sees it even
   * when a cluster routes the read to a replica (causal consistency); on one server it costs nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** The request this view's reads run for (forRequest); unset on the GraphDb that connect() made. */
  private scope?: RequestScope;
  /** The GraphDb that connect() made: a request view counts its statements there. */
  private readonly root: GraphDb = this;

  private constructor(
    private readonly driver: Driver,
    private readonly options: ConnectOptions,
  ) {
    this.cypher = options.cypher ?? CypherRegistry.load();
    this.readTimeoutMs = options.readTimeoutMs ?? 15_000;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 60_000;
  }

  /** Creates a driver and checks that the server answers. */
  static async connect(options: ConnectOptions): Promise<GraphDb> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: false,
    });
    const db = new GraphDb(driver, options);
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (e) {
      await driver.close();
      throw new DatabaseUnavailableError(e);
    }
    return db;
  }

  /** Runs a named read statement in a read transaction and returns plain rows. */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(this.cypher.get(name), params);
  }

  /** Runs several named reads in one read transaction (one round trip per statement, one session). */
  async readMany(items: { name: string; params?: Record<string, unknown> }[]): Promise<Row[][]> {
    return this.readTx(async (tx) => {
      const out: Row[][] = [];
      for (const item of items) out.push(await tx.run(item.name, item.params ?? {}));
      return out;
    });
  }

  /**
   * Runs a unit of read work in one read transaction: statements that depend on each other's rows (a neighbourhood's
   * layers) share one transaction, one session and one snapshot instead of one each.
   */
  async readTx<T>(work: (tx: ReadTx) => Promise<T>): Promise<T> {
    return this.inReadSession((session, timeout) =>
      session.executeRead(
        (tx) => work({ run: (name, params = {}) => runIn(tx, this.cypher.get(name), params, this.root) }),
        {
          timeout,
        },
      ),
    );
  }

  /**
   * This GraphDb with its reads bound to a request (aborted when `scope.signal` fires, timed out at `scope.deadline`),
   * for the API's per-request context. A view rather than AsyncLocalStorage: its first run turns on Node's promise
   * hooks for the whole process for good, and then every promise and await of the driver, Apollo and the resolvers
   * pays for them (about a tenth of the API's CPU per small request). The view shares the driver, the statements, the
   * bookmarks and the statement count.
   */
  forRequest(scope: RequestScope): GraphDb {
    const view = Object.create(this) as GraphDb;
    view.scope = scope;
    return view;
  }

  /** Runs a unit of write work in one write transaction, retried on transient errors by the driver. */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      database: this.options.database,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await session.executeWrite(
        (tx) => work({ run: (name, params = {}) => runIn(tx, this.cypher.get(name), params, this.root) }),
        { timeout: this.writeTimeoutMs },
      );
    } catch (e) {
      throw isUnavailable(e) ? new DatabaseUnavailableError(e) : e;
    } finally {
      await session.close();
    }
  }

  /** The bookmarks this GraphDb's sessions pass on (the last committed writes it knows of). */
  async currentBookmarks(): Promise<string[]> {
    return [...(await this.bookmarks.getBookmarks())];
  }

  /** Runs `EXPLAIN` on a named statement (the test that every cypher file parses and plans). */
  async explain(name: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(`EXPLAIN ${this.cypher.get(name)}`);
    } finally {
      await session.close();
    }
  }

  /**
   * True when the database answers a trivial query now. One attempt with a short timeout, not a retried
   * transaction: a readiness probe must answer within a second or two, not after the driver's retry window.
   */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.options.database });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.run("RETURN 1 AS ok", {}, { timeout: timeoutMs }).then(() => true);
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      return await Promise.race([answered, late]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      // Not awaited: closing waits for the pending run, which is what the timeout is there to cut short.
      void session.close().catch(() => {});
    }
  }

  /** Closes the driver and its connections. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private async readText(text: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.inReadSession((session, timeout) =>
      session.executeRead((tx) => runIn(tx, text, params, this.root), { timeout }),
    );
  }

  /**
   * Opens a read session for one unit of work. The transaction timeout is the configured one, shortened to the
   * request's deadline; when the request is abandoned the session is closed at once, which makes the driver RESET the
   * connection and the server terminate the running transaction.
   */
  private async inReadSession<T>(work: (session: Session, timeoutMs: number) => Promise<T>): Promise<T> {
    const scope = this.scope;
    const signal = scope?.signal;
    if (signal?.aborted) throw new QueryAbortedError("the client has gone");
    const left = scope?.deadline === undefined ? Infinity : scope.deadline - Date.now();
    if (left <= 0) throw new QueryAbortedError("the request ran out of time");
    const timeoutMs = Math.max(1, Math.min(this.readTimeoutMs, left));
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.options.database,
      bookmarkManager: this.bookmarks,
    });
    const abort = () => void session.close().catch(() => {});
    signal?.addEventListener("abort", abort, { once: true });
    try {
      return await work(session, timeoutMs);
    } catch (e) {
      if (signal?.aborted) throw new QueryAbortedError("the client has gone");
      if (isTransactionTimeout(e)) throw new QueryTimeoutError(String((e as { code: string }).code));
      throw isUnavailable(e) ? new DatabaseUnavailableError(e) : e;
    } finally {
      signal?.removeEventListener("abort", abort);
      await session.close();
    }
  }
}

async function runIn(
  tx: ManagedTransaction,
  text: string,
  params: Record<string, unknown>,
  db: GraphDb,
): Promise<Row[]> {
  db.queryCount++;
  const result = await tx.run(text, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** Converts a JS number to a Neo4j integer parameter (LIMIT/SKIP need integers, JS numbers are floats). */
export function int(n: number): unknown {
  return neo4j.int(n);
}
