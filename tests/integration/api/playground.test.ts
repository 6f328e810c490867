import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi } from "../helpers/api-server.js";
import { launchChromium } from "../helpers/chromium.js";
import { seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

const QUERY = '{ actor(name: "Peskov") { id name nameAr roles { title } } }';

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  api = await TestApi.start(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await db?.close();
  await admin?.close();
});

describe("offline GraphiQL playground", () => {
  it("loads from our server only, runs a query and shows the result", async () => {
    const page = await browser.newPage();
    const origin = new URL(api.url).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });

    await page.goto(api.url, { waitUntil: "load" });
    await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
    await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 20_000 });
    // Strings, not functions: these run in the page, and the test project has no DOM types.
    await page.evaluate(
      `document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.setValue(${JSON.stringify(QUERY)})`,
    );
    await page.click(".graphiql-execute-button");
    await page.locator(".graphiql-response").getByText("person:peskov").first().waitFor({ timeout: 20_000 });
    const response = await page.textContent(".graphiql-response");
    expect(response).toContain("Dmitry Peskov");
    expect(response).toContain("Spokesperson");
    await page.screenshot({ path: "/tmp/graphiql-playground.png", fullPage: true });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves the page with a same-origin Content-Security-Policy", async () => {
    const res = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
  });
});
