/**
 * Error vocabulary of the API: every error a client sees is a GraphQLError with `extensions.code`; anything else is
 * masked as INTERNAL_SERVER_ERROR (and logged with the request id by the server plugin).
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseUnavailableError, QueryAbortedError, isTransactionTimeout } from "../graph/db.js";

/** Codes whose message is written for clients and may be shown as is. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "SERVICE_UNAVAILABLE",
  "OVERLOADED",
  "QUERY_TIMEOUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** A BAD_USER_INPUT error. */
export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...extra } });
}

/**
 * The same error with HTTP 400: for operations refused before execution. Errors raised while resolving keep 200,
 * because the response may still carry other fields' data and clients drop the body of a 4xx.
 */
export function refused(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

/** The error shown when Neo4j cannot be reached. */
export function unavailable(): GraphQLError {
  return new GraphQLError("The graph database is unavailable right now; please retry in a few seconds.", {
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });
}

/** The code and message a client may see for an error inside a batch item (ingestArticles), masked like formatError. */
export function itemError(error: unknown): { code: string; message: string } {
  if (error instanceof DatabaseUnavailableError) return { code: "SERVICE_UNAVAILABLE", message: unavailable().message };
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  if (error instanceof GraphQLError && typeof code === "string" && CLIENT_CODES.has(code)) {
    return { code, message: error.message };
  }
  return { code: "INTERNAL_SERVER_ERROR", message: "Internal server error (logged on the server with the request id)" };
}

/** True when an error (as thrown, possibly wrapped by graphql-js) must be masked and logged. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError || original instanceof QueryAbortedError) return false;
  // A Neo4j timeout is the deadline doing its job (answered as QUERY_TIMEOUT), not a fault to log.
  if (isTransactionTimeout(original)) return false;
  const code = (original as GraphQLError | undefined)?.extensions?.code ?? (error as GraphQLError)?.extensions?.code;
  return !(typeof code === "string" && CLIENT_CODES.has(code));
}

/** Apollo's formatError: client errors pass, the database being down is explained, everything else is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DatabaseUnavailableError) {
    return { ...base, message: unavailable().message, extensions: { code: "SERVICE_UNAVAILABLE" } };
  }
  if (original instanceof QueryAbortedError) {
    // The request's deadline passed (or its client left, in which case nobody reads this).
    return {
      ...base,
      message: "The query took longer than the server allows; narrow it (fewer hops, a smaller limit or date range).",
      extensions: { code: "QUERY_TIMEOUT" },
    };
  }
  const dbCode = (original as { code?: unknown } | null)?.code;
  if (typeof dbCode === "string" && /TransactionTimedOut|Transaction\.Terminated/.test(dbCode)) {
    // Reads arrive here as QueryTimeoutError (above); this covers a timeout raised outside GraphDb's read sessions.
    return {
      ...base,
      message: "The query took longer than the server allows; narrow it (fewer hops, a smaller limit or date range).",
      extensions: { code: "QUERY_TIMEOUT" },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
