import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../../src/extract/html.js";

describe("htmlToText", () => {
  const page = `<!doctype html><html><head><title>عنوان &amp; خبر</title><script>var a = "التقى";</script></head>
<body><nav>الرئيسية</nav><p>فقرة أولى&nbsp;هنا</p><p>فقرة &laquo;ثانية&raquo;</p><footer>حقوق</footer></body></html>`;
  it("detects HTML", () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml("نص عادي بلا وسوم")).toBe(false);
  });
  it("keeps paragraphs as lines and drops scripts, navigation and footers", () => {
    const { text, title } = htmlToText(page);
    expect(title).toBe("عنوان & خبر");
    expect(text.split("\n")).toEqual(["فقرة أولى هنا", "فقرة «ثانية»"]);
  });
});
