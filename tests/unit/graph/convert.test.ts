import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { toPlain } from "../../../src/graph/convert.js";

describe("toPlain", () => {
  it("turns integers into numbers, or strings past the safe range, inside maps and lists", () => {
    const row = { n: neo4j.int(42), big: neo4j.int("9007199254740993"), list: [neo4j.int(1), { m: neo4j.int(-7) }] };
    expect(toPlain(row)).toEqual({ n: 42, big: "9007199254740993", list: [1, { m: -7 }] });
  });

  it("turns temporals into ISO strings and nodes into their properties", () => {
    const date = new neo4j.types.Date(2024, 3, 9);
    const node = new neo4j.types.Node(neo4j.int(1), ["Actor"], { id: "IRN", degree: neo4j.int(3), since: date });
    expect(toPlain({ date, node })).toEqual({
      date: "2024-03-09",
      node: { id: "IRN", degree: 3, since: "2024-03-09" },
    });
  });

  it("keeps strings, numbers and booleans, makes undefined null, and copies maps without a prototype", () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: neo4j.int(5), b: undefined });
    expect(toPlain({ s: "نص", f: 1.5, t: true, u: undefined, bare })).toEqual({
      s: "نص",
      f: 1.5,
      t: true,
      u: null,
      bare: { a: 5, b: null },
    });
  });
});
