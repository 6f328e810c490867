import { describe, expect, it } from "vitest";
import type { Data } from "../helpers/api-server.js";
import { ACTORS } from "../helpers/extraction-builder.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// Issue 9 changed how a neighbourhood is built (per-node top-k, edges read while expanding instead of every edge
// among the kept nodes). On the seed graph nothing is cut by a limit, so the answer must be what the old definition
// gave: every actor within `depth` hops, and every derived edge among them.
const seeded = useSeededApi();

/** The old definition, computed from the whole edge list: breadth-first within `depth`, then the induced edges. */
function expected(edges: { subjectId: string; type: string; objectId: string }[], c: { actor: string; depth: number }) {
  const kept = new Set([c.actor]);
  let frontier = [c.actor];
  for (let d = 0; d < c.depth; d++) {
    const next = new Set<string>();
    for (const e of edges) {
      if (frontier.includes(e.subjectId) && !kept.has(e.objectId)) next.add(e.objectId);
      if (frontier.includes(e.objectId) && !kept.has(e.subjectId)) next.add(e.subjectId);
    }
    for (const n of next) kept.add(n);
    frontier = [...next];
  }
  const induced = edges.filter((e) => kept.has(e.subjectId) && kept.has(e.objectId));
  return { nodes: [...kept].sort(), edges: induced.map((e) => `${e.type}:${e.subjectId}->${e.objectId}`).sort() };
}

describe("neighbourhoods on the seed graph", () => {
  const cases = Object.values(ACTORS).flatMap((a) => [1, 2].map((depth) => ({ actor: a.id, depth })));
  it.each(cases)("$actor at depth $depth: every actor within reach and every edge among them", async (c) => {
    const all = await seeded.admin.derivedEdges();
    const d = await seeded.api.ok(
      `query($a: ID!, $d: Int!) { neighborhood(actor: $a, depth: $d) { nodes { id } edges { id } } }`,
      {
        a: c.actor,
        d: c.depth,
      },
    );
    const got = {
      nodes: d.neighborhood.nodes.map((n: Data) => n.id).sort(),
      edges: d.neighborhood.edges.map((e: Data) => e.id).sort(),
    };
    expect(got).toEqual(expected(all, c));
  });
});
