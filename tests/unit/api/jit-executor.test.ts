import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { jitExecutor } from "../../../src/api/jit-executor.js";

class Outage extends Error {}

const schema = makeExecutableSchema({
  typeDefs: `type Query { greet(name: String!, times: Int): String!  down: String  coded: String  list: [Item!]! }
             type Item { id: ID!  twice: Int! }`,
  resolvers: {
    Query: {
      greet: (_: unknown, a: { name: string; times?: number }, ctx: { suffix: string }) =>
        `${a.name.repeat(a.times ?? 1)}${ctx.suffix}`,
      down: () => {
        throw new Outage("database down");
      },
      coded: () => {
        throw new GraphQLError("nope", { extensions: { code: "BAD_USER_INPUT" } });
      },
      list: () => [
        { id: "a", n: 1 },
        { id: "b", n: 2 },
      ],
    },
    Item: { twice: (item: { n: number }) => item.n * 2 },
  },
});

function run(query: string, variables?: Record<string, unknown>) {
  const execute = jitExecutor(schema);
  const rc = { document: parse(query), request: { query, variables }, context: { suffix: "!" } };
  return execute(rc as unknown as GatewayGraphQLRequestContext);
}

describe("jitExecutor", () => {
  it("runs resolvers with arguments, variables and the request's context", async () => {
    const r = await run(`query($n: String!) { greet(name: $n, times: 2) list { id twice } }`, { n: "ab" });
    expect(r).toEqual({
      data: {
        greet: "abab!",
        list: [
          { id: "a", twice: 2 },
          { id: "b", twice: 4 },
        ],
      },
    });
  });

  it("answers a bad variable with graphql-js's coercion error and no data", async () => {
    const r = await run(`query($n: String!) { greet(name: $n) }`, { n: 5 });
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toBe(
      'Variable "$n" got invalid value 5; String cannot represent a non string value: 5',
    );
  });

  it("gives resolver errors as graphql-js GraphQLErrors: extensions an object, path, locations, the original error", async () => {
    const r = await run(`{ down coded }`);
    expect(r.data).toEqual({ down: null, coded: null });
    const [down, coded] = r.errors ?? [];
    expect(down).toBeInstanceOf(GraphQLError);
    expect(down?.extensions).toEqual({});
    expect(down?.path).toEqual(["down"]);
    expect(down?.locations).toEqual([{ line: 1, column: 3 }]);
    expect(down?.originalError).toBeInstanceOf(Outage);
    expect(coded?.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });
});
