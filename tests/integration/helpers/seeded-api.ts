/** The set-up most API tests share: the test database reset to the seed extractions, and an API server over it. */
import { afterAll, beforeAll } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi } from "./api-server.js";
import { seedCorpus } from "./extraction-builder.js";
import { connectTestDb, type TestAdmin } from "./test-db.js";

/** Registers the file's beforeAll/afterAll; the returned object's fields are set once beforeAll has run. */
export function useSeededApi(): { readonly api: TestApi; readonly admin: TestAdmin } {
  let db: GraphDb | undefined;
  let admin: TestAdmin | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    ({ db, admin } = await connectTestDb());
    await admin.reset();
    await writeArticles(db, seedCorpus());
    api = await TestApi.start(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
    await admin?.close();
  });
  const ready = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error("useSeededApi: used before beforeAll ran");
    return x;
  };
  return {
    get api() {
      return ready(api);
    },
    get admin() {
      return ready(admin);
    },
  };
}
