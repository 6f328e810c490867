// Every fixture text has recorded tags for exactly the words the extractor asks about today, and extraction with
// those tags (the tagged path, without a JVM) finds exactly the relations of <case>.expected.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPrepared, prepareArticles, taggingRequest } from "../../../src/extract/index.js";
import type { Actor, Relation } from "../../../src/extract/types.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";
import { recordedTags } from "./recorded-tags.js";

const dir = join(import.meta.dirname, "../../fixtures");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

const actorKey = (a: Actor) => (a.discovered ? `person:${a.nameAr}` : a.id);
const relationKey = (r: Relation) =>
  `${actorKey(r.subject)} ${r.type} ${actorKey(r.object)} negated=${r.negated} ${r.modality}`;

interface Expected {
  relations: { subject: string; predicate: string; object: string; negated: boolean; modality: string }[];
}

describe("recorded tags of the fixtures", () => {
  const data = readExtractionData();
  for (const name of cases) {
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, `${name}.txt`)));
      const prepared = prepareArticles({ fileName: `${name}.txt`, bytes, ...data });
      const request = taggingRequest(prepared);
      const tags = recordedTags({ caseName: name, request });
      // A tagger's answer: Arabic Treebank tags, one per word.
      expect(tags.flat().every((t) => /^[A-Z$_]+$/.test(t))).toBe(true);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
      const relations = extractPrepared({ prepared, ...data, tags }).flatMap((x) => x.relations);
      expect([...new Set(relations.map(relationKey))].sort()).toEqual(
        [
          ...new Set(
            expected.relations.map((e) => `${e.subject} ${e.predicate} ${e.object} negated=${e.negated} ${e.modality}`),
          ),
        ].sort(),
      );
    });
  }

  it("tells when they are stale instead of using tags of other words", () => {
    expect(() => recordedTags({ caseName: cases[0] ?? "", request: [["كلمة"]] })).toThrow(/npm run record-tags/);
    expect(() => recordedTags({ caseName: "no-such-case", request: [] })).toThrow(/no recorded tags/);
  });
});
