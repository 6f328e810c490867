import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap, procliticReadings } from "../../../src/extract/normalize.js";

describe("normalizeArabic", () => {
  it("removes diacritics and tatweel and unifies alef, ya and ta marbuta", () => {
    expect(normalizeArabic("مُـحَمَّد")).toBe("محمد");
    expect(normalizeArabic("إسرائيل أوكرانيا آسيا")).toBe("اسرائيل اوكرانيا اسيا");
    expect(normalizeArabic("مصطفى")).toBe("مصطفي");
    expect(normalizeArabic("الخارجية")).toBe("الخارجيه");
  });
  it("maps Arabic-Indic and Persian digits and quote marks", () => {
    expect(normalizeArabic("٢٠٢٣ ۱۲")).toBe("2023 12");
    expect(normalizeArabic("«مؤسفة»")).toBe('"مؤسفه"');
  });
});

describe("normalizeWithMap", () => {
  it("maps every normalised character back to its original offset", () => {
    const original = "وَزَّرَ الخارجيّة";
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe("وزر الخارجيه");
    const at = text.indexOf("الخارجيه");
    expect(original.slice(map[at], (map[at + 7] ?? 0) + 1)).toBe("الخارجيّة");
  });
});

describe("procliticReadings", () => {
  const forms = (t: string): string[] => procliticReadings(normalizeArabic(t)).map((r) => r.form);
  it("strips conjunction, preposition and article in order", () => {
    expect(forms("وبالكرملين")).toContain("الكرملين");
    expect(forms("للكرملين")).toContain("الكرملين");
    expect(forms("لروسيا")).toContain("روسيا");
    expect(forms("ولم")).toContain("لم");
  });
  it("keeps the unstripped reading first", () => {
    expect(forms("لبنان")[0]).toBe("لبنان");
  });
});
