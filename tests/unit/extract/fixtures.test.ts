// Runs every tests/fixtures/<case>.txt through the extractor and compares with <case>.expected.json: the set of
// (subject, predicate, object, negated, modality) must be exactly the expected one, so an extra claim fails too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/extract/decode.js";
import { extractArticles } from "../../../src/extract/index.js";
import type { Actor, ArticleExtraction, Relation } from "../../../src/extract/types.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";

interface ExpectedRelation {
  article?: string;
  subject: string;
  predicate: string;
  object: string;
  negated: boolean;
  modality: string;
  mode?: string;
  date?: string;
  location?: string;
}

interface Expected {
  relations: ExpectedRelation[];
  articles?: string[];
  actors?: string[];
  encoding?: string;
  publishedAt?: string;
  source?: string;
}

const dir = join(import.meta.dirname, "../../fixtures");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

function actorKey(a: Actor): string {
  return a.discovered ? `person:${a.nameAr}` : a.id;
}

function key(r: { subject: string; predicate: string; object: string; negated: boolean; modality: string }): string {
  return `${r.subject} ${r.predicate} ${r.object} negated=${r.negated} ${r.modality}`;
}

function actualKey(r: Relation): string {
  return key({
    subject: actorKey(r.subject),
    predicate: r.type,
    object: actorKey(r.object),
    negated: r.negated,
    modality: r.modality,
  });
}

describe("fixtures", () => {
  const { dictionary, triggers } = readExtractionData();
  it("has at least 15 fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of cases) {
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, `${name}.txt`)));
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
      const results: ArticleExtraction[] = extractArticles({ fileName: `${name}.txt`, bytes, dictionary, triggers });
      if (expected.encoding) expect(decodeBytes(bytes).encoding).toBe(expected.encoding);
      if (expected.articles) expect(results.map((x) => x.article.id)).toEqual(expected.articles);
      const main = results[0];
      if (expected.publishedAt) expect(main?.article.publishedAt).toBe(expected.publishedAt);
      if (expected.source) expect(main?.article.source).toBe(expected.source);
      const all = results.flatMap((x) => x.relations);
      const actual = new Set(all.map(actualKey));
      const wanted = new Set(expected.relations.map(key));
      expect([...actual].sort()).toEqual([...wanted].sort());
      for (const e of expected.relations) {
        const candidates = all.filter(
          (r) => actualKey(r) === key(e) && (e.article === undefined || r.articleId === e.article),
        );
        expect(candidates.length, `${key(e)} in ${e.article ?? "any article"}`).toBeGreaterThan(0);
        const fits = candidates.filter(
          (r) =>
            (e.mode === undefined || r.mode === e.mode) &&
            (e.date === undefined || r.date === e.date) &&
            (e.location === undefined || r.location?.name === e.location),
        );
        expect(
          fits.length,
          `${key(e)}: mode/date/location ${JSON.stringify(candidates.map((r) => [r.mode, r.date, r.location?.name]))}`,
        ).toBeGreaterThan(0);
      }
      for (const a of expected.actors ?? []) {
        expect(results.flatMap((x) => x.actors).map(actorKey)).toContain(a);
      }
    });
  }
});
