import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/extract/index.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";

describe("actors of an extraction", () => {
  it("include what mentioned actors belong to, so the graph can link roles and parents", () => {
    const { dictionary, triggers } = readExtractionData();
    const [x] = extractArticles({
      fileName: "affiliations.txt",
      text: "التقى دميتري بيسكوف اليوم وفدا من حركة حماس في العاصمة.",
      dictionary,
      triggers,
    });
    const ids = new Set(x?.actors.map((a) => a.id));
    const peskov = x?.actors.find((a) => /Peskov/.test(a.name));
    expect(peskov).toBeDefined();
    for (const id of [peskov?.parent, ...(peskov?.roles.map((r) => r.of) ?? [])]) {
      if (id) expect(ids.has(id)).toBe(true);
    }
    // Peskov belongs to the Kremlin, which belongs to Russia: the chain is followed to its end.
    expect(ids.has("kremlin")).toBe(true);
    expect(ids.has("RUS")).toBe(true);
  });
});
