// Every fixture text has recorded tags for exactly the words the extractor asks about today, and extraction with
// those tags (the tagged path, without a JVM) finds exactly the relations of <case>.expected.json.
import { describe, expect, it } from "vitest";
import { extractPrepared, prepareArticles, taggingRequest } from "../../../src/extract/index.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";
import { expectedKey, fixtureCases, readFixture, relationKey } from "../../helpers/fixture-cases.js";
import { recordedTags } from "./recorded-tags.js";

const cases = fixtureCases();

describe("recorded tags of the fixtures", () => {
  const data = readExtractionData();
  for (const name of cases) {
    it(name, () => {
      const { bytes, expected } = readFixture(name);
      const prepared = prepareArticles({ fileName: `${name}.txt`, bytes, ...data });
      const request = taggingRequest(prepared);
      const tags = recordedTags({ caseName: name, request });
      // A tagger's answer: Arabic Treebank tags, one per word.
      expect(tags.flat().every((t) => /^[A-Z$_]+$/.test(t))).toBe(true);
      const relations = extractPrepared({ prepared, ...data, tags }).flatMap((x) => x.relations);
      expect([...new Set(relations.map(relationKey))].sort()).toEqual(
        [...new Set(expected.relations.map(expectedKey))].sort(),
      );
    });
  }

  it("tells when they are stale instead of using tags of other words", () => {
    expect(() => recordedTags({ caseName: cases[0] ?? "", request: [["كلمة"]] })).toThrow(/npm run record-tags/);
    expect(() => recordedTags({ caseName: "no-such-case", request: [] })).toThrow(/no recorded tags/);
  });
});
