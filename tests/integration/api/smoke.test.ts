import { describe, expect, it } from "vitest";
import { useSeededApi } from "../helpers/seeded-api.js";

const seeded = useSeededApi();

describe("API smoke", () => {
  it("lists actors as edges and as nodes", async () => {
    const r = await seeded.api.query<{
      actors: { edges: { node: { name: string } }[]; nodes: { id: string; name: string }[] };
    }>("{ actors(first: 100) { edges { node { name } } nodes { id name } } }");
    expect(r.errors).toBeUndefined();
    expect(r.data?.actors.nodes.length).toBeGreaterThan(5);
    expect(r.data?.actors.edges.map((e) => e.node.name)).toContain("Ali Bagheri Kani");
  });

  it("answers healthz and readyz", async () => {
    const base = seeded.api.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
