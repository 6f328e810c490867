import { describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/extract/index.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";

const meetingPlace = (text: string) => {
  const { dictionary, triggers } = readExtractionData();
  const [x] = extractArticles({ fileName: "location.txt", text, dictionary, triggers });
  const met = x?.relations.find((r) => r.type === "MET");
  expect(met).toBeDefined();
  return met?.location?.name ?? null;
};

describe("where an event happened", () => {
  it("is a place after a locative preposition", () => {
    expect(meetingPlace("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة.")).toBe("Ankara");
  });

  it("is not a place the sentence only talks about", () => {
    expect(
      meetingPlace("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان وبحثا رفع الحصار عن غزة."),
    ).toBeNull();
  });
});
