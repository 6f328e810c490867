/**
 * Repeated queries answered without Apollo's per-request pipeline. Clients of this API (the explorer, scripts, the
 * scale bench) send the same few query texts over and over with other variables; for each, Apollo hashes the text
 * (SHA-256, through a `require("crypto")` per call), looks up its document cache, negotiates the media type twice and
 * runs the plugin hooks — about 0.3 ms of CPU per request, a tenth of what a small answer costs this process in all.
 *
 * A query text that Apollo has parsed, validated and resolved to a query operation, and whose (operation name,
 * variables) our limits walk passed, is remembered here. A later POST of the same text, operation name and variables,
 * sent as JSON, without `extensions`, accepting JSON, is executed at once by the same compiled executor with the same
 * context. Only an answer without errors is sent from here, in the bytes Apollo would send. An answer with errors goes
 * through Apollo with the same context, and Apollo's executor (`execute` below) hands it the result already computed
 * instead of running the query again: error formatting, status codes and logging stay Apollo's and the plugin's, and
 * the request's deadline is not spent twice (a second run after a first that waited out an unreachable database
 * answered QUERY_TIMEOUT instead of SERVICE_UNAVAILABLE).
 * What this skips of Apollo is only what server.ts configures it with today (our plugin, whose limits and request log
 * are kept here, and disabled ones): a plugin added there must be honoured here as well.
 */
import type { GatewayExecutor, GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import type { DocumentNode, ExecutionResult } from "graphql";
import type { ApiContext } from "./context.js";

/** Most query texts remembered; the map is emptied when full (clients use a handful). */
const MAX_QUERIES = 1_000;

/** The content type Apollo answers a single result with when the client accepts JSON (or states nothing). */
const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** A POST body as it arrived (parsed JSON). */
type Body = Record<string, unknown>;

interface Known {
  document: DocumentNode;
  /** The operation name the request gave (null when it gave none). */
  operationName: string | null;
  /** The name of the operation Apollo resolved (for the request log). */
  resolvedName: string | null;
}

/** What a request needs to be answered here: its parsed body and the headers Apollo would have negotiated on. */
export interface RepeatRequest {
  body: unknown;
  contentType: string | undefined;
  accept: string | undefined;
  /** The request's context, which Apollo gets too when the answer is not sent from here. */
  context: ApiContext;
}

/** The answer, as Apollo would have given it, and the operation's name for the request log. */
export interface RepeatAnswer {
  contentType: string;
  text: string;
  operationName: string | null;
}

export class RepeatQueries {
  private readonly known = new Map<string, Known>();
  /**
   * Results computed here that Apollo is to answer, by the loaders of the context they were computed with: Apollo hands
   * its executor a shallow copy of the context, whose loaders object is the request's own.
   */
  private readonly computed = new WeakMap<ApiContext["loaders"], ExecutionResult>();

  constructor(
    private readonly c: {
      executor: GatewayExecutor;
      /** True when the limits walk passed this (document, operation name, variables) before (server.ts). */
      passed: (document: DocumentNode, key: string) => boolean;
    },
  ) {}

  /**
   * The executor to give Apollo: the result computed here for the request's context when there is one (taken once),
   * else the compiled executor's.
   */
  readonly execute: GatewayExecutor = async (rc) => {
    const { loaders } = rc.context as ApiContext;
    const result = this.computed.get(loaders);
    if (!result) return this.c.executor(rc);
    this.computed.delete(loaders);
    return result as Awaited<ReturnType<GatewayExecutor>>;
  };

  /** Remembers a query text Apollo validated and resolved to a query operation (called from the plugin). */
  remember(c: {
    source: string;
    document: DocumentNode;
    operationName: string | null;
    resolvedName: string | null;
  }): void {
    if (this.known.size >= MAX_QUERIES) this.known.clear();
    this.known.set(c.source, { document: c.document, operationName: c.operationName, resolvedName: c.resolvedName });
  }

  /** The key the limits cache keeps for an operation name and variables (the same as the plugin's). */
  static limitsKey(operationName: string | null | undefined, variables: unknown): string {
    return JSON.stringify([operationName ?? null, variables ?? null]);
  }

  /**
   * Answers the request when it repeats a remembered query and its answer has no errors; null when Apollo must
   * answer it (then nothing has been sent, and the result of a query that ran here waits for Apollo's executor).
   */
  async answer(request: RepeatRequest): Promise<RepeatAnswer | null> {
    const body = plainBody(request);
    if (!body) return null;
    const known = this.known.get(body.query as string);
    const operationName = (body.operationName as string | null | undefined) ?? null;
    if (!known || known.operationName !== operationName) return null;
    const variables = (body.variables as Record<string, unknown> | null | undefined) ?? undefined;
    if (!this.c.passed(known.document, RepeatQueries.limitsKey(operationName, body.variables))) return null;
    let result: Awaited<ReturnType<GatewayExecutor>>;
    try {
      result = await this.c.executor({
        request: { query: body.query as string, operationName: operationName ?? undefined, variables },
        document: known.document,
        context: request.context,
      } as unknown as GatewayGraphQLRequestContext);
    } catch {
      // An executor that throws (it answers errors in its result) is Apollo's to run and answer.
      return null;
    }
    if (result.errors) {
      this.computed.set(request.context.loaders, result);
      return null;
    }
    // Apollo's prettyJSONStringify(orderExecutionResultFields(result)), byte for byte.
    const text = `${JSON.stringify({ errors: undefined, data: result.data, extensions: result.extensions })}\n`;
    return { contentType: JSON_CONTENT_TYPE, text, operationName: operationName ?? known.resolvedName };
  }
}

/**
 * The body when it is one Apollo would take as a plain JSON POST of a query text: a JSON content type (which also
 * passes Apollo's CSRF check), a string `query`, no `extensions`, variables an object or absent, an operation name a
 * string or absent, and an Accept header that gets JSON from Apollo.
 */
function plainBody(request: RepeatRequest): Body | null {
  const { body } = request;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const b = body as Body;
  if (typeof b.query !== "string" || b.extensions !== undefined) return null;
  if (
    b.variables !== undefined &&
    b.variables !== null &&
    (typeof b.variables !== "object" || Array.isArray(b.variables))
  )
    return null;
  if (b.operationName !== undefined && b.operationName !== null && typeof b.operationName !== "string") return null;
  const type = (request.contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return null;
  const accept = request.accept?.trim();
  if (accept !== undefined && accept !== "" && accept !== "*/*" && accept !== "application/json") return null;
  return b;
}
