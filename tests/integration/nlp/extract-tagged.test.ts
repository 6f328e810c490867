// The extraction path with the real tagger, end to end: prepare → tag (the run's tagger) → extract finds exactly
// the relations each fixture expects; and `npm run extract` prints only JSON lines on stdout with it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createExtractor } from "../../../src/ingest/pipeline.js";
import { createTaggerClient } from "../../../src/nlp/tagger-client.js";
import { expectedKey, FIXTURES_DIR, fixtureCases, readFixture, relationKey } from "../../helpers/fixture-cases.js";

const root = join(import.meta.dirname, "../../..");
const dir = FIXTURES_DIR;
const cases = fixtureCases();

describe("extraction with the real tagger", () => {
  let tagCalls = 0;
  const client = createTaggerClient({ url: inject("nlp").url });
  const extractor = createExtractor({
    tag: (words) => {
      tagCalls++;
      return client(words);
    },
  });

  for (const name of cases) {
    it(`finds exactly the expected relations of ${name}`, async () => {
      const before = tagCalls;
      const { bytes, expected } = readFixture(name);
      const results = await extractor.file({ fileName: `${name}.txt`, bytes });
      expect(tagCalls).toBe(before + 1);
      const actual = [...new Set(results.flatMap((x) => x.relations).map(relationKey))].sort();
      const wanted = [...new Set(expected.relations.map(expectedKey))].sort();
      expect(actual).toEqual(wanted);
    });
  }

  it("npm run --silent extract prints only JSON lines on stdout, its tagger lines on stderr", () => {
    const r = spawnSync(
      "npm",
      ["run", "--silent", "extract", "--", join(dir, "egypt-phone-call.txt"), "--format", "jsonl"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NLP_URL: inject("nlp").url, NLP_DISABLED: "" },
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`Using the Arabic tagger at ${inject("nlp").url} (NLP_URL)`);
    expect(r.stderr).not.toMatch(/warning: Arabic tagger off/);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(lines.map((l) => (JSON.parse(l) as { predicate: string }).predicate)).toContain("MET");
  }, 60_000);

  it("starts its own local tagger without NLP_URL and stops it when it ends", () => {
    const taggers = () => execCount("NlpServer.java");
    const before = taggers();
    const env: NodeJS.ProcessEnv = { ...process.env, NLP_DISABLED: "" };
    delete env.NLP_URL;
    const r = spawnSync("npm", ["run", "--silent", "extract", "--", join(dir, "egypt-phone-call.txt")], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Local Arabic tagger ready at http:\/\/127\.0\.0\.1:\d+/);
    for (const line of r.stdout.trimEnd().split("\n")) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(taggers()).toBe(before);
  }, 120_000);
});

function execCount(pattern: string): number {
  const out = spawnSync("pgrep", ["-f", pattern], { encoding: "utf8" }).stdout;
  return out.split("\n").filter(Boolean).length;
}
