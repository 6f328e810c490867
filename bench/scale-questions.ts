/**
 * The questions of the scale benchmark, each asked two ways: as GraphQL to our API, and as the same statements of
 * cypher/ run straight through neo4j-driver by bench/raw-server.ts (the floor). `ids` turns either answer into the
 * same comparable list, so that the bench can check that both servers answered alike.
 */

/** Actors the questions are about (found in the generated graph). */
export interface Subjects {
  hub: string;
  median: string;
}

/** One question: the GraphQL operation, the raw server's route parameters, and a digest of each answer. */
export interface Question {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  raw: { question: string; actorId: string; depth?: number; limit?: number };
  /** Comparable digest of the GraphQL data. */
  oursDigest: (data: Record<string, unknown>) => unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked by digest, not typed */
const nodeIds = (g: any) => (g.nodes as { id: string }[]).map((n) => n.id).sort();
const edgeIds = (g: any) => (g.edges as { id: string }[]).map((e) => e.id).sort();

/**
 * The questions of issue 9's table (plus depth 2 from a median actor, which really expands a second layer, and the same
 * at the largest limit).
 */
export function scaleQuestions(s: Subjects): Question[] {
  const who = (label: string, actor: string): Question => ({
    name: `whoMet, ${label}`,
    graphql: {
      query: `query($a: ID!) { whoMet(actor: $a, first: 20) { counterpart { id name } count firstDate lastDate
        meetings(first: 3) { id date } } }`,
      variables: { a: actor },
    },
    raw: { question: "whoMet", actorId: actor },
    oursDigest: (d: any) =>
      d.whoMet.map((m: any) => [m.counterpart.id, m.count, m.firstDate, m.lastDate, m.meetings.map((e: any) => e.id)]),
  });
  const hood = (label: string, actor: string, depth: number, limit: number): Question => ({
    name: `neighborhood depth ${depth} (limit ${limit}), ${label}`,
    graphql: {
      query: `query($a: ID!, $d: Int!, $l: Int!) { neighborhood(actor: $a, depth: $d, limit: $l) {
        nodes { id label kind depth degree } edges { id source target type weight } } }`,
      variables: { a: actor, d: depth, l: limit },
    },
    raw: { question: "neighborhood", actorId: actor, depth, limit },
    oursDigest: (d: any) => [nodeIds(d.neighborhood), edgeIds(d.neighborhood)],
  });
  const relations = (label: string, actor: string): Question => ({
    name: `relations(actors: [${label}]), first 20`,
    graphql: {
      query: `query($a: ID!) { relations(filter: { actors: [$a] }, first: 20) {
        nodes { id type date subject { id name } object { id name } } } }`,
      variables: { a: actor },
    },
    raw: { question: "relations", actorId: actor },
    oursDigest: (d: any) => d.relations.nodes.map((e: any) => e.id),
  });
  return [
    {
      name: "actor by id",
      graphql: { query: `query($a: ID!) { actor(id: $a) { id name nameAr kind degree } }`, variables: { a: s.median } },
      raw: { question: "actor", actorId: s.median },
      oursDigest: (d: any) => [d.actor.id, d.actor.degree],
    },
    who("median actor", s.median),
    who("hub actor", s.hub),
    hood("median", s.median, 1, 50),
    hood("hub", s.hub, 1, 50),
    hood("hub", s.hub, 2, 100),
    hood("median", s.median, 2, 100),
    // The largest neighbourhood the API's limits allow (maxNeighborhoodLimit): 2 MB, 15,000 edges on the
    // 200,000-event graph, a quarter of a second of our CPU each; the overload test of the admission queue.
    hood("median", s.median, 2, 500),
    relations("median", s.median),
    relations("hub", s.hub),
  ];
}
