// A speaker's wording of an act ("ما وصفه بـ"): made silent, its preposition moved onto the act. Our own sentences.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/extract/tokens.js";
import { withoutWording } from "../../../src/extract/wording.js";

const words = (text: string): string[] => withoutWording(tokenize(text)).map((t) => t.n);

describe("withoutWording", () => {
  it("moves the preposition of 'لما' onto the act and silences the describing words", () => {
    expect(words("وضع حد لما وصفه بالتدخل الأجنبي")).toEqual(["وضع", "حد", "ايضا", "ايضا", "للتدخل", "الاجنبي"]);
  });

  it("reads 'ما وصفته بـ' written apart, before a quotation, as nothing", () => {
    expect(words('انتقدت ما وصفته بـ "التدخل"')).toEqual(["انتقدت", "ايضا", "ايضا", "ايضا", '"', "التدخل", '"']);
  });

  it("keeps the so-called ('ما يسمى بـ'), a describer of its own, and a clause ('بأنه') as written", () => {
    for (const text of ["رحب ما يسمى بالمجلس الوطني", "ما وصفه الرئيس بالمرحلة الصعبة", "ما وصفه بأنه خطأ"])
      expect(words(text)).toEqual(tokenize(text).map((t) => t.n));
  });
});

describe("withoutWording: for its part", () => {
  it("silences 'من جانبها' and 'ومن جهته', which name no one the sentence is about", () => {
    expect(words("رفضت الصين من جانبها الاتهامات")).toEqual(["رفضت", "الصين", "ايضا", "ايضا", "الاتهامات"]);
    expect(words("ومن جهته، قال")).toEqual(["ايضا", "ايضا", "،", "قال"]);
  });

  it("keeps a side one stands by ('إلى جانبه')", () => {
    expect(words("وقفت إيران إلى جانبه")).toEqual(tokenize("وقفت إيران إلى جانبه").map((t) => t.n));
  });
});
