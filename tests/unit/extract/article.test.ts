import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../../src/extract/article.js";

describe("parseArticleText", () => {
  it("reads front matter and keeps it out of the body", () => {
    const { articles, warnings } = parseArticleText({
      fileName: "/x/y/2024-gulf.txt",
      text: "---\ntitle: عنوان\ndate: 2024-03-12\nsource: وكالة\nurl: https://e.org/a\nlang: ar\n---\nالتقى الوزيران.\n",
    });
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: "2024-gulf",
      title: "عنوان",
      publishedAt: "2024-03-12",
      source: "وكالة",
      url: "https://e.org/a",
      language: "ar",
      body: "التقى الوزيران.",
    });
    expect(articles[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
  it("turns a bad front matter date into a warning and uses a header date", () => {
    const { articles, warnings } = parseArticleText({
      fileName: "a.txt",
      text: "---\ndate: yesterday-ish\n---\nتاريخ النشر: 28th, October 2023 GMT\nالتقى الوزيران.",
    });
    expect(warnings.join(" ")).toMatch(/yesterday-ish/);
    expect(articles[0]?.publishedAt).toBe("2023-10-28");
    expect(articles[0]?.body).toBe("التقى الوزيران.");
  });
  it("reads scraped headers as metadata and drops page furniture", () => {
    const text = [
      "تجاوز إلى المحتوى الرئيسي",
      "عنوان الخبر هنا",
      "AvaToday caption",
      "posted onOctober 27, 2023",
      "noتعليق",
      "نص الخبر الأول.",
      "المصدر: البوابة نيوز",
      "كلمات دلالية: روسيا حماس",
    ].join("\n");
    const { articles } = parseArticleText({ fileName: "003_abc.txt", text });
    expect(articles[0]?.publishedAt).toBe("2023-10-27");
    expect(articles[0]?.source).toBe("البوابة نيوز");
    expect(articles[0]?.title).toBe("عنوان الخبر هنا");
    expect(articles[0]?.body).toBe("عنوان الخبر هنا\nنص الخبر الأول.");
  });
  it("reads a page header's date near the top and leaves the line out of the story", () => {
    const text = ["عنوان الخبر", "الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433", "نص الخبر الأول."].join("\n");
    const { articles } = parseArticleText({ fileName: "p.txt", text });
    expect(articles[0]?.publishedAt).toBe("2012-07-11");
    expect(articles[0]?.body).toBe("عنوان الخبر\nنص الخبر الأول.");
  });
  it("splits a trailing read-also block into its own article linked to the page", () => {
    const text = "خبر أول.\nإقرأ أيضاً:\nعنوان قصة أخرى\nنص القصة الأخرى.";
    const { articles } = parseArticleText({ fileName: "page.txt", text });
    expect(articles.map((a) => [a.id, a.parentId, a.title])).toEqual([
      ["page", undefined, undefined],
      ["page#2", "page", "عنوان قصة أخرى"],
    ]);
    expect(articles[0]?.body).toBe("خبر أول.");
    expect(articles[1]?.body).toBe("عنوان قصة أخرى\nنص القصة الأخرى.");
    expect(articles[1]?.publishedAt).toBeUndefined();
  });
  it("keeps an inline read-also link apart without cutting the story it interrupts", () => {
    const text = "فقرة أولى.\nاقرأ أيضا: عنوان خبر آخر\nفقرة ثانية من الخبر نفسه.";
    const { articles } = parseArticleText({ fileName: "p.txt", text });
    expect(articles.map((a) => [a.id, a.body])).toEqual([
      ["p", "فقرة أولى.\nفقرة ثانية من الخبر نفسه."],
      ["p#2", "عنوان خبر آخر"],
    ]);
  });
  it("uses a content hash as id when there is no file name", () => {
    const a = parseArticleText({ text: "نص." }).articles[0];
    const b = parseArticleText({ text: "نص." }).articles[0];
    expect(a?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a?.id).toBe(b?.id);
  });
});
