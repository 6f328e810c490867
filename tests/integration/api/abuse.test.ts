import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseUnavailableError, type GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import type { IngestFn } from "../../../src/api/context.js";
import { TEST_API_KEY, TestApi, testConfig, type Data } from "../helpers/api-server.js";
import { ACTORS, seedCorpus, writeIngested } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;

// A stand-in for extraction + load: the API layer only sees this callback.
const fakeIngest: IngestFn = async (input) => {
  if (input.text.includes("FAIL-UNEXPECTED")) throw new Error("secret internal detail /etc/passwd");
  if (input.text.includes("FAIL-DB")) throw new DatabaseUnavailableError(new Error("connection refused"));
  return writeIngested(db, input);
};

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  api = await TestApi.start(db, { ingest: fakeIngest });
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await admin?.close();
});

const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };

function code(r: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return r.errors?.[0]?.extensions?.code;
}

describe("query limits", () => {
  it("rejects a depth bomb", async () => {
    const deep = `{ actor(id: "${ACTORS.peskov.id}") { ${"parent { ".repeat(14)} id ${"} ".repeat(14)} } }`;
    const r = await api.query(deep);
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/nested more than 10 levels/);
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
  });

  it("checks every request's variables, also for a query text it has already let through", async () => {
    // The server remembers operations that passed the limits (same parsed document and variables): a repeat with other
    // variables must still be measured.
    const query = `query($a: ID!, $n: Int!) { whoMet(actor: $a, first: $n) { count } }`;
    for (let i = 0; i < 2; i++) {
      const ok = await api.query(query, { variables: { a: ACTORS.peskov.id, n: 5 } });
      expect(ok.errors).toBeUndefined();
    }
    const over = await api.query(query, { variables: { a: ACTORS.peskov.id, n: 5_000 } });
    expect(code(over)).toBe("BAD_USER_INPUT");
    expect(over.status).toBe(400);
  });

  it("rejects an alias bomb, a huge one already at parse time", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { actors }`).join(" ")} }`;
    const r = await api.query(aliases(40));
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/aliases/);
    const started = Date.now();
    const huge = await api.query(aliases(20_000));
    expect(huge.status).toBe(400);
    expect(code(huge)).toBe("GRAPHQL_PARSE_FAILED");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("rejects field duplication and fragment-expansion bombs quickly", async () => {
    const dup = await api.query(`{ stats { ${"actors ".repeat(450)} } }`);
    expect(code(dup)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const fragments = [`fragment F0 on Actor { id name }`];
    for (let k = 1; k <= 30; k++) fragments.push(`fragment F${k} on Actor { ...F${k - 1} parent { id } ...F${k - 1} }`);
    const started = Date.now();
    const bomb = await api.query(`{ actors { nodes { ...F30 } } } ${fragments.join(" ")}`);
    expect(code(bomb)).toBe("BAD_USER_INPUT");
    expect(bomb.errors?.[0]?.message).toMatch(/more than 400 fields/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("rejects an expensive query by cost", async () => {
    const r = await api.query(
      `{ actors(first: 100) { nodes { relations(first: 100) { evidence { article { events { evidence { sentence } } } } } } } }`,
    );
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/too expensive/);
  });

  it.each([
    ["huge first", `{ actors(first: 1000000) { nodes { id } } }`, /first must be between 0 and 100/],
    ["negative first", `{ relations(first: -1) { nodes { id } } }`, /first must be between 0 and 100/],
    ["first in a nested list", `{ actors { nodes { relations(first: 500) { id } } } }`, /first must be between/],
    ["maxHops above the cap", `{ path(from: "a", to: "b", maxHops: 7) { length } }`, /maxHops must be between 1 and 6/],
    ["depth above the cap", `{ neighborhood(actor: "a", depth: 4) { nodes { id } } }`, /depth must be between 1 and 3/],
    [
      "limit above the cap",
      `{ neighborhood(actor: "a", limit: 100000) { nodes { id } } }`,
      /limit must be between 1 and 500/,
    ],
  ])("rejects %s", async (_name, query, message) => {
    const r = await api.query(query);
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(message);
  });

  it("checks caps given through variables too", async () => {
    const r = await api.query(`query($n: Int) { actors(first: $n) { nodes { id } } }`, { variables: { n: 101 } });
    expect(code(r)).toBe("BAD_USER_INPUT");
  });

  it("rejects very long strings, as literals and as variables", async () => {
    const long = "ب".repeat(5000);
    const literal = await api.query(`{ actor(name: "${long}") { id } }`);
    expect(code(literal)).toBe("BAD_USER_INPUT");
    expect(literal.errors?.[0]?.message).toMatch(/too long/);
    const variable = await api.query(`query($q: String) { actors(search: $q) { nodes { id } } }`, {
      variables: { q: long },
    });
    expect(code(variable)).toBe("BAD_USER_INPUT");
  });

  it("rejects a forged cursor", async () => {
    const r = await api.query(`{ actors(after: "bm90LWEtY3Vyc29y") { nodes { id } } }`);
    expect(code(r)).toBe("BAD_USER_INPUT");
    const other = Buffer.from("relations:3").toString("base64url");
    expect(code(await api.query(`{ actors(after: "${other}") { nodes { id } } }`))).toBe("BAD_USER_INPUT");
  });

  it("refuses request bodies over 1 MB with 413", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { actors } }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it("refuses a chunked body (no Content-Length) over 1 MB with 413", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ stats { actors } }","pad":"'));
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });
});

const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `'}) MATCH (n) DETACH DELETE n //`,
  "` DETACH DELETE n //",
  `x") OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  "*:*",
  "name:* OR id:*",
  "AND OR NOT",
  ") OR (",
  "\\",
  '"',
  "~",
  "$actorId",
  "\u0000\u202e",
];

describe("injection strings in every string argument leave the graph unchanged", () => {
  const queries: [string, (s: string) => Record<string, unknown>][] = [
    [`query($s: ID) { actor(id: $s) { id } }`, (s) => ({ s })],
    [`query($s: String) { actor(name: $s) { id } }`, (s) => ({ s })],
    [`query($s: String) { actors(search: $s) { nodes { id } totalCount } }`, (s) => ({ s })],
    [`query($s: String) { actors(after: $s) { nodes { id } } }`, (s) => ({ s })],
    [
      `query($s: ID!) { relations(filter: { actors: [$s], between: [$s, $s] }) { nodes { id } totalCount } }`,
      (s) => ({ s }),
    ],
    [`query($s: ID!) { whoMet(actor: $s) { count } }`, (s) => ({ s })],
    [`query($s: ID!) { path(from: $s, to: "${ACTORS.iran.id}") { length } }`, (s) => ({ s })],
    [`query($s: ID!) { path(from: "${ACTORS.iran.id}", to: $s) { length } }`, (s) => ({ s })],
    [`query($s: ID!) { neighborhood(actor: $s) { nodes { id } } }`, (s) => ({ s })],
    [`query($s: ID!) { timeline(actor: $s) { id } }`, (s) => ({ s })],
    [`query($s: ID!) { event(id: $s) { id } article(id: $s) { id } }`, (s) => ({ s })],
    [`query($s: String) { articles(source: $s) { nodes { id } totalCount } }`, (s) => ({ s })],
    [`query($s: String) { articles(after: $s) { nodes { id } } }`, (s) => ({ s })],
  ];

  it("every query answers data or BAD_USER_INPUT, never an internal error, and deletes nothing", async () => {
    const before = await admin.counts();
    for (const [query, vars] of queries) {
      for (const s of INJECTIONS) {
        const r = await api.query(query, { variables: vars(s) });
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        for (const c of codes) expect([query, s, c]).toEqual([query, s, "BAD_USER_INPUT"]);
      }
    }
    expect(await admin.counts()).toEqual(before);
  });

  it("deleteArticle with injection ids (authorized) deletes nothing", async () => {
    const before = await admin.counts();
    for (const s of INJECTIONS) {
      const r = await api.query(`mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, {
        variables: { id: s },
        headers: AUTH,
      });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ deleteArticle: { deleted: false } });
    }
    expect(await admin.counts()).toEqual(before);
  });
});

describe("mutations need the API key", () => {
  const ingest = `mutation($t: String!) { ingestArticle(input: { id: "m1", text: $t }) { articles { id events { type } } } }`;

  it("without a key → UNAUTHENTICATED, graph unchanged", async () => {
    const before = await admin.counts();
    const r = await api.query(ingest, { variables: { t: "نص" } });
    expect(code(r)).toBe("UNAUTHENTICATED");
    const d = await api.query(`mutation { deleteArticle(id: "a1") { deleted } }`);
    expect(code(d)).toBe("UNAUTHENTICATED");
    expect(await admin.counts()).toEqual(before);
  });

  it("with a wrong key → UNAUTHENTICATED", async () => {
    for (const header of [`Bearer wrong`, `Bearer ${TEST_API_KEY}x`, TEST_API_KEY, `Basic ${TEST_API_KEY}`]) {
      const r = await api.query(`mutation { deleteArticle(id: "a1") { deleted } }`, {
        headers: {
          authorization: header,
        },
      });
      expect(code(r)).toBe("UNAUTHENTICATED");
    }
    expect((await admin.counts())["node:Article"]).toBe(2);
  });

  it("with the key → ingests and deletes", async () => {
    const r = await api.query<{ ingestArticle: { articles: { id: string; events: { type: string }[] }[] } }>(ingest, {
      variables: { t: "التقى وزير الخارجية الإيراني نظيره الروسي." },
      headers: AUTH,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.ingestArticle.articles).toEqual([{ id: "m1", events: [{ type: "MET" }] }]);
    const d = await api.query(`mutation { deleteArticle(id: "m1") { id deleted deletedEvents } }`, { headers: AUTH });
    expect(d.data).toEqual({ deleteArticle: { id: "m1", deleted: true, deletedEvents: 1 } });
  });

  it("mutations cannot be sent with GET", async () => {
    const url = `${api.url}?query=${encodeURIComponent(`mutation { deleteArticle(id: "a1") { deleted } }`)}`;
    const res = await fetch(url, { headers: { ...AUTH, "apollo-require-preflight": "1" } });
    expect(res.status).toBe(405);
    expect((await admin.counts())["node:Article"]).toBe(2);
  });

  it("without a configured key → FORBIDDEN with how to enable", async () => {
    const off = await TestApi.start(db, { config: testConfig({ apiKey: undefined }), ingest: fakeIngest });
    try {
      const r = await off.query(`mutation { deleteArticle(id: "a1") { deleted } }`, { headers: AUTH });
      expect(code(r)).toBe("FORBIDDEN");
      expect(r.errors?.[0]?.message).toMatch(/API_KEY/);
    } finally {
      await off.stop();
    }
  });
});

describe("ingestArticles (several at once)", () => {
  const many = `mutation($inputs: [IngestArticleInput!]!) {
    ingestArticles(inputs: $inputs) { ingested failed results { index articles { id } error { code message } } }
  }`;

  it("needs the API key like ingestArticle", async () => {
    const before = await admin.counts();
    const r = await api.query(many, { variables: { inputs: [{ id: "b1", text: "نص" }] } });
    expect(code(r)).toBe("UNAUTHENTICATED");
    expect(await admin.counts()).toEqual(before);
  });

  it("reports each input on its own: the good ones are written, the bad ones say why", async () => {
    const inputs = [
      { id: "b1", text: "التقى وزير الخارجية الإيراني نظيره الروسي." },
      { id: "b2", text: "   " },
      { id: "b3", text: "FAIL-UNEXPECTED" },
      { id: "b4", text: "التقى الرئيس الإيراني نظيره الروسي." },
    ];
    const r = await api.query<Data>(many, { variables: { inputs }, headers: AUTH });
    expect(r.errors).toBeUndefined();
    const out = r.data?.ingestArticles;
    expect(out.ingested).toBe(2);
    expect(out.failed).toBe(2);
    expect(out.results.map((x: Data) => [x.index, x.articles.map((a: Data) => a.id), x.error?.code ?? null])).toEqual([
      [0, ["b1"], null],
      [1, [], "BAD_USER_INPUT"],
      [2, [], "INTERNAL_SERVER_ERROR"],
      [3, ["b4"], null],
    ]);
    expect(out.results[1].error.message).toMatch(/text is empty/);
    expect(JSON.stringify(out)).not.toContain("passwd");
    for (const id of ["b1", "b4"]) {
      const d = await api.query(`mutation { deleteArticle(id: "${id}") { deleted } }`, { headers: AUTH });
      expect(d.data).toEqual({ deleteArticle: { deleted: true } });
    }
  });

  it("stops trying when the database is down, and says so per input", async () => {
    const inputs = [{ text: "FAIL-DB" }, { id: "b5", text: "التقى وزير الخارجية الإيراني نظيره الروسي." }];
    const r = await api.query<Data>(many, { variables: { inputs }, headers: AUTH });
    const out = r.data?.ingestArticles;
    expect(out.results.map((x: Data) => x.error?.code)).toEqual(["SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE"]);
    expect(out.results[1].error.message).toMatch(/^not attempted/);
    expect(await api.query(`{ article(id: "b5") { id } }`)).toMatchObject({ data: { article: null } });
  });

  it("refuses more inputs than the cap, naming it, before writing anything", async () => {
    const before = await admin.counts();
    const inputs = Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, text: "نص" }));
    const r = await api.query(many, { variables: { inputs }, headers: AUTH });
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/at most 50 inputs per call \(maxIngestBatch\), got 51/);
    expect(await admin.counts()).toEqual(before);
  });
});

describe("errors", () => {
  it("masks unexpected errors and gives a request id", async () => {
    const r = await api.query(`mutation { ingestArticle(input: { text: "FAIL-UNEXPECTED" }) { articles { id } } }`, {
      headers: AUTH,
    });
    expect(r.errors?.[0]?.message).toBe("Internal server error");
    expect(r.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(r.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(r)).not.toContain("passwd");
  });

  it("reports the database being down as SERVICE_UNAVAILABLE", async () => {
    const r = await api.query(`mutation { ingestArticle(input: { text: "FAIL-DB" }) { articles { id } } }`, {
      headers: AUTH,
    });
    expect(code(r)).toBe("SERVICE_UNAVAILABLE");
    expect(r.errors?.[0]?.message).toMatch(/database is unavailable/);
  });

  it("readyz is 503 when the database cannot be reached", async () => {
    const { db: closed, admin: a2 } = await connectTestDb();
    await a2.close();
    const down = await TestApi.start(closed);
    try {
      await closed.close();
      const res = await fetch(down.url.replace(/graphql$/, "readyz"));
      expect(res.status).toBe(503);
      expect((await fetch(down.url.replace(/graphql$/, "healthz"))).status).toBe(200);
    } finally {
      await down.stop();
    }
  });
});

describe("CORS, introspection and playground switches", () => {
  it("allows only the configured origins", async () => {
    const allowed = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "http://allowed.example", "access-control-request-method": "POST" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://allowed.example");
    const denied = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "http://evil.example", "access-control-request-method": "POST" },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
    const post = await fetch(api.url, {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { actors } }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("turns introspection and the playground off by configuration", async () => {
    const prod = await TestApi.start(db, { config: testConfig({ introspection: false, playground: false }) });
    try {
      const r = await prod.query(`{ __schema { types { name } } }`);
      expect(code(r)).toBe("GRAPHQL_VALIDATION_FAILED");
      const page = await fetch(prod.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(404);
      expect((await fetch(`${prod.url}/assets/graphiql.js`)).status).toBe(404);
      expect((await prod.query(`{ stats { actors } }`)).errors).toBeUndefined();
    } finally {
      await prod.stop();
    }
    const introspection = await api.query(`{ __schema { queryType { name } } }`);
    expect(introspection.errors).toBeUndefined();
  });
});
