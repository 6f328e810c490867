/** Sentence segmentation of an article body, with offsets; repeated sentences (scraping artefacts) are dropped. */
import { normalizeArabic } from "./normalize.js";
import type { Sentence } from "./types.js";

/** Splits a body into sentences at line breaks and . ! ? ؟ (not inside numbers); drops repeats. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Set<string>();
  let start = 0;
  const flush = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s] ?? "")) s++;
    while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
    start = end;
    if (e <= s) return;
    const text = body.slice(s, e);
    const key = normalizeArabic(text)
      .replace(/[^\u0621-\u064A\w]+/g, " ")
      .trim();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ index: out.length, text, start: s, end: e });
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === "\n") {
      flush(i);
      start = i + 1;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "؟") {
      const prev = body[i - 1] ?? "";
      const next = body[i + 1] ?? "";
      if (ch === "." && /\d/.test(prev) && /\d/.test(next)) continue;
      // ".." inside quotes or an ellipsis is not an end of sentence unless followed by a space and more text.
      if (ch === "." && next === ".") continue;
      // Two dots alone are a pause, as Egyptian and Gulf papers write one inside a sentence ("وطالبت الجبهة.. الرئيس
      // محمد مرسي.. بالالتزام"); three are an ellipsis and may end one.
      if (ch === "." && prev === "." && body[i - 2] !== "." && /\s/.test(next)) continue;
      // "د." before a name is the doctor's title abbreviated.
      if (ch === "." && prev === "د" && !/[\p{L}\p{N}]/u.test(body[i - 2] ?? "") && next !== ".") continue;
      let end = i + 1;
      // A closing quote or bracket belongs to the sentence it closes.
      while (end < body.length && /["”»)'’]/.test(body[end] ?? "")) end++;
      flush(end);
      i = end - 1;
    }
  }
  flush(body.length);
  return out;
}
