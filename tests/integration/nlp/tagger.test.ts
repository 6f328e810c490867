// The real Arabic tagger (the one global-setup.ts found or started for this run) on sentences of our own writing.
import { describe, expect, inject, it } from "vitest";
import { createTaggerClient } from "../../../src/nlp/tagger-client.js";

const tag = createTaggerClient({ url: inject("nlp").url });

/** Tags of our own sentences, written one word per space with clitics split as the extractor sends them. */
async function tagged(sentences: string[]): Promise<Map<string, string>[]> {
  const words = sentences.map((s) => s.split(" "));
  const tags = await tag(words);
  return words.map((ws, i) => new Map(ws.map((w, k) => [w, tags[i]?.[k] ?? ""])));
}

describe("the Arabic tagger", () => {
  it("tags the names of people we made up as proper nouns and their verbs as verbs", async () => {
    const [first, second] = await tagged([
      "استقبل وزير الزراعة سامي عبد الرحيم وفدا من المزارعين في مكتبه أمس .",
      "و التقى رئيس البلدية كريم حداد ب ممثلي التجار .",
    ]);
    for (const name of ["سامي", "عبد", "الرحيم"]) expect(first?.get(name)).toMatch(/^(DT)?NNP$/);
    expect(first?.get("استقبل")).toMatch(/^VB/);
    for (const name of ["كريم", "حداد"]) expect(second?.get(name)).toMatch(/^(DT)?NNP$/);
    expect(second?.get("التقى")).toMatch(/^VB/);
    expect(second?.get("و")).toBe("CC");
  });

  it("answers in the shape of the request: one tag per word, none for an empty sentence, in order", async () => {
    const words = [["قال", "الوزير"], [], ["."], Array.from({ length: 400 }, () => "كلمة")];
    const tags = await tag(words);
    expect(tags.map((t) => t.length)).toEqual([2, 0, 1, 400]);
    expect(tags[2]).toEqual(["PUNC"]);
  });

  it("keeps the word count when a word contains whitespace (it is sent as one word)", async () => {
    const tags = await tag([["قال", "عبد الله", "إنه"]]);
    expect(tags[0]).toHaveLength(3);
  });
});
