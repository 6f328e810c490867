/**
 * `npm run load -- --watch DIR` against the shared test Neo4j (NEO4J_URI): loads what is there, picks up a new file
 * in a subfolder within seconds, removes a deleted file's article, and stops cleanly on Ctrl-C.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { getArticlesByIds, listArticlesEvents } from "../../../src/graph/queries.js";
import { deleteArticles } from "../../../src/graph/write-articles.js";
import { CliProcess, eventually } from "../helpers/cli-process.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

const FIXTURES = path.resolve("tests/fixtures");
const IDS = ["watch-maghreb", "watch-egypt"];

let db: GraphDb;
let admin: TestAdmin;
let dir: string;
let watcher: CliProcess | undefined;

const present = async (id: string) => (await getArticlesByIds(db, [id])).has(id);

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await deleteArticles(db, IDS);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "watch-test-"));
  fs.copyFileSync(path.join(FIXTURES, "maghreb-talks.txt"), path.join(dir, "watch-maghreb.txt"));
});

afterAll(async () => {
  await watcher?.interrupt();
  await deleteArticles(db, IDS);
  await db?.close();
  await admin?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run load -- --watch", () => {
  it("keeps a folder in the graph: new files in, deleted files' articles out, Ctrl-C stops it", async () => {
    const neo4j = inject("neo4j");
    watcher = CliProcess.start(["src/cli/load.ts", "--watch", dir], {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    });
    await watcher.waitFor(/Watching .*Ctrl-C to stop/);
    await watcher.waitFor(/loaded 1 file\(s\): 1 article\(s\)/);
    expect(await present("watch-maghreb")).toBe(true);

    // A new file in a new subfolder: picked up without any signal from us but the file itself.
    fs.mkdirSync(path.join(dir, "incoming"));
    fs.copyFileSync(path.join(FIXTURES, "egypt-phone-call.txt"), path.join(dir, "incoming", "watch-egypt.txt"));
    expect(await eventually(() => present("watch-egypt"), 20_000)).toBe(true);
    const events = (await listArticlesEvents(db, ["watch-egypt"])).get("watch-egypt") ?? [];
    expect(events.map((e) => e.type)).toContain("MET");

    fs.rmSync(path.join(dir, "watch-maghreb.txt"));
    expect(await eventually(async () => !(await present("watch-maghreb")), 20_000)).toBe(true);
    await watcher.waitFor(/removed 1 article\(s\) of 1 deleted file\(s\)/);
    expect(await present("watch-egypt")).toBe(true);

    // One line per batch: every non-notice line is a batch line with its time.
    const lines = watcher.output.split("\n").filter((l) => /^\d\d:\d\d:\d\d /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);

    expect(await watcher.interrupt()).toBe(0);
    expect(watcher.output).toMatch(/Stopped\.\n$/);
  }, 120_000);
});
