/**
 * The explorer's GraphQL client: every datum the page shows comes through the public API at /graphql, within its
 * limits (first ≤ 100, neighbourhood limit ≤ 500, depth ≤ 3); lists are paged with cursors.
 */

export const RELATION_TYPES = [
  "MET",
  "INVITED",
  "CONDEMNED",
  "ACCUSED",
  "DEMANDED",
  "SUPPORTED",
  "SUPPLIED",
  "MEDIATED",
  "REJECTED",
  "THREATENED",
  "SANCTIONED",
  "ATTACKED",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The API's caps, mirrored (src/api/limits.ts): the page never asks for more. */
export const API_LIMITS = { maxFirst: 100, maxNeighborhoodLimit: 500, maxDepth: 3, maxHops: 6 };

/** Nodes per neighbourhood request: enough to read, well under the API's cap. */
export const NEIGHBORHOOD_LIMIT = 150;

export interface ActorSummary {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  degree?: number;
}

export interface GraphNode {
  id: string;
  label: string;
  labelAr: string;
  kind: string;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Evidence {
  id: string;
  sentence: string;
  trigger: string | null;
  article: { id: string; title: string | null; source: string | null; publishedAt: string | null };
  offsets: { sentence: Span | null; trigger: Span | null; subject: Span | null; object: Span | null };
}

export interface EventItem {
  id: string;
  type: RelationType;
  date: string | null;
  mode: string | null;
  negated: boolean;
  modality: string;
  plover: string | null;
  cameo: string | null;
  subject: ActorSummary;
  object: ActorSummary;
  evidence: Evidence[];
}

export interface Article {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string | null;
}

export interface PathItem {
  length: number;
  actors: (ActorSummary & { degree: number })[];
  steps: {
    from: { id: string };
    to: { id: string };
    relation: {
      id: string;
      type: RelationType;
      count: number;
      firstDate: string | null;
      lastDate: string | null;
      subject: { id: string };
      object: { id: string };
    };
  }[];
}

interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A GraphQL error answered by the server, with its code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Posts one operation to /graphql and returns its data, or throws the first error. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`, undefined);
  return body.data;
}

const ACTOR_FIELDS = "id name nameAr kind";

/** Actors matching typed text (Arabic or English), best first. */
export async function searchActors(text: string, first = 8): Promise<ActorSummary[]> {
  const d = await gql<{ actors: Connection<ActorSummary> }>(
    `query Suggest($q: String!, $first: Int) { actors(search: $q, first: $first) { nodes { ${ACTOR_FIELDS} } } }`,
    { q: text, first: Math.min(first, API_LIMITS.maxFirst) },
  );
  return d.actors.nodes;
}

/** One actor by id or by name, or null. */
export async function findActor(idOrName: string): Promise<ActorSummary | null> {
  const d = await gql<{ byId: ActorSummary | null }>(
    `query Actor($id: ID) { byId: actor(id: $id) { ${ACTOR_FIELDS} degree } }`,
    { id: idOrName },
  );
  if (d.byId) return d.byId;
  const n = await gql<{ byName: ActorSummary | null }>(
    `query ActorByName($name: String) { byName: actor(name: $name) { ${ACTOR_FIELDS} degree } }`,
    { name: idOrName },
  );
  return n.byName;
}

/** The graph around an actor (positive events only: the derived relation edges). */
export async function neighborhood(c: {
  actor: string;
  depth: number;
  types: RelationType[] | null;
}): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const d = await gql<{ neighborhood: { nodes: GraphNode[]; edges: GraphEdge[] } }>(
    `query Neighborhood($actor: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
      neighborhood(actor: $actor, depth: $depth, types: $types, limit: $limit) {
        nodes { id label labelAr kind degree }
        edges { id source target type weight firstDate lastDate }
      }
    }`,
    {
      actor: c.actor,
      depth: Math.min(c.depth, API_LIMITS.maxDepth),
      types: c.types,
      limit: Math.min(NEIGHBORHOOD_LIMIT, API_LIMITS.maxNeighborhoodLimit),
    },
  );
  return d.neighborhood;
}

const EVENT_FIELDS = `id type date mode negated modality plover cameo
  subject { ${ACTOR_FIELDS} degree } object { ${ACTOR_FIELDS} degree }`;

const EVIDENCE_FIELDS = `evidence { id sentence trigger article { id title source publishedAt }
  offsets { sentence { start end } trigger { start end } subject { start end } object { start end } } }`;

/** Filter of event listings. */
export interface EventQuery {
  actors?: string[];
  between?: [string, string];
  types: RelationType[] | null;
  from: string | null;
  to: string | null;
  includeNegated: boolean;
  includeUnasserted: boolean;
}

/** One page of events (newest first); `evidence` adds the sentences. */
export async function relationsPage(c: {
  filter: EventQuery;
  first: number;
  after: string | null;
  evidence: boolean;
}): Promise<Connection<EventItem>> {
  const d = await gql<{ relations: Connection<EventItem> }>(
    `query Relations($filter: RelationFilter, $first: Int, $after: String) {
      relations(filter: $filter, first: $first, after: $after) {
        nodes { ${EVENT_FIELDS} ${c.evidence ? EVIDENCE_FIELDS : ""} }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { filter: c.filter, first: Math.min(c.first, API_LIMITS.maxFirst), after: c.after },
  );
  return d.relations;
}

/** An article with its body (evidence offsets refer to it). */
export async function article(id: string): Promise<Article | null> {
  const d = await gql<{ article: Article | null }>(
    `query Article($id: ID!) { article(id: $id) { id title source url publishedAt body } }`,
    { id },
  );
  return d.article;
}

/** Shortest paths between two actors. */
export async function paths(c: { from: string; to: string; types: RelationType[] | null }): Promise<PathItem[]> {
  const d = await gql<{ path: PathItem[] }>(
    `query Path($from: ID!, $to: ID!, $types: [RelationType!]) {
      path(from: $from, to: $to, maxHops: 4, types: $types, first: 10) {
        length
        actors { ${ACTOR_FIELDS} degree }
        steps { from { id } to { id } relation { id type count firstDate lastDate subject { id } object { id } } }
      }
    }`,
    { from: c.from, to: c.to, types: c.types },
  );
  return d.path;
}
