import { describe, expect, it } from "vitest";
import { transliterate } from "../../../src/extract/transliterate.js";

describe("transliterate", () => {
  it("gives Latin names to Arabic ones, with the article as al- and known name words spelt as usual", () => {
    expect(transliterate("حزب الإصلاح")).toBe("Hizb al-Islah");
    expect(transliterate("محمد عبد الله")).toBe("Mohammed Abd Allah");
    expect(transliterate("سمير زيد الزعبي")).toMatch(/^Samir Zid al-Z/);
  });

  it("spells common given names as the news does, and gives words with two opening consonants a vowel", () => {
    expect(transliterate("منصور الزنداني")).toBe("Mansour al-Zandani");
    expect(transliterate("حامد كرزاي")).toBe("Hamed Karzai");
    expect(transliterate("غازي العريضي")).toBe("Ghazi al-Aridi");
    expect(transliterate("حزب العدالة والتنمية")).toBe("Hizb al-Adala wal-Tanmia");
    expect(transliterate("الحزب الوطني")).toBe("Al-Hizb al-Watni");
    expect(transliterate("حزب المؤتمر الشعبي العام")).toBe("Hizb al-Mu'tamar al-Sha'bi al-Aam");
  });

  it("spells a compound given name written as one word with 'Abdel-' and its divine name", () => {
    expect(transliterate("حسين عبدالرازق")).toBe("Hussein Abdel-Razek");
    expect(transliterate("عبدالمجيد تبون")).toBe("Abdel-Majid Tabun");
    expect(transliterate("حسن عز الدين")).toBe("Hassan Ezz al-Din");
    expect(transliterate("عبد الرازق مقري")).toBe("Abdel-Razek Maqri");
  });

  it("never returns Arabic letters, and keeps Latin words", () => {
    for (const name of ["نادي قضاة مصر", "مؤسسة براون", "جماعة “النهضة”", "مجلس  الشيوخ"])
      expect(transliterate(name)).toMatch(/^[A-Za-z' -]+$/);
    expect(transliterate("شركة Imsi")).toBe("Sharka Imsi");
  });
});
