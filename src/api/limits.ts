/**
 * Query limits, checked once per operation before execution (pure: no database, no server). A walk over the
 * operation with its fragments expanded and its arguments coerced (variables and defaults included) measures depth,
 * field count, aliases and cost, and checks every argument against its cap, so a hostile query is refused with a
 * BAD_USER_INPUT message before it costs a database round trip.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { badInput } from "./errors.js";

export interface Limits {
  /** Deepest field nesting outside introspection. */
  maxDepth: number;
  /** Estimated cost: every field 1, a list field's subtree multiplied by its `first`/`limit` (or `defaultListSize`). */
  maxCost: number;
  /** Fields after fragment expansion (stops alias and field-duplication bombs). */
  maxFields: number;
  maxAliases: number;
  /** Longest string in any argument (except the article text of ingestArticle). */
  maxStringLength: number;
  /** Most items in any list argument (actor ids, types …). */
  maxListLength: number;
  /** Longest article text accepted by ingestArticle. */
  maxArticleChars: number;
  /** Most inputs in one ingestArticles call. */
  maxIngestBatch: number;
  /** Multiplier for list fields without a size argument (evidence, roles …). */
  defaultListSize: number;
  maxFirst: number;
  maxHops: number;
  maxNeighborhoodDepth: number;
  maxNeighborhoodLimit: number;
  /** Introspection queries are deep by nature (type references); they get their own, looser depth cap. */
  maxIntrospectionDepth: number;
  /** Lexer tokens per document: bounds the work of parsing and validation themselves. */
  maxTokens: number;
}

/** The limits used unless the server is given others. */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxCost: 25_000,
  maxFields: 400,
  maxAliases: 30,
  maxStringLength: 500,
  maxListLength: 100,
  maxArticleChars: 1_000_000,
  maxIngestBatch: 50,
  defaultListSize: 5,
  maxFirst: 100,
  maxHops: 6,
  maxNeighborhoodDepth: 3,
  maxNeighborhoodLimit: 500,
  maxIntrospectionDepth: 20,
  maxTokens: 2_000,
};

/** What an operation measures. */
export interface OperationMeasure {
  depth: number;
  cost: number;
  fields: number;
  aliases: number;
}

interface ArgCap {
  min: number;
  max: (l: Limits) => number;
  what: string;
}

/** Caps by argument name; `depth` and `limit` only exist on neighborhood. */
const ARG_CAPS: Record<string, ArgCap> = {
  first: { min: 0, max: (l) => l.maxFirst, what: "items per page" },
  maxHops: { min: 1, max: (l) => l.maxHops, what: "hops" },
  depth: { min: 1, max: (l) => l.maxNeighborhoodDepth, what: "levels" },
  limit: { min: 1, max: (l) => l.maxNeighborhoodLimit, what: "nodes" },
};

function checkStrings(c: { value: unknown; path: string; max: number; maxList: number }): void {
  const { value, path, max, maxList } = c;
  if (typeof value === "string") {
    if (value.length > max) throw badInput(`Argument ${path} is too long: ${value.length} characters (limit ${max}).`);
  } else if (Array.isArray(value)) {
    if (value.length > maxList) throw badInput(`Argument ${path} has ${value.length} items (limit ${maxList}).`);
    value.forEach((v, i) => checkStrings({ value: v, path: `${path}[${i}]`, max, maxList }));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) checkStrings({ value: v, path: `${path}.${k}`, max, maxList });
  }
}

/** An article input: its text up to maxArticleChars, every other field up to maxStringLength. */
function checkArticleInput(c: { value: unknown; path: string; limits: Limits }): void {
  const { text, ...rest } = (c.value ?? {}) as Record<string, unknown>;
  const maxList = c.limits.maxListLength;
  checkStrings({ value: text, path: `${c.path}.text`, max: c.limits.maxArticleChars, maxList });
  checkStrings({ value: rest, path: c.path, max: c.limits.maxStringLength, maxList });
}

function checkArgs(c: { fieldName: string; args: Record<string, unknown>; limits: Limits }): void {
  const { fieldName, args, limits } = c;
  const maxList = limits.maxListLength;
  for (const [name, value] of Object.entries(args)) {
    const cap = ARG_CAPS[name];
    if (cap && typeof value === "number") {
      const max = cap.max(limits);
      if (!Number.isInteger(value) || value < cap.min || value > max) {
        throw badInput(
          `${fieldName}(${name}: ${value}) is out of range: ${name} must be between ${cap.min} and ${max} ${cap.what}.`,
        );
      }
    }
    if (fieldName === "ingestArticle" && name === "input" && value && typeof value === "object") {
      checkArticleInput({ value, path: `${fieldName}.input`, limits });
    } else if (fieldName === "ingestArticles" && name === "inputs" && Array.isArray(value)) {
      if (value.length > limits.maxIngestBatch) {
        throw badInput(
          `ingestArticles takes at most ${limits.maxIngestBatch} inputs per call (maxIngestBatch), got ${value.length}: send them in several calls.`,
        );
      }
      value.forEach((v, i) => checkArticleInput({ value: v, path: `${fieldName}.inputs[${i}]`, limits }));
    } else {
      checkStrings({ value, path: `${fieldName}.${name}`, max: limits.maxStringLength, maxList });
    }
  }
}

/**
 * Measures an operation and throws BAD_USER_INPUT when it breaks a limit. Returns undefined when the operation or
 * its variables are invalid: graphql-js reports those itself with better messages.
 */
export function checkOperation(input: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  limits?: Limits;
}): OperationMeasure | undefined {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const { schema, document } = input;
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = input.operationName
    ? operations.find((o) => o.name?.value === input.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return undefined;

  const measure: OperationMeasure = { depth: 0, cost: 0, fields: 0, aliases: 0 };

  /** Cost of a selection set; counts fields and aliases and checks depth and arguments on the way. */
  const walk = (at: {
    set: SelectionSetNode;
    parent: GraphQLCompositeType;
    depth: number;
    introspection: boolean;
    spreads: Set<string>;
  }): number => {
    const { set, parent, depth, introspection, spreads } = at;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition
          ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType)
          : parent;
        cost += walk({ set: sel.selectionSet, parent: type ?? parent, depth, introspection, spreads });
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreads.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        const inner = new Set([...spreads, name]);
        cost += walk({ set: fragment.selectionSet, parent: type ?? parent, depth, introspection, spreads: inner });
        continue;
      }
      measure.fields++;
      if (sel.alias) measure.aliases++;
      // Throwing as soon as a count is exceeded keeps fragment-expansion bombs from running exponentially long.
      if (measure.fields > limits.maxFields) {
        throw badInput(
          `The query selects more than ${limits.maxFields} fields (after expanding fragments); split it up.`,
        );
      }
      if (measure.aliases > limits.maxAliases) {
        throw badInput(`The query uses more than ${limits.maxAliases} aliases; split it up.`);
      }
      const name = sel.name.value;
      const fieldDepth = depth + 1;
      const isIntrospection = introspection || name.startsWith("__");
      if (isIntrospection) {
        if (fieldDepth > limits.maxIntrospectionDepth) {
          throw badInput(`The introspection query is nested more than ${limits.maxIntrospectionDepth} levels deep.`);
        }
      } else {
        measure.depth = Math.max(measure.depth, fieldDepth);
        if (fieldDepth > limits.maxDepth) {
          throw badInput(`The query is nested more than ${limits.maxDepth} levels deep; flatten it.`);
        }
      }
      const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!def) {
        // __typename, __schema, __type and fields of introspection types outside the schema's own types.
        if (sel.selectionSet && isIntrospection) {
          walk({ set: sel.selectionSet, parent, depth: fieldDepth, introspection: true, spreads });
        }
        cost += isIntrospection ? 0 : 1;
        continue;
      }
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(def, sel, variables);
      } catch {
        // Invalid arguments are reported by graphql-js during execution.
      }
      if (!isIntrospection) checkArgs({ fieldName: name, args, limits });
      if (!sel.selectionSet) {
        cost += isIntrospection ? 0 : 1;
        continue;
      }
      const child = getNamedType(def.type) as GraphQLCompositeType;
      const size =
        typeof args.first === "number" ? args.first : typeof args.limit === "number" ? args.limit : undefined;
      // Lists inside a connection or graph are already sized by the parent's first/limit.
      const sizedByParent = parent.name.endsWith("Connection") || parent.name === "Graph";
      const multiplier = size ?? (isListType(getNullableType(def.type)) && !sizedByParent ? limits.defaultListSize : 1);
      const childCost = walk({
        set: sel.selectionSet,
        parent: child,
        depth: fieldDepth,
        introspection: isIntrospection,
        spreads,
      });
      if (!isIntrospection) cost += 1 + Math.max(multiplier, 1) * childCost;
    }
    return cost;
  };

  measure.cost = walk({
    set: operation.selectionSet,
    parent: root,
    depth: 0,
    introspection: false,
    spreads: new Set(),
  });
  if (measure.cost > limits.maxCost) {
    throw badInput(
      `The query is too expensive: estimated cost ${measure.cost} exceeds ${limits.maxCost}. Ask for fewer items (first/limit) or fewer nested lists.`,
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
  return measure;
}
