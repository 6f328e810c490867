/**
 * GraphQL execution compiled per query (graphql-jit) instead of graphql-js's interpreter, plugged into Apollo Server
 * as its "gateway" (Apollo's one hook for a custom executor): Apollo still parses, validates, runs the plugins (limits,
 * admission, error logging) and formats the errors; only the execution of a validated operation changes. A large
 * answer (a hub's neighbourhood: about 1,200 edges of five fields) is where graphql-js spends most of the API's own CPU,
 * resolving field by field through generic code; a compiled query walks the same resolvers through code generated
 * for that selection.
 *
 * Variables are coerced by graphql-js first, so a bad variable gets exactly graphql-js's error (which Apollo answers
 * with HTTP 400); the compiled query then receives the variables as sent. graphql-jit's errors are rebuilt as
 * graphql-js's (see asGraphQLError).
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  GraphQLError,
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** Most operations of one document compiled and kept (a document rarely holds more than one). */
const PER_DOCUMENT = 16;

/** The executor: compiles each (document, operation name) once, then runs the compiled query. */
export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  // Apollo hands out the same parsed document for the same query text (its document cache), so a repeated query
  // finds its compiled form here; documents Apollo drops are dropped here too.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? "";
    let entry = byName.get(key);
    if (!entry) {
      entry = compileQuery(schema, document, operationName ?? undefined);
      if (byName.size >= PER_DOCUMENT) byName.clear();
      byName.set(key, entry);
    }
    return entry;
  };
  return async (rc) => {
    const variables = rc.request.variables ?? {};
    const operation = getOperationAST(rc.document, rc.request.operationName ?? undefined);
    if (operation) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    const query = compile(rc.document, rc.request.operationName ?? null);
    if (!isCompiledQuery(query)) return query as ExecutionResult<Record<string, unknown>>;
    const result = await query.query(undefined, rc.context, variables);
    if (result.errors)
      return { ...result, errors: result.errors.map(asGraphQLError) } as ExecutionResult<Record<string, unknown>>;
    return result as ExecutionResult<Record<string, unknown>>;
  };
}

/**
 * A graphql-jit error as graphql-js builds it: graphql-jit leaves `extensions` undefined when the resolver's error has
 * none, where graphql-js always gives an object, and Apollo reads `extensions.code` before formatError (an undefined
 * there turned a database outage into a masked internal error). Path, locations and the original error are kept.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const out = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (out as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return out;
}

/** Apollo's gateway interface around a fixed schema and the compiled executor (shared with repeat-queries.ts). */
export function jitGateway(schema: GraphQLSchema, executor: GatewayExecutor = jitExecutor(schema)): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
