import { describe, expect, it } from "vitest";
import {
  eventDate,
  findDateMentions,
  headerLineDate,
  hijriToIso,
  parseDateString,
} from "../../../src/extract/dates.js";
import { normalizeArabic } from "../../../src/extract/normalize.js";

describe("parseDateString", () => {
  it.each([
    ["28th, October 2023 GMT", "2023-10-28"],
    ["October 27, 2023", "2023-10-27"],
    ["2024-03-12", "2024-03-12"],
    ["الخميس 14 مارس 2024", "2024-03-14"],
    ["16 شتنبر 2024", "2024-09-16"],
    ["5 تشرين الأول 2023", "2023-10-05"],
    ["05/11/2023", "2023-11-05"],
    ["الخميس 26 جويلية 2012", "2012-07-26"],
    ["3 جانفي 2013", "2013-01-03"],
  ])("%s → %s", (raw, iso) => {
    expect(parseDateString(raw)).toBe(iso);
  });
  it("returns null for non-dates and impossible dates", () => {
    expect(parseDateString("قريبا")).toBeNull();
    expect(parseDateString("2023-02-30")).toBeNull();
  });
});

describe("headerLineDate", () => {
  it.each([
    ["الثلاثاء 24 جويلية 2012 الساعة 10:37 بتوقيت تونس العاصمة", "2012-07-24"],
    ["الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433", "2012-07-11"],
    ["جريدة الصباح - العدد 1520 الأحد 5 أوت 2012", "2012-08-05"],
    ["الجمعة, 03-أغسطس-2012", "2012-08-03"],
    ["الإثنين 06 أغسطس-آب 2012 الساعة 01 صباحاً / عدن - مراسلنا", "2012-08-06"],
    ["24/07/2012 21:21:15", "2012-07-24"],
    ["العواصم: الوكالات 2012-07-08 12:06 AM", "2012-07-08"],
    ["بتاريخ 19-3-1433 هـ", "2012-02-11"],
  ])("%s → %s", (line, iso) => {
    expect(headerLineDate(line)).toBe(iso);
  });
  it("is null for a sentence that holds a date, or a date after a preposition", () => {
    expect(headerLineDate("14 فبراير 2003، عاد الملك إلى البلاد وأعلن عن إصلاحات دستورية واسعة في خطاب")).toBeNull();
    expect(headerLineDate("في 3 أغسطس 2011 كان المشهد")).toBeNull();
    expect(headerLineDate("عنوان الخبر بلا تاريخ")).toBeNull();
  });
  it("converts Hijri dates through the Umm al-Qura calendar", () => {
    expect(hijriToIso([1433, 9, 1])).toBe("2012-07-20");
    expect(hijriToIso([1433, 13, 1])).toBeNull();
  });
});

describe("findDateMentions", () => {
  // 2023-10-28 is a Saturday.
  const pub = "2023-10-28";
  const at = (s: string): string[] =>
    findDateMentions({ norm: normalizeArabic(s), publishedAt: pub }).map((m) => m.date ?? "");
  it("resolves أمس, اليوم and weekdays against the publication date", () => {
    expect(at("دافعت روسيا أمس الجمعة")).toEqual(["2023-10-27", "2023-10-27"]);
    expect(at("التقى اليوم")).toEqual(["2023-10-28"]);
    expect(at("التقى الخميس")).toEqual(["2023-10-26"]);
    expect(at("التقى السبت")).toEqual(["2023-10-28"]);
  });
  it("resolves weekdays forwards for expected events", () => {
    const m = findDateMentions({ norm: normalizeArabic("سيزور الاثنين"), publishedAt: pub, future: true });
    expect(m.map((x) => x.date)).toEqual(["2023-10-30"]);
  });
  it("reads explicit dates, without year from the publication year, and skips 'since'", () => {
    expect(at("في 7 أكتوبر")).toEqual(["2023-10-07"]);
    expect(at("منذ السابع من أكتوبر")).toEqual([]);
  });
  it("reads a bare year with precision year, but not a year that starts a period", () => {
    const m = findDateMentions({ norm: normalizeArabic("حين اتهمت الرياض طهران عام 2019"), publishedAt: pub });
    expect(m.map((x) => [x.date, x.precision])).toEqual([["2019-01-01", "year"]]);
    expect(at("منذ عام 2015")).toEqual([]);
    expect(at("في 7 أكتوبر عام 2022")).toEqual(["2022-10-07"]);
  });
  it("falls back to the publication date with precision publication", () => {
    expect(eventDate({ mentions: [], at: 0, publishedAt: pub })).toEqual({ date: pub, precision: "publication" });
    expect(eventDate({ mentions: [], at: 0 })).toEqual({ date: null, precision: "publication" });
  });
});
