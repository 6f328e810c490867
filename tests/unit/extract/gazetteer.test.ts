import { describe, expect, it } from "vitest";
import { collectCandidates } from "../../../src/extract/gazetteer.js";
import { extractArticles } from "../../../src/extract/index.js";
import type { ArticleExtraction } from "../../../src/extract/types.js";
import { data } from "./helpers.js";

/** One extraction per text, each its own article. */
function extractEach(...texts: string[]): ArticleExtraction[] {
  return texts.flatMap((text, i) => extractArticles({ fileName: `a${i}.txt`, text, ...data }));
}

describe("gazetteer candidates", () => {
  it("ranks actors outside the dictionary by the articles naming them, with their titles and a Latin name", () => {
    const extractions = extractEach(
      "التقى وزير الخارجية الأردني سمير زيد الرفاعي نظيره المصري في عمان.",
      "وأكد وزير الخارجية الأردني سمير زيد الرفاعي دعم بلاده للبنان.",
      "وزار وزير الخارجية الأردني سمير زيد الرفاعي بغداد أمس.",
    );
    const [first, ...rest] = collectCandidates({ extractions, minArticles: 2 });
    expect(first).toMatchObject({ kind: "PERSON", nameAr: "سمير زيد الرفاعي", articles: 3 });
    expect(first?.name).toMatch(/^[A-Za-z' -]+$/);
    expect(first?.id).toMatch(/^[a-z0-9-]+$/);
    expect(first?.titles.join(" ")).toContain("وزير الخارجية");
    expect(rest.every((r) => r.articles >= 2)).toBe(true);
    expect(collectCandidates({ extractions: extractions.slice(0, 1), minArticles: 2 })).toEqual([]);
  });
});
