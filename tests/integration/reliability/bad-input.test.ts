/**
 * Bad input through the real loader, the real extractor and the shared real Neo4j (issue 4, item 1): every file
 * ends up loaded or reported with a specific reason, bad files never sink their batch, and `npm run load` exits
 * non-zero when anything failed.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config.js";
import { GraphDb } from "../../../src/graph/db.js";
import { writeArticles } from "../../../src/graph/write-articles.js";
import { formatSummary, loadPaths, type LoadSummary } from "../../../src/ingest/loader.js";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { generateArticles } from "../../../bench/generate-articles.js";
import { tempDir, writeCorpus } from "./helpers/corpus-files.js";
import { GraphAudit } from "./helpers/graph-audit.js";

const PREFIX = "reliab-bad-";
const MEETING = "التقى الرئيس فلاديمير بوتين الرئيس رجب طيب أردوغان في موسكو يوم 3 مايو 2024.";
const PUTIN_MET_ERDOGAN = "MET recep-tayyip-erdogan->vladimir-putin";
const utf8 = (s: string) => new TextEncoder().encode(s);

let db: GraphDb;
let audit: GraphAudit;
const dirs: string[] = [];
const extractor = createExtractor();
const deps = () => ({
  extract: extractor.file,
  write: (b: Parameters<typeof writeArticles>[1]) => writeArticles(db, b),
});

beforeAll(async () => {
  const cfg = inject("neo4j");
  db = await GraphDb.connect(cfg);
  audit = await GraphAudit.connect(cfg);
});

afterAll(async () => {
  await audit?.cleanup({ db, prefix: PREFIX });
  await db?.close();
  await audit?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}, 300_000);

/** "TYPE subject->object"; MET is symmetric (stored in a canonical order), so its participants are sorted. */
function relationKey(e: { type: string; subjectId: string; objectId: string }): string {
  const [s, o] = e.type === "MET" ? [e.subjectId, e.objectId].sort() : [e.subjectId, e.objectId];
  return `${e.type} ${s}->${o}`;
}

/** Relations of one article as stored in the graph: "TYPE subject->object" per evidence. */
async function storedRelations(articleId: string): Promise<string[]> {
  const evidence = (await audit.evidence(articleId)).filter((e) => e.articleId === articleId);
  return evidence.map((e) => relationKey(e));
}

const byName = (summary: LoadSummary) =>
  Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), { stage: f.stage, message: f.message }]));

describe("a batch of bad files", () => {
  let dir: string;
  let summary: LoadSummary;
  const id = (name: string) => `${PREFIX}${name}`;

  beforeAll(async () => {
    dir = tempDir("reliab-bad");
    dirs.push(dir);
    writeCorpus(dir, {
      [`${id("empty")}.txt`]: "",
      [`${id("blank")}.txt`]: "   \n\t\r\n  \n",
      [`${id("binary")}.txt`]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      [`${id("nul-bytes")}.txt`]: new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      // Valid UTF-8 Arabic with a few corrupt bytes in the middle.
      [`${id("invalid-utf8")}.txt`]: new Uint8Array([
        ...utf8(MEETING.slice(0, 30)),
        0xc3,
        0x28,
        0xa0,
        ...utf8(MEETING.slice(30)),
      ]),
      [`${id("cp1256")}.txt`]: iconv.encode(`${MEETING}\nوبحث الجانبان ملف الطاقة.\n`, "windows-1256"),
      [`${id("oversize")}.txt`]: `${MEETING}\n${"ولم تصدر تفاصيل إضافية. ".repeat(3000)}`,
      [`${id("page")}.html`]:
        "<!doctype html><html><head><title>قمة في موسكو</title><style>p{color:red}</style>" +
        "<script>var secret = 'التقى بلينكن لافروف';</script></head><body><nav>الرئيسية</nav>" +
        `<article><p>${MEETING}</p></article></body></html>`,
      [`${id("mixed")}.txt`]: "التقى Putin مع رجب طيب أردوغان في موسكو خلال قمة BRICS التي حضرها وفد من Reuters.",
      [`${id("bidi")}.txt`]:
        "\u200Fالتقى الرئيس فلاديمير بوتين\u200F الرئيس \u2067رجب طيب أردوغان\u2069 في موسكو.\u200E\n",
      [`${id("indic-digits")}.txt`]: `---\ndate: ٢٠٢٤-٠٥-١٢\n---\nالتقى فلاديمير بوتين رجب طيب أردوغان في موسكو يوم ١٠ مايو ٢٠٢٤.\n`,
      [`${id("no-actor")}.txt`]: "ارتفعت درجات الحرارة اليوم في معظم المناطق وسط توقعات بهطول أمطار خفيفة.\n",
      [`${id("bad-date")}.txt`]: `---\ntitle: تاريخ خاطئ\ndate: 2024-13-45\n---\n${MEETING}\n`,
      [`${id("notes")}.pdf`]: "%PDF-1.4 not an article",
    });
    summary = await loadPaths([dir], { ...deps(), maxFileBytes: 64 * 1024, batchSize: 4, retries: 0 });
  }, 120_000);

  it("reports each bad file with its stage and a specific reason", () => {
    const failed = byName(summary);
    expect(failed[`${id("empty")}.txt`]).toEqual({ stage: "read", message: expect.stringMatching(/empty file/) });
    expect(failed[`${id("blank")}.txt`]).toEqual({ stage: "read", message: expect.stringMatching(/only whitespace/) });
    expect(failed[`${id("binary")}.txt`]).toEqual({ stage: "extract", message: expect.stringMatching(/binary.*PNG/) });
    expect(failed[`${id("nul-bytes")}.txt`]).toEqual({ stage: "extract", message: expect.stringMatching(/binary/) });
    expect(failed[`${id("oversize")}.txt`]).toEqual({
      stage: "read",
      message: expect.stringMatching(/bytes, over the limit of 65536/),
    });
    expect(summary.skipped.map((s) => path.basename(s.file))).toEqual([`${id("notes")}.pdf`]);
    // Nothing else failed: the good and the odd-but-valid files were all loaded around the bad ones.
    expect(Object.keys(failed).sort()).toEqual(
      ["binary", "blank", "empty", "nul-bytes", "oversize"].map((n) => `${id(n)}.txt`).sort(),
    );
  });

  it("never accepts invalid UTF-8 silently: the file fails or carries a warning", () => {
    const file = `${id("invalid-utf8")}.txt`;
    const reported =
      summary.failed.some((f) => path.basename(f.file) === file) ||
      summary.warnings.some((w) => path.basename(w.file) === file);
    expect(reported).toBe(true);
  });

  it("loads every other file into the graph, in full", async () => {
    const stored = (await audit.articles(PREFIX)).map((a) => a.id);
    const expected = ["cp1256", "page", "mixed", "bidi", "indic-digits", "no-actor", "bad-date"].map(id);
    for (const e of expected) expect(stored).toContain(e);
    for (const bad of ["empty", "blank", "binary", "nul-bytes", "oversize"]) expect(stored).not.toContain(id(bad));
    // Summary figures agree with the graph.
    const counts = await audit.counts(PREFIX);
    expect(counts.articles).toBe(summary.articles);
    expect(counts.evidence).toBe(summary.relations);
  });

  it("decodes Windows-1256: same text and relation as the UTF-8 original, with a warning naming the encoding", async () => {
    const [article] = (await audit.articles(id("cp1256"))).filter((a) => a.id === id("cp1256"));
    expect(article).toBeDefined();
    expect(await storedRelations(id("cp1256"))).toEqual([PUTIN_MET_ERDOGAN]);
    const text = (
      await extractor.file({
        fileName: "x.txt",
        bytes: iconv.encode(`${MEETING}\nوبحث الجانبان ملف الطاقة.\n`, "windows-1256"),
      })
    )[0]?.article.body;
    expect(text).toBe(`${MEETING}\nوبحث الجانبان ملف الطاقة.`);
    expect(summary.warnings).toContainEqual({
      file: expect.stringContaining("cp1256"),
      message: expect.stringMatching(/1256/),
    });
  });

  it("reads HTML as text: title from <title>, no markup or script in the body", async () => {
    const [page] = (await audit.articles(id("page"))).filter((a) => a.id === id("page"));
    expect(page?.title).toBe("قمة في موسكو");
    expect(await storedRelations(id("page"))).toEqual([PUTIN_MET_ERDOGAN]);
    const extracted = await extractor.file({
      fileName: "p.html",
      bytes: fs.readFileSync(path.join(dir, `${id("page")}.html`)),
    });
    const body = extracted[0]?.article.body;
    expect(body).not.toMatch(/[<>]|secret|color:red/);
  });

  it("handles mixed Arabic/Latin text and bidi control characters", async () => {
    expect(await storedRelations(id("mixed"))).toEqual([PUTIN_MET_ERDOGAN]);
    expect(await storedRelations(id("bidi"))).toEqual([PUTIN_MET_ERDOGAN]);
  });

  it("reads Arabic-Indic digits in front matter and in body dates", async () => {
    const [article] = (await audit.articles(id("indic-digits"))).filter((a) => a.id === id("indic-digits"));
    expect(article?.publishedAt).toBe("2024-05-12");
    const evidence = await audit.evidence(id("indic-digits"));
    expect(evidence.map((e) => `${relationKey(e)} ${e.date}`)).toEqual([`${PUTIN_MET_ERDOGAN} 2024-05-10`]);
  });

  it("loads an article that mentions no actor, with zero events, as a success", async () => {
    const [article] = (await audit.articles(id("no-actor"))).filter((a) => a.id === id("no-actor"));
    expect(article?.evidence).toBe(0);
    expect(summary.articlesWithoutRelations).toBeGreaterThanOrEqual(1);
    expect(byName(summary)[`${id("no-actor")}.txt`]).toBeUndefined();
  });

  it("loads an article whose front matter date is bad, without a date, and says why", async () => {
    const [article] = (await audit.articles(id("bad-date"))).filter((a) => a.id === id("bad-date"));
    expect(article?.publishedAt).toBeNull();
    expect(await storedRelations(id("bad-date"))).toEqual([PUTIN_MET_ERDOGAN]);
    expect(summary.warnings).toContainEqual({
      file: expect.stringContaining("bad-date"),
      message: expect.stringContaining("2024-13-45"),
    });
  });

  it("ends with a summary naming every failed and skipped file", () => {
    const text = formatSummary(summary);
    expect(text).toMatch(new RegExp(`^Loaded ${summary.articles} article\\(s\\) from ${summary.files} file\\(s\\)`));
    for (const f of summary.failed) expect(text).toContain(`FAILED ${f.file} [${f.stage}]: ${f.message}`);
    expect(text).toContain(`skipped ${path.join(dir, `${id("notes")}.pdf`)}`);
    expect(text).toContain(`${summary.failed.length} file(s) failed`);
  });
});

describe("a directory with thousands of files", () => {
  it("loads 2,000 generated articles with a few bad files among them, all accounted for", async () => {
    const dir = tempDir("reliab-many");
    dirs.push(dir);
    const files: Record<string, string | Uint8Array> = {};
    for (const g of generateArticles({ count: 2000, prefix: `${PREFIX}many-`, seed: 7 })) {
      // Sub-folders as in a real archive (one per hundred articles).
      files[`part-${g.id.slice(-5, -2)}/${g.id}.txt`] = g.text;
    }
    for (const n of [150, 999, 1733])
      files[`part-x/${PREFIX}many-broken-${n}.txt`] = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]);
    writeCorpus(dir, files);
    const summary = await loadPaths([dir], { ...deps(), maxFileBytes: 64 * 1024 });
    expect(summary.files).toBe(2003);
    expect(summary.articles).toBe(2000);
    expect(summary.failed.map((f) => path.basename(f.file)).sort()).toEqual(
      [150, 999, 1733].map((n) => `${PREFIX}many-broken-${n}.txt`).sort(),
    );
    const counts = await audit.counts(`${PREFIX}many-`);
    expect(counts.articles).toBe(2000);
    expect(counts.evidence).toBe(summary.relations);
    expect(summary.relations).toBeGreaterThan(4000);
  }, 600_000);
});

/** Runs `npm run load` as a user would, against the shared test database. */
function runLoadCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cfg = inject("neo4j");
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "load", "--", ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: cfg.uri,
        NEO4J_USERNAME: cfg.username,
        NEO4J_PASSWORD: cfg.password,
        ...(cfg.database ? { NEO4J_DATABASE: cfg.database } : {}),
        NEO4J_SKIP_DOCKER: "true",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("npm run load", () => {
  it("exits 1 with a summary when a file failed, and still loads the good ones", async () => {
    const dir = tempDir("reliab-cli");
    dirs.push(dir);
    const cli = (n: string) => `${PREFIX}cli-${n}`;
    writeCorpus(dir, {
      [`${cli("good-1")}.txt`]: `${MEETING}\n`,
      [`${cli("good-2")}.md`]: "أدان الاتحاد الأوروبي تصريحات سيرغي لافروف الأخيرة.\n",
      [`${cli("broken")}.txt`]: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      [`${cli("too-big")}.txt`]: `${MEETING}\n${"ولم تصدر تفاصيل. ".repeat(400)}`,
    });
    const run = await runLoadCli([dir], { MAX_ARTICLE_BYTES: "4096" });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^Loaded 2 article\(s\) from 4 file\(s\)/m);
    expect(run.stdout).toMatch(new RegExp(`FAILED .*${cli("broken")}\\.txt \\[extract\\]: binary content \\(JPEG\\)`));
    expect(run.stdout).toMatch(new RegExp(`FAILED .*${cli("too-big")}\\.txt \\[read\\]: .*over the limit of 4096`));
    expect(run.stdout).toContain("2 file(s) failed");
    expect((await audit.articles(`${PREFIX}cli-`)).map((a) => a.id)).toEqual([cli("good-1"), cli("good-2")]);
  }, 180_000);

  it("exits 0 when everything loaded", async () => {
    const dir = tempDir("reliab-cli-ok");
    dirs.push(dir);
    writeCorpus(dir, { [`${PREFIX}cli-ok.txt`]: `${MEETING}\n` });
    const run = await runLoadCli([dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Loaded 1 article\(s\) from 1 file\(s\): 1 event\(s\)/m);
    expect(run.stdout).not.toContain("FAILED");
  }, 180_000);
});
