import fs from "node:fs";
import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../../src/api/server.js";
import { checkOperation, DEFAULT_LIMITS } from "../../../src/api/limits.js";

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, "utf8"));

function check(query: string, variables?: Record<string, unknown>) {
  return checkOperation({ schema, document: parse(query), variables });
}

function rejection(query: string, variables?: Record<string, unknown>): string {
  try {
    check(query, variables);
  } catch (e) {
    expect((e as { extensions?: { code?: string } }).extensions?.code).toBe("BAD_USER_INPUT");
    return (e as Error).message;
  }
  throw new Error("expected a rejection");
}

describe("checkOperation", () => {
  it("measures depth, fields, aliases and cost", () => {
    const m = check(`{ a: stats { actors events } actors(first: 10) { nodes { id roles { title } } } }`);
    // stats: 1 + 2; actors: 1 + 10 × (nodes: 1 + 1 × (id 1 + roles: 1 + 5 × 1)) = 1 + 10 × 8
    expect(m).toEqual({ depth: 4, fields: 8, aliases: 1, cost: 3 + 81 });
  });

  it("uses schema defaults and variables for sizes", () => {
    const byDefault = check(`{ actors { nodes { id } } }`);
    const byVariable = check(`query($n: Int) { actors(first: $n) { nodes { id } } }`, { n: 40 });
    expect(byDefault?.cost).toBe(1 + 20 * 2);
    expect(byVariable?.cost).toBe(1 + 40 * 2);
  });

  it("rejects depth, aliases, field counts and cost above the limits", () => {
    expect(rejection(`{ actor(id: "x") { ${"parent { ".repeat(10)} id ${"} ".repeat(10)} } }`)).toMatch(
      /nested more than 10/,
    );
    expect(rejection(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { actors }`).join(" ")} }`)).toMatch(
      /aliases/,
    );
    expect(rejection(`{ stats { ${"actors ".repeat(401)} } }`)).toMatch(/more than 400 fields/);
    expect(
      rejection(`{ actors(first: 100) { nodes { relations(first: 100) { evidence { sentence quote } } } } }`),
    ).toMatch(/too expensive/);
  });

  it("stops a fragment-expansion bomb early", () => {
    const fragments = [`fragment F0 on Actor { id }`];
    for (let k = 1; k <= 40; k++) fragments.push(`fragment F${k} on Actor { ...F${k - 1} ...F${k - 1} }`);
    const started = Date.now();
    expect(rejection(`{ actors { nodes { ...F40 } } } ${fragments.join(" ")}`)).toMatch(/fields/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it.each([
    [`{ actors(first: 101) { nodes { id } } }`, /first must be between 0 and 100/],
    [`{ path(from: "a", to: "b", maxHops: 0) { length } }`, /maxHops must be between 1 and 6/],
    [`{ neighborhood(actor: "a", depth: 4) { nodes { id } } }`, /depth must be between 1 and 3/],
    [`{ neighborhood(actor: "a", limit: 501) { nodes { id } } }`, /limit must be between 1 and 500/],
    [`{ actor(name: "${"x".repeat(501)}") { id } }`, /too long/],
    [
      `{ relations(filter: { actors: ["${"x".repeat(600)}"] }) { nodes { id } } }`,
      /relations\.filter\.actors\[0\] is too long/,
    ],
    [
      `{ relations(filter: { actors: [${'"a", '.repeat(101)}] }) { nodes { id } } }`,
      /relations\.filter\.actors has 101 items/,
    ],
  ])("rejects %s", (query, message) => {
    expect(rejection(query)).toMatch(message);
  });

  it("lets article text up to the article limit through ingestArticle, but not other long strings", () => {
    const text = "ن".repeat(50_000);
    expect(
      check(`mutation($t: String!) { ingestArticle(input: { text: $t }) { articles { id } } }`, { t: text }),
    ).toBeDefined();
    expect(
      rejection(`mutation($t: String!) { ingestArticle(input: { text: "x", title: $t }) { articles { id } } }`, {
        t: text,
      }),
    ).toMatch(/ingestArticle\.input\.title/);
    const huge = "ن".repeat(DEFAULT_LIMITS.maxArticleChars + 1);
    expect(
      rejection(`mutation($t: String!) { ingestArticle(input: { text: $t }) { articles { id } } }`, { t: huge }),
    ).toMatch(/input\.text is too long/);
  });

  it("caps ingestArticles by the number of inputs and checks each input like ingestArticle", () => {
    const q = `mutation($i: [IngestArticleInput!]!) { ingestArticles(inputs: $i) { ingested } }`;
    const inputs = (n: number) => Array.from({ length: n }, () => ({ text: "نص" }));
    expect(check(q, { i: inputs(DEFAULT_LIMITS.maxIngestBatch) })).toBeDefined();
    expect(rejection(q, { i: inputs(DEFAULT_LIMITS.maxIngestBatch + 1) })).toMatch(
      /ingestArticles takes at most 50 inputs per call \(maxIngestBatch\), got 51/,
    );
    const long = "ن".repeat(DEFAULT_LIMITS.maxStringLength + 1);
    expect(rejection(q, { i: [{ text: "x" }, { text: "x", source: long }] })).toMatch(
      /ingestArticles\.inputs\[1\]\.source/,
    );
    // Article texts get the article limit, not the string limit.
    expect(check(q, { i: [{ text: long }] })).toBeDefined();
  });

  it("accepts GraphiQL's introspection query", () => {
    expect(() => check(getIntrospectionQuery())).not.toThrow();
  });

  it("leaves invalid variables to graphql-js", () => {
    expect(check(`query($n: Int) { actors(first: $n) { nodes { id } } }`, { n: "many" })).toBeUndefined();
  });
});
