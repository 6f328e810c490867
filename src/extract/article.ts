/**
 * Text → articles: front matter, scraped metadata headers, boilerplate lines, and "read also" blocks that are
 * different stories (they become their own articles with id "<id>#2" and parentId).
 */
import { parse as parseYaml } from "yaml";
import { headerLineDate, parseDateString } from "./dates.js";
import { sha256 } from "./hash.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { normalizeArabic } from "./normalize.js";
import type { ParsedArticle } from "./types.js";

/** Articles parsed from one file plus non-fatal warnings. */
export interface ParsedFile {
  articles: ParsedArticle[];
  warnings: string[];
}

const DATE_HEADER =
  /^\s*(?:تاريخ النشر|تاريخ الإضافة|تاريخ الاضافة|نشر في|نُشر في|نشر بتاريخ|آخر تحديث|اخر تحديث|تم النشر|posted\s*on|published(?:\s*on)?|updated(?:\s*on)?|date)\s*[:：-]?\s*(.*)$/i;
const SOURCE_HEADER = /^\s*(?:المصدر|source)\s*[:：]\s*(.+)$/i;
const TAGS_HEADER = /^\s*(?:كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الوسوم|وسوم|tags)\s*[:：]?/i;
const READ_ALSO = /^\s*[اأإ]قر[أا]\s+(?:[اأ]يض(?:ا|\u064B)+|كذلك)\s*[:：]?\s*(.*)$/;
const BOILERPLATE =
  /^\s*(?:تجاوز إلى المحتوى|انتقل إلى المحتوى|skip to (?:main )?content|شارك(?:\s|$)|مشاركة|طباعة|اقرأ المزيد|\d*\s*تعليقا?ت?\s*$|no\s*تعليق|لا توجد تعليقات|أضف تعليق|تابعونا|follow us)/i;
const DATE_WORDS =
  /(?:الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|GMT|UTC|الساعة|ص|م|am|pm|\d+|[:/\-|,.،])/gi;

interface RawPart {
  lines: string[];
  title?: string;
}

/** Splits one file's text into articles (main story first, then split-off "read also" stories). */
export function parseArticleText(params: { fileName?: string; text: string }): ParsedFile {
  const warnings: string[] = [];
  let text = params.text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  let htmlTitle: string | undefined;
  if (looksLikeHtml(text)) {
    const h = htmlToText(text);
    text = h.text;
    htmlTitle = h.title;
  }
  const meta: { title?: string; date?: string; source?: string; url?: string; lang?: string } = {};
  const fm = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    text = text.slice(fm[0].length);
    try {
      const data: unknown = parseYaml(fm[1] ?? "");
      if (data && typeof data === "object") {
        const d = data as Record<string, unknown>;
        for (const key of ["title", "source", "url", "lang"] as const) {
          if (d[key] !== undefined && d[key] !== null) meta[key] = String(d[key]);
        }
        if (d.date !== undefined && d.date !== null) {
          const raw = d.date instanceof Date ? d.date.toISOString() : String(d.date);
          const parsed = parseDateString(raw);
          if (parsed) meta.date = parsed;
          else warnings.push(`front matter date '${raw}' is not a date; ignored`);
        }
      }
    } catch (e) {
      warnings.push(`front matter is not valid YAML (${(e as Error).message.split("\n")[0]}); ignored`);
    }
  }
  const parts: RawPart[] = [{ lines: [] }];
  // Lines go to the current story; a "read also" header alone on its line starts a trailing story, while an inline
  // "اقرأ أيضا: <headline>" link is a one-line story of its own and the current story goes on after it.
  let currentIdx = 0;
  let headerDate: string | undefined;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    if (!line) continue;
    const current = parts[currentIdx] as RawPart;
    const ra = READ_ALSO.exec(line);
    if (ra) {
      const rest = (ra[1] ?? "").trim();
      if (rest) parts.push({ lines: [rest], title: rest });
      else {
        parts.push({ lines: [] });
        currentIdx = parts.length - 1;
      }
      continue;
    }
    const dh = DATE_HEADER.exec(line);
    if (dh && line.length < 80) {
      const parsed = parseDateString(dh[1] ?? "");
      if (parsed && currentIdx === 0) headerDate ??= parsed;
      else if (!parsed) warnings.push(`date header '${line}' could not be parsed`);
      continue;
    }
    const sh = SOURCE_HEADER.exec(line);
    if (sh && line.length < 80) {
      if (currentIdx === 0) meta.source ??= (sh[1] ?? "").trim();
      continue;
    }
    if (TAGS_HEADER.test(line) || BOILERPLATE.test(line)) continue;
    // Lines without any Arabic letter (image credits, "AvaToday caption") are page furniture in an Arabic article.
    if (!/[\u0621-\u064A]/.test(line) && line.split(/\s+/).length <= 6) continue;
    // A line that is only a date ("الجمعة 27 أكتوبر 2023 - 10:35") is a header.
    if (line.length < 60 && line.replace(DATE_WORDS, "").trim() === "" && parseDateString(line)) {
      if (currentIdx === 0) headerDate ??= parseDateString(line) ?? undefined;
      continue;
    }
    // A header line with the date ("الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433") near the top.
    if (currentIdx === 0 && current.lines.length < 6 && !headerDate) {
      const lead = headerLineDate(line);
      if (lead) {
        headerDate = lead;
        continue;
      }
    }
    if (current.lines.length === 0 && current.title === undefined && currentIdx > 0) current.title = line;
    current.lines.push(line);
  }
  const stem = (params.fileName ?? "")
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]*$/, "");
  const mainBody = parts[0]?.lines.join("\n") ?? "";
  const baseId = stem && stem.length > 0 ? stem : sha256(text).slice(0, 16);
  const publishedAt = meta.date ?? headerDate;
  const language = meta.lang ?? (/[\u0621-\u064A]/.test(text) ? "ar" : "und");
  const articles: ParsedArticle[] = [];
  parts.forEach((part, i) => {
    const body = part.lines.join("\n");
    if (i > 0 && !body.trim()) return;
    const firstLine = part.lines[0];
    const a: ParsedArticle = {
      id: i === 0 ? baseId : `${baseId}#${i + 1}`,
      language,
      body,
      contentHash: sha256(body),
    };
    if (i === 0) {
      const title = meta.title ?? htmlTitle ?? (firstLine && isHeadline(firstLine) ? firstLine : undefined);
      if (title) a.title = title;
      if (publishedAt) a.publishedAt = publishedAt;
      if (meta.source) a.source = meta.source;
      if (meta.url) a.url = meta.url;
    } else {
      a.parentId = baseId;
      if (part.title) a.title = part.title;
      // The split-off story is usually older or newer than the page: its date is unknown, not the page's.
      if (meta.source) a.source = meta.source;
    }
    articles.push(a);
  });
  if (!mainBody.trim() && articles.length > 0 && articles[0]) warnings.push("article body is empty");
  return { articles, warnings };
}

function isHeadline(line: string): boolean {
  return line.split(/\s+/).length <= 25 && !/[.!؟?]$/.test(line) && normalizeArabic(line).length > 0;
}
