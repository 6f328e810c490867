import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/segment.js";

describe("splitSentences", () => {
  it("splits at line breaks, full stops and Arabic question marks with offsets into the body", () => {
    const body = "التقى الوزيران أمس. هل اتفقا؟ نعم\nسطر ثان";
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(["التقى الوزيران أمس.", "هل اتفقا؟", "نعم", "سطر ثان"]);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
  it("does not split decimals and drops repeated sentences", () => {
    const s = splitSentences("نما الاقتصاد 3.5 بالمئة.\nنما الاقتصاد 3.5 بالمئة.\nجملة أخرى.");
    expect(s.map((x) => x.text)).toEqual(["نما الاقتصاد 3.5 بالمئة.", "جملة أخرى."]);
    expect(s.map((x) => x.index)).toEqual([0, 1]);
  });
  it("reads two dots as a pause inside the sentence and three as an ellipsis that may end one", () => {
    const s = splitSentences("طالبت الحركة.. الحكومة بالرد.. فورا. ثم صمتت... وانتهى الأمر.");
    expect(s.map((x) => x.text)).toEqual(["طالبت الحركة.. الحكومة بالرد.. فورا.", "ثم صمتت...", "وانتهى الأمر."]);
  });
  it("does not end a sentence at the doctor's title abbreviated", () => {
    const s = splitSentences("أشاد د. مرسي بالجيش. ثم غادر القاعة.");
    expect(s.map((x) => x.text)).toEqual(["أشاد د. مرسي بالجيش.", "ثم غادر القاعة."]);
  });
});
