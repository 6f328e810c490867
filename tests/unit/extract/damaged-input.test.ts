import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/extract/decode.js";
import { extractArticles } from "../../../src/extract/index.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";

const ARTICLE = "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو.";

const metPairs = (text: string) => {
  const { dictionary, triggers } = readExtractionData();
  const [x] = extractArticles({ fileName: "damaged.txt", text, dictionary, triggers });
  return (x?.relations ?? []).filter((r) => r.type === "MET").map((r) => [r.subject.id, r.object.id].sort().join("~"));
};

describe("damaged input", () => {
  it("keeps a UTF-8 file with a stray invalid byte as UTF-8, replaces the byte and says where it was", () => {
    const good = Buffer.from(ARTICLE, "utf8");
    const bytes = Buffer.concat([good.subarray(0, 11), Buffer.from([0xff]), good.subarray(11)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain("فلاديمير بوتين");
    expect(decoded.text).toContain("\uFFFD");
    expect(decoded.warning).toMatch(/invalid UTF-8: 1 byte sequence\(s\) replaced .* at byte 11/);
  });

  it("still reads a real Windows-1256 file as Windows-1256", () => {
    const decoded = decodeBytes(iconv.encode(ARTICLE, "windows-1256"));
    expect(decoded.encoding).toBe("windows-1256");
    expect(decoded.text).toBe(ARTICLE);
    expect(decoded.warning).toBeUndefined();
  });

  it("ignores bidi and direction controls around and inside words", () => {
    const plain = metPairs(ARTICLE);
    expect(plain).toHaveLength(1);
    const wrapped = ARTICLE.replace("التقى", "\u202Bالتقى\u202C")
      .replace("بوتين", "\u2067بوتين\u2069")
      .replace("أردوغان", "أرد\u200Fوغان\u061C");
    expect(metPairs(wrapped)).toEqual(plain);
  });
});
