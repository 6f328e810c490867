/** The traversal queries of the soak, filled with actors that are in the loaded graph. */
import type { SoakOperation } from "./soak.js";

/** An actor as listed by the API at the start of the soak. */
export interface KnownActor {
  id: string;
  name: string;
  nameAr: string;
}

const ACTOR_BY_NAME = `query($name: String!) { actor(name: $name) { id name nameAr kind degree } }`;
const WHO_MET = `query($id: ID!) {
  whoMet(actor: $id, first: 10) { counterpart { id name } count firstDate lastDate
    meetings { id date evidence { sentence article { id title } } } }
}`;
const PATH = `query($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4, first: 3) { length actors { id name } steps { relation { type count } } }
}`;
const NEIGHBORHOOD = `query($id: ID!) {
  neighborhood(actor: $id, depth: 2, limit: 50) { nodes { id label depth } edges { id source target type weight } }
}`;
const TIMELINE = `query($id: ID!) { timeline(actor: $id, first: 30) { id type date subject { id } object { id } } }`;
const RELATIONS = `query($id: ID!) {
  relations(filter: { actors: [$id] }, first: 20) { totalCount nodes { id type date sourceCount } }
}`;

/** Builds the mix: for every actor, lookups by Arabic and English name, whoMet, path, neighborhood, timeline, relations. */
export function buildOperations(actors: KnownActor[]): SoakOperation[] {
  const ops: SoakOperation[] = [];
  actors.forEach((a, i) => {
    const other = actors[(i + 5) % actors.length] ?? a;
    ops.push({ name: "actor(name: Arabic)", query: ACTOR_BY_NAME, variables: { name: a.nameAr } });
    ops.push({ name: "actor(name: English)", query: ACTOR_BY_NAME, variables: { name: a.name } });
    ops.push({ name: "whoMet", query: WHO_MET, variables: { id: a.id } });
    ops.push({ name: "path", query: PATH, variables: { from: a.id, to: other.id } });
    ops.push({ name: "neighborhood", query: NEIGHBORHOOD, variables: { id: a.id } });
    ops.push({ name: "timeline", query: TIMELINE, variables: { id: a.id } });
    ops.push({ name: "relations", query: RELATIONS, variables: { id: a.id } });
  });
  return ops;
}

/** The actors query used to pick the soak's actors (the most connected ones first is not needed: all are used). */
export const LIST_ACTORS = `{ actors(first: 100) { nodes { id name nameAr degree } } }`;
