import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("defaults to the local playground set-up on 127.0.0.1:4000", () => {
    const c = loadConfig({});
    expect(c.host).toBe("127.0.0.1");
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.playground).toBe(true);
    expect(c.introspection).toBe(true);
    expect(c.apiKey).toBeUndefined();
  });

  it("turns the playground and introspection off in production unless asked", () => {
    expect(loadConfig({ NODE_ENV: "production" }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_PLAYGROUND: "true" }).playground).toBe(true);
  });

  it("reads the Neo4j connection and CORS origins", () => {
    const c = loadConfig({
      NEO4J_URI: "neo4j://db:7687",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "x",
      NEO4J_DATABASE: "news",
      CORS_ORIGINS: "https://a.example, https://b.example",
    });
    expect(c.neo4j).toEqual({ uri: "neo4j://db:7687", username: "reader", password: "x", database: "news" });
    expect(c.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
  });

  it("rejects malformed numbers and booleans with a message naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ GRAPHQL_PLAYGROUND: "maybe" })).toThrow(/boolean/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("finds the tagger locally by default, or at NLP_URL, and switches it off only when asked", () => {
    const c = loadConfig({});
    expect(c.nlp.url).toBeUndefined();
    expect(c.nlp.disabled).toBe(false);
    expect(c.nlp.cacheDir).toMatch(/[/\\]\.cache[/\\]corenlp$/);
    expect(loadConfig({ NLP_URL: "http://corenlp:9000" }).nlp.url).toBe("http://corenlp:9000");
    expect(loadConfig({ NLP_DISABLED: "true" }).nlp.disabled).toBe(true);
    expect(loadConfig({ NLP_LOCAL_DIR: "/tmp/nlp-cache" }).nlp.cacheDir).toBe("/tmp/nlp-cache");
  });

  it("rejects an NLP_URL that is not an http(s) URL, naming the variable", () => {
    expect(() => loadConfig({ NLP_URL: "corenlp:9000" })).toThrow(/NLP_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ NLP_URL: "not a url" })).toThrow(/NLP_URL/);
    expect(() => loadConfig({ NLP_DISABLED: "sometimes" })).toThrow(/NLP_DISABLED must be a boolean/);
  });
});
