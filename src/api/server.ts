/**
 * The HTTP server: a small node:http handler in front of Apollo's `executeHTTPGraphQLRequest` (no Express), which
 * gives us the body size limit, explicit CORS, health routes and the offline playground in one place.
 *
 *   POST|GET /graphql         GraphQL (GET with Accept: text/html → GraphiQL when the playground is enabled)
 *   GET /graphql/assets/<f>   playground scripts and styles from node_modules
 *   GET /healthz              the process is up
 *   GET /readyz               Neo4j answers (503 otherwise)
 *   GET /, /assets/<f>        the network explorer page (built into dist/web by `npm run build:web`)
 *   GET /export/<file>        graph exports (GEXF, GraphML, Cytoscape.js JSON, CSV); see export/route.ts
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, type DocumentNode } from "graphql";
import type { AppConfig } from "../config.js";
import { PROJECT_ROOT } from "../config.js";
import type { GraphDb } from "../graph/db.js";
import type { Logger } from "../log.js";
import { AdmissionQueue, AdmissionRefused, DEFAULT_ADMISSION, type AdmissionLimits } from "./admission.js";
import { startLagSampler } from "./event-loop-lag.js";
import { checkAuthorization } from "./auth.js";
import type { ApiContext, IngestFn } from "./context.js";
import { formatError, isUnexpected, refused } from "./errors.js";
import { EXPLORER_CSP, explorerFile } from "./explorer.js";
import {
  DEFAULT_EXPORT_LIMITS,
  EXPORT_PATH,
  ExportError,
  exportFile,
  handleExport,
  type ExportLimits,
} from "./export/route.js";
import { checkOperation, DEFAULT_LIMITS, type Limits } from "./limits.js";
import { jitExecutor, jitGateway } from "./jit-executor.js";
import { RepeatQueries } from "./repeat-queries.js";
import { createLoaders } from "./loaders.js";
import { playgroundAsset, playgroundHtml, PLAYGROUND_CSP } from "./playground.js";
import { resolvers } from "./resolvers.js";

/** Path of the schema-first SDL. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

/** Request bodies above this are refused with 413 before they are parsed (so ingestArticle texts stay under ~1 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

const GRAPHQL_PATH = "/graphql";

/** Answers longer than this (characters) are written as one chunk rather than with a Content-Length (see below). */
const LARGE_ANSWER_CHARS = 64 * 1024;

export interface StartServerOptions {
  db: GraphDb;
  config: AppConfig;
  ingest?: IngestFn;
  log?: Logger;
  /** Overrides of the query limits (tests, tuning). */
  limits?: Partial<Limits>;
  /** Overrides the body size limit (bytes). */
  maxBodyBytes?: number;
  /** Overrides of the export caps and page size (tests, tuning). */
  exportLimits?: Partial<ExportLimits>;
  /** Overrides of the admission queue: concurrency, queue length, waits and the request deadline. */
  admission?: Partial<AdmissionLimits>;
}

export interface RunningServer {
  /** URL of the GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  stop(): Promise<void>;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > max) return Promise.reject(new HttpError(413, `Request body over ${max} bytes.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        // Keep draining (not destroying) so that the 413 response reaches the client; it closes the connection.
        over = true;
        chunks.length = 0;
        reject(new HttpError(413, `Request body over ${max} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(
  res: http.ServerResponse,
  reply: { status: number; body: unknown; headers?: Record<string, string> },
): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
  res.end(text);
}

/**
 * Ends a response with a GraphQL answer. A large answer goes out as a chunk of its own (chunked transfer encoding):
 * handed to end() with the headers unsent, node prepends them to the text (a second string the size of the answer)
 * and writes that, which for a hub's neighbourhood (165 KB) cost 0.5-0.7 ms more CPU per answer than a chunk of its
 * own, measured on this machine; at about 95 KB and below no difference showed, so small answers keep their
 * Content-Length and single write.
 */
function sendAnswer(res: http.ServerResponse, text: string): void {
  if (text.length > LARGE_ANSWER_CHARS) {
    res.write(text);
    res.end();
  } else res.end(text);
}

/** Most distinct (operation name, variables) pairs remembered as checked per parsed document. */
const CHECKED_PER_DOCUMENT = 256;

/**
 * The (operation name, variables) pairs whose limits walk passed, per parsed document. checkOperation is pure in
 * (document, operation name, variables) for this server's schema and limits, and Apollo hands out the same parsed
 * document for the same query text: the walk (a tenth of Apollo's per-request CPU for a small query) runs once per
 * distinct request, not on every repeat. Only passes are remembered; a refused operation is walked again each time,
 * so its error is built fresh.
 */
class PassedLimits {
  private readonly passed = new WeakMap<DocumentNode, Set<string>>();

  has(document: DocumentNode, key: string): boolean {
    return this.passed.get(document)?.has(key) ?? false;
  }

  add(document: DocumentNode, key: string): void {
    const seen = this.passed.get(document);
    const set = seen ?? new Set<string>();
    if (set.size >= CHECKED_PER_DOCUMENT) set.clear();
    set.add(key);
    if (!seen) this.passed.set(document, set);
  }
}

/**
 * Plugin: limits before execution, unexpected errors logged with the request id, the id added to every error; query
 * texts that passed are handed to `repeat` (repeat-queries.ts).
 */
function apiPlugin(c: {
  limits: Limits;
  log: Logger;
  passed: PassedLimits;
  repeat: RepeatQueries;
}): ApolloServerPlugin<ApiContext> {
  const { limits, log, passed, repeat } = c;
  return {
    async requestDidStart(start) {
      const started = Date.now();
      return {
        async didResolveOperation(rc) {
          const key = RepeatQueries.limitsKey(rc.request.operationName, rc.request.variables);
          if (!passed.has(rc.document, key)) {
            try {
              checkOperation({
                schema: rc.schema,
                document: rc.document,
                operationName: rc.request.operationName,
                variables: rc.request.variables,
                limits,
              });
            } catch (e) {
              throw e instanceof GraphQLError ? refused(e) : e;
            }
            passed.add(rc.document, key);
          }
          if (rc.operation?.operation === "query" && rc.source) {
            repeat.remember({
              source: rc.source,
              document: rc.document,
              operationName: rc.request.operationName ?? null,
              resolvedName: rc.operationName,
            });
          }
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            if (!isUnexpected(error)) continue;
            const original = (error.originalError ?? error) as Error;
            log.error("unexpected error", {
              requestId: rc.contextValue.requestId,
              message: original.message,
              stack: original.stack,
              path: error.path,
              operationName: rc.request.operationName,
            });
          }
        },
        async willSendResponse(rc) {
          // Operation names and timings only: variables may carry article text or ids users consider private.
          log.debug("graphql request", {
            requestId: start.contextValue.requestId,
            operationName: rc.request.operationName ?? rc.operationName ?? null,
            operation: rc.operation?.operation ?? null,
            ms: Date.now() - started,
            errors: rc.errors?.length ?? 0,
          });
          const body = rc.response.body;
          if (body.kind === "single" && body.singleResult.errors) {
            body.singleResult.errors = body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: rc.contextValue.requestId },
            }));
          }
        },
      };
    },
  };
}

function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> | null {
  if (!origin) return {};
  if (!allowed.includes("*") && !allowed.includes(origin)) return null;
  return {
    "access-control-allow-origin": origin,
    vary: "Origin",
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-apollo-operation-name",
    "access-control-expose-headers": "x-request-id",
    "access-control-max-age": "600",
  };
}

/** Starts the GraphQL server on config.host:config.port (port 0 picks a free one). */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { db, config } = options;
  const log = options.log ?? silent;
  const limits: Limits = { ...DEFAULT_LIMITS, maxArticleChars: config.maxArticleBytes, ...options.limits };
  // One limit for every request, mutations included: longer articles go through the loader (npm run load).
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const exportLimits: ExportLimits = { ...DEFAULT_EXPORT_LIMITS, ...options.exportLimits };
  const admission: AdmissionLimits = { ...DEFAULT_ADMISSION, ...options.admission };
  // The event loop's delay counts into a newcomer's deadline check: when this process is the bottleneck, the time
  // requests spend unseen in their sockets is what grows first, and it is time their clients have already waited.
  const lag = startLagSampler();
  const queue = new AdmissionQueue(admission, { lag: lag.current });
  // The schema Apollo would build from these, executed by compiled queries (see jit-executor.ts), by Apollo and by the
  // repeated queries' shortcut alike.
  const schema = makeExecutableSchema({
    typeDefs: fs.readFileSync(SCHEMA_FILE, "utf8"),
    resolvers: resolvers as never,
  });
  const executor = jitExecutor(schema);
  const passed = new PassedLimits();
  const repeat = new RepeatQueries({ executor, passed: (document, key) => passed.has(document, key) });
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(schema, repeat.execute),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Apollo's cache-control plugin (on by default) hooks every resolved field to collect cache hints, which this API
    // never sets (a hub's neighbourhood resolves about 6,000 fields); tracing and usage reporting feed Apollo's
    // services, which this API does not use either.
    plugins: [
      apiPlugin({ limits, log, passed, repeat }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
    // The composition root owns SIGINT/SIGTERM (it stops the server, then the database); Apollo's own handlers would
    // re-raise the signal halfway through that and leave the process hanging.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    res.setHeader("x-request-id", requestId);
    res.setHeader("x-content-type-options", "nosniff");
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = req.method ?? "GET";
    const cors = corsHeaders(req.headers.origin, config.corsOrigins);
    if (cors) for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
    if (method === "OPTIONS") {
      res.writeHead(cors && req.headers.origin ? 204 : 403);
      res.end();
      return;
    }

    if (url.pathname === "/healthz" && (method === "GET" || method === "HEAD")) {
      sendJson(res, { status: 200, body: { status: "ok" } });
      return;
    }
    if (url.pathname === "/readyz" && (method === "GET" || method === "HEAD")) {
      const ready = await db.ping();
      sendJson(res, {
        status: ready ? 200 : 503,
        body: { status: ready ? "ready" : "unavailable", database: ready ? "up" : "down" },
      });
      return;
    }
    if (url.pathname.startsWith(`${GRAPHQL_PATH}/assets/`) && config.playground && method === "GET") {
      const asset = playgroundAsset(url.pathname.slice(`${GRAPHQL_PATH}/assets/`.length));
      if (!asset) {
        sendJson(res, { status: 404, body: { error: "not found" } });
        return;
      }
      res.writeHead(200, { "content-type": `${asset.type}; charset=utf-8`, "cache-control": "public, max-age=3600" });
      res.end(asset.body);
      return;
    }
    if (url.pathname.startsWith(EXPORT_PATH) && method === "GET") {
      const file = exportFile(url.pathname);
      if (!file) {
        sendJson(res, {
          status: 404,
          body: { error: "unknown export; use graph.gexf, graph.graphml, graph.cyjs, nodes.csv or edges.csv" },
        });
        return;
      }
      try {
        await handleExport({ db, file, params: url.searchParams, res, limits, exportLimits });
      } catch (e) {
        if (!(e instanceof ExportError) || res.headersSent) throw e;
        sendJson(res, { status: e.status, body: { error: e.message, code: e.code } });
      }
      return;
    }
    if ((url.pathname === "/" || url.pathname.startsWith("/assets/")) && (method === "GET" || method === "HEAD")) {
      const file = explorerFile(url.pathname);
      if (!file) {
        sendJson(res, {
          status: url.pathname === "/" ? 503 : 404,
          body: {
            error:
              url.pathname === "/"
                ? "the explorer page is not built: run `npm run build:web` (npm start does it)"
                : "not found",
          },
        });
        return;
      }
      res.writeHead(200, {
        "content-type": file.type,
        "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
        ...(url.pathname === "/" ? { "content-security-policy": EXPLORER_CSP } : {}),
      });
      res.end(method === "HEAD" ? undefined : file.body);
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, { status: 404, body: { error: `not found; GraphQL is served at ${GRAPHQL_PATH}` } });
      return;
    }
    if (method === "GET" && !url.search && (req.headers.accept ?? "").includes("text/html")) {
      if (!config.playground) {
        sendJson(res, {
          status: 404,
          body: { error: "the playground is disabled on this server (GRAPHQL_PLAYGROUND=false)" },
        });
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": PLAYGROUND_CSP });
      res.end(playgroundHtml(GRAPHQL_PATH));
      return;
    }
    if (method !== "GET" && method !== "POST") {
      sendJson(res, { status: 405, body: { error: "use GET or POST" }, headers: { allow: "GET, POST, OPTIONS" } });
      return;
    }

    const raw = method === "POST" ? await readBody(req, maxBodyBytes) : "";
    const contentType = req.headers["content-type"];
    let body: unknown = raw;
    if (method === "POST" && (contentType ?? "").includes("json")) {
      try {
        body = raw === "" ? {} : JSON.parse(raw);
      } catch {
        throw new HttpError(400, "The request body is not valid JSON.");
      }
    }
    const auth = checkAuthorization(req.headers.authorization, config.apiKey);
    // A client that hangs up before its answer aborts the request: its queue place and its Neo4j transaction go.
    const gone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    // The deadline counts from arrival, queue wait included: a client's whole wait stays under requestTimeoutMs (plus
    // the answer's encoding), never queue wait + run time, which at 64 connections outlasted clients' own timeouts.
    const arrived = Date.now();
    let release: () => void;
    try {
      release = await queue.acquire(gone.signal);
    } catch (e) {
      if (!(e instanceof AdmissionRefused)) throw e;
      if (e.reason === "gone") return;
      log.warn("request refused: overloaded", {
        requestId,
        reason: e.reason,
        waitedMs: Date.now() - arrived,
        ...queue.load,
        expectedWaitMs: Math.round(queue.expectedWaitMs()),
        expectedDelayMs: Math.round(queue.expectedDelayMs()),
        lagMs: Math.round(lag.current()),
      });
      sendJson(res, {
        status: 503,
        body: {
          errors: [
            {
              message: `The server is busy; retry in ${admission.retryAfterSeconds} s.`,
              extensions: { code: "OVERLOADED", retryAfterSeconds: admission.retryAfterSeconds, requestId },
            },
          ],
        },
        headers: { "retry-after": String(admission.retryAfterSeconds) },
      });
      return;
    }
    try {
      const requestDb = db.forRequest({ signal: gone.signal, deadline: arrived + admission.requestTimeoutMs });
      const context: ApiContext = {
        db: requestDb,
        loaders: createLoaders(requestDb),
        requestId,
        auth,
        ingest: options.ingest,
        log,
      };
      if (method === "POST") {
        const started = Date.now();
        const repeated = await repeat.answer({ body, contentType, accept: req.headers.accept, context });
        if (repeated) {
          if (gone.signal.aborted) return;
          log.debug("graphql request", {
            requestId,
            operationName: repeated.operationName,
            operation: "query",
            ms: Date.now() - started,
            errors: 0,
          });
          res.setHeader("content-type", repeated.contentType);
          res.statusCode = 200;
          sendAnswer(res, repeated.text);
          return;
        }
        // Not a repeat, or its answer has errors: Apollo answers it (with the result computed above, if any).
        if (gone.signal.aborted) return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => context,
      });
      if (gone.signal.aborted) return;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        sendAnswer(res, response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      release();
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) log.error("request failed", { requestId: res.getHeader("x-request-id"), message: String(e) });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const message = e instanceof HttpError ? e.message : "Internal server error";
      const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status === 400 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
      sendJson(res, {
        status,
        body: { errors: [{ message, extensions: { code, requestId: res.getHeader("x-request-id") } }] },
        headers: { connection: "close" },
      });
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
  log.info("GraphQL server listening", {
    url,
    explorer: `http://${host}:${address.port}/`,
    introspection: config.introspection,
    playground: config.playground,
  });

  return {
    url,
    async stop() {
      lag.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
