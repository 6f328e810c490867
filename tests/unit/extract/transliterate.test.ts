import { describe, expect, it } from "vitest";
import { transliterate } from "../../../src/extract/transliterate.js";

describe("transliterate", () => {
  it("gives Latin names to Arabic ones, with the article as al- and known name words spelt as usual", () => {
    expect(transliterate("حزب الإصلاح")).toBe("Hizb al-Islah");
    expect(transliterate("محمد عبد الله")).toBe("Mohammed Abd Allah");
    expect(transliterate("سمير زيد الزعبي")).toMatch(/^Smir Zid al-Z/);
  });

  it("never returns Arabic letters, and keeps Latin words", () => {
    for (const name of ["نادي قضاة مصر", "مؤسسة براون", "جماعة “النهضة”", "مجلس  الشيوخ"])
      expect(transliterate(name)).toMatch(/^[A-Za-z' -]+$/);
    expect(transliterate("شركة Imsi")).toBe("Shrka Imsi");
  });
});
