import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { TestApi } from "../helpers/api-server.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

let db: GraphDb;
let admin: TestAdmin;
let full: TestApi;
let open: TestApi;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  // No slot and no queue: every GraphQL request is beyond capacity, which shows the refusal without racing.
  full = await TestApi.start(db, { admission: { maxConcurrent: 0, maxQueued: 0 } });
  open = await TestApi.start(db);
});

afterAll(async () => {
  await full?.stop();
  await open?.stop();
  await db?.close();
  await admin?.close();
});

describe("overload", () => {
  it("answers requests beyond the queue at once with 503, Retry-After and a GraphQL error code", async () => {
    const res = await fetch(full.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { actors } }" }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: "OVERLOADED", retryAfterSeconds: 1 });
  });

  it("health routes are not queued", async () => {
    const res = await fetch(new URL("/healthz", full.url));
    expect(res.status).toBe(200);
  });

  it("a server with room answers as usual", async () => {
    expect((await open.query("{ stats { actors } }")).status).toBe(200);
  });
});
