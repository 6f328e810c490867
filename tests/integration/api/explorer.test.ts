/**
 * The explorer page in a real browser: Debian's Chromium (/usr/bin/chromium) driven by playwright-core, against the
 * real server with the seed articles. Screenshots go to test-artifacts/explorer/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
// A mixed multigraph: a neighbourhood without edges has no edge type for the parser to read.
import { MultiGraph as Graph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, webBuildIsStale } from "../../../src/build-web.js";
import type { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { TestApi } from "../helpers/api-server.js";
import { seedCorpus } from "../helpers/extraction-builder.js";
import { connectTestDb, type TestAdmin } from "../helpers/test-db.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve("test-artifacts", "explorer");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // WebGL (sigma.js) without a GPU: Chromium's software renderer.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

let db: GraphDb;
let admin: TestAdmin;
let api: TestApi;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error("install chromium (apt-get install chromium)");
  ({ db, admin } = await connectTestDb());
  await admin.reset();
  await writeArticles(db, seedCorpus());
  // `npm test` builds the page in pretest; a single file run (npx vitest run …) builds it here when needed.
  if (webBuildIsStale()) await buildWeb();
  api = await TestApi.start(db);
  origin = new URL(api.url).origin;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await db?.close();
  await admin?.close();
});

/** A page that records requests leaving the server and every error the page reports. */
async function openPage(): Promise<{ page: Page; foreign: string[]; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) {
      foreign.push(r.url());
    }
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  return { page, foreign, problems };
}

/** Non-transparent pixels on sigma's label canvas (a 2D canvas: readable, unlike the WebGL ones). */
async function labelPixels(page: Page): Promise<number> {
  // A string, not a function: it runs in the page, and the test project has no DOM types.
  return page.evaluate(`(() => {
    const c = document.querySelector("#graph canvas.sigma-labels");
    if (!c) return -1;
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  })()`);
}

async function viewport(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.locator("body[data-busy='0']").waitFor({ timeout: 15_000 });
  const box = await page.locator("#graph").boundingBox();
  const p = (await page.evaluate(`window.explorer.nodeViewport(${JSON.stringify(id)})`)) as { x: number; y: number };
  if (!box || !p) throw new Error(`node ${id} is not drawn`);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks a node where sigma drew it. */
async function clickNode(page: Page, id: string): Promise<void> {
  const p = await viewport(page, id);
  await page.mouse.click(p.x, p.y);
}

/**
 * Clicks the line between two nodes, as a user does: points along it until the pointer shows a line under the mouse
 * (sigma picks edges on a half-resolution buffer, so a thin diagonal line is missed a pixel off it, and another
 * node or label may lie on its middle), then a click there. Selection shows at once in the detail pane's heading (the
 * events themselves arrive after a query, which may take long on a loaded machine: the caller waits for them).
 */
async function clickEdgeMiddle(page: Page, ends: [string, string], heading: string): Promise<void> {
  const [a, b] = await Promise.all(ends.map((id) => viewport(page, id)));
  const length = Math.hypot(b!.x - a!.x, b!.y - a!.y);
  // The unit normal of the line: the mouse steps across it as well as along it.
  const nx = -(b!.y - a!.y) / length;
  const ny = (b!.x - a!.x) / length;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    for (const d of [0, 1, -1, 2, -2]) {
      const x = a!.x + (b!.x - a!.x) * t + nx * d;
      const y = a!.y + (b!.y - a!.y) * t + ny * d;
      await page.mouse.move(x, y);
      const over = await page
        .locator("#graph.pointer")
        .waitFor({ timeout: 500 })
        .then(() => true)
        .catch(() => false);
      if (!over) continue;
      await page.mouse.click(x, y);
      const selected = await page
        .locator("#detail h2", { hasText: heading })
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (selected) return;
    }
  }
  throw new Error(`no point on the line between ${ends.join(" and ")} showed it under the mouse and selected it`);
}

function edgeButton(page: Page, text: RegExp) {
  return page.locator("#edge-list button", { hasText: text });
}

describe("network explorer", () => {
  // Many steps, each waiting for the page on a machine that may be running the rest of the suite: a longer budget.
  it(
    "searches Peskov, draws him, reads a negated meeting's sentence, expands, filters and downloads a GEXF",
    {
      timeout: 120_000,
    },
    async () => {
      const { page, foreign, problems } = await openPage();
      await page.goto(`${origin}/`, { waitUntil: "load" });

      // Suggestions as you type, through actors(search:).
      await page.locator("#search").pressSequentially("Peskov", { delay: 20 });
      const suggestion = page.locator("#search-suggestions li", { hasText: "Dmitry Peskov" });
      await suggestion.waitFor({ timeout: 15_000 });
      expect(await suggestion.textContent()).toContain("دميتري بيسكوف");
      await suggestion.dispatchEvent("mousedown");
      await page.locator("#node-list button", { hasText: "Dmitry Peskov" }).waitFor({ timeout: 15_000 });
      expect(page.url()).toContain("actor=person%3Apeskov");
      // Drawn on the canvas, not only listed.
      await expect.poll(() => labelPixels(page), { timeout: 10_000 }).toBeGreaterThan(50);

      // His only event in the seed graph is a negated meeting: shown when negated events are included.
      await page.locator("#include-negated").check();
      const negated = edgeButton(page, /Dmitry Peskov —MET \(negated\/unasserted\)→ Hamas/);
      await negated.waitFor({ timeout: 15_000 });
      // Click the line itself on the canvas (between its two ends), as a user does.
      await clickEdgeMiddle(page, ["person:peskov", "org:hamas"], "Dmitry Peskov → Hamas");
      const sentence = page.locator("#events .sentence").first();
      await sentence.waitFor({ timeout: 30_000 });
      expect(await sentence.textContent()).toBe("وذكر بيسكوف أن وفد حماس لم يتواصل مع الكرملين.");
      expect(await sentence.getAttribute("dir")).toBe("rtl");
      expect(await page.locator("#events .flag.negated").count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ARTIFACTS, "1-peskov-evidence.png") });

      // The article behind the sentence, with the sentence highlighted in its body.
      await page.locator("#events .article-link").first().click();
      await page.locator(".article-body mark.current").waitFor({ timeout: 15_000 });
      expect(await page.locator(".article-body mark.current").textContent()).toContain("بيسكوف");

      // Clicking Hamas on the canvas expands it: Russia's invitation, Israel's condemnation and Iran's support join.
      await clickNode(page, "org:hamas");
      await edgeButton(page, /Russia —INVITED→ Hamas/).waitFor({ timeout: 15_000 });
      await edgeButton(page, /Israel —CONDEMNED→ Hamas/).waitFor();
      expect(page.url()).toContain("expand=org%3Ahamas");
      await page.screenshot({ path: path.join(ARTIFACTS, "2-hamas-expanded.png") });

      // A type filter: without INVITED the invitation goes, the rest stays.
      await page.locator("#types input[value=INVITED]").uncheck();
      await expect.poll(() => edgeButton(page, /INVITED/).count(), { timeout: 15_000 }).toBe(0);
      await edgeButton(page, /Israel —CONDEMNED→ Hamas/).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get("types")).not.toContain("INVITED");
      await page.screenshot({ path: path.join(ARTIFACTS, "3-type-filter.png") });

      // Download the drawn neighbourhood as GEXF and read it back.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("a[download='graph.gexf']").click(),
      ]);
      const file = path.join(ARTIFACTS, "download.gexf");
      await download.saveAs(file);
      const g = parseGexf(Graph, fs.readFileSync(file, "utf8"));
      expect(g.hasNode("person:peskov")).toBe(true);
      expect(g.getNodeAttribute("person:peskov", "nameAr")).toBe("دميتري بيسكوف");

      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("restores a shared view from its URL: actor, types, Arabic labels, communities", async () => {
    const { page, problems } = await openPage();
    await page.goto(
      `${origin}/?actor=org%3Ahamas&types=CONDEMNED,SUPPORTED&labels=ar&color=community&size=betweenness`,
    );
    await edgeButton(page, /إسرائيل —CONDEMNED→ حماس/).waitFor({ timeout: 15_000 });
    await edgeButton(page, /إيران —SUPPORTED→ حماس/).waitFor();
    expect(await page.locator("#edge-list li").count()).toBe(2);
    expect(await page.locator("#legend").textContent()).toMatch(/communit(y|ies) \(Louvain/);
    expect(await page.locator("#types input[value=MET]").isChecked()).toBe(false);
    expect(await page.locator("a[download='edges.csv']").getAttribute("href")).toBe(
      "/export/edges.csv?actor=org%3Ahamas&depth=1&types=CONDEMNED%2CSUPPORTED",
    );
    await expect.poll(() => labelPixels(page), { timeout: 10_000 }).toBeGreaterThan(50);
    await page.screenshot({ path: path.join(ARTIFACTS, "4-shared-view-arabic.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("path mode draws and lists the shortest paths between two actors", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/?path=country%3AISR,country%3AIRN`);
    const item = page.locator("#detail .paths li").first();
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toBe("Israel —CONDEMNED→ Hamas ←SUPPORTED— Iran");
    expect(await page.locator("#node-list li").count()).toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, "5-path.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves the page with a same-origin Content-Security-Policy and hashed assets", async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${origin}/assets/../package.json`)).status).toBe(404);
  });
});
