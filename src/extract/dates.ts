/** Dates: publication dates from headers/front matter, and event dates from sentences resolved against them. */
import { normalizeArabic } from "./normalize.js";
import type { DatePrecision } from "./types.js";

const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Normalised Arabic month names: Egyptian/Gulf (يناير …), Levantine/Iraqi (كانون الثاني …), Moroccan (يوليوز …),
// Algerian and Tunisian (جانفي، جويلية …, from the French).
const AR_MONTHS: [string, number][] = [
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["ابريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["اغسطس", 8],
  ["سبتمبر", 9],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["كانون الثاني", 1],
  ["شباط", 2],
  ["اذار", 3],
  ["نيسان", 4],
  ["ايار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["اب", 8],
  ["ايلول", 9],
  ["تشرين الاول", 10],
  ["تشرين الثاني", 11],
  ["كانون الاول", 12],
  ["ماي", 5],
  ["يوليوز", 7],
  ["غشت", 8],
  ["شتنبر", 9],
  ["نونبر", 11],
  ["دجنبر", 12],
  ["جانفي", 1],
  ["فيفري", 2],
  ["افريل", 4],
  ["جوان", 6],
  ["جويليه", 7],
  ["اوت", 8],
];

const WEEKDAYS: [string, number][] = [
  ["الاحد", 0],
  ["الاثنين", 1],
  ["الثلاثاء", 2],
  ["الاربعاء", 3],
  ["الخميس", 4],
  ["الجمعه", 5],
  ["السبت", 6],
];

const ORDINALS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];

const HIJRI = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: "UTC",
});

/** The Gregorian day of a Hijri (Umm al-Qura) date, as Sudanese and Saudi papers date their pages ("19-3-1433 هـ"). */
export function hijriToIso([y, m, d]: [number, number, number]): string | null {
  // Days since the Hijri epoch (16 July 622), averaged, then the exact day searched nearby in the calendar.
  const estimate = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) * 86_400_000;
  for (let off = -4; off <= 4; off++) {
    const day = new Date(estimate + off * 86_400_000);
    const parts = Object.fromEntries(HIJRI.formatToParts(day).map((p) => [p.type, p.value]));
    if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d)
      return day.toISOString().slice(0, 10);
  }
  return null;
}

function iso([y, m, d]: [number, number, number]): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** Adds days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const dt = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

function enMonth(word: string): number | null {
  const i = EN_MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : null;
}

const AR_MONTH_RE = AR_MONTHS.map(([m]) => m)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Parses a publication date written in English, Arabic or numerically; returns YYYY-MM-DD or null. */
export function parseDateString(raw: string): string | null {
  const s = normalizeArabic(raw);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return iso([Number(m[1]), Number(m[2]), Number(m[3])]);
  m = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return iso([Number(m[1]), Number(m[2]), Number(m[3])]);
  // Arabic and European sources write day first.
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (m) return iso([Number(m[3]), Number(m[2]), Number(m[1])]);
  m = /(\d{1,2})(?:st|nd|rd|th)?,?\s+([a-z]{3,})\.?,?\s+(\d{4})/i.exec(s);
  if (m && enMonth(m[2] ?? "")) return iso([Number(m[3]), enMonth(m[2] ?? "") ?? 0, Number(m[1])]);
  m = /([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(s);
  if (m && enMonth(m[1] ?? "")) return iso([Number(m[3]), enMonth(m[1] ?? "") ?? 0, Number(m[2])]);
  const re = new RegExp(`(\\d{1,2})\\s+(?:من\\s+)?(${AR_MONTH_RE})(?:\\s*\\(?[^\\d]{0,20}\\)?)?\\s*,?\\s*(\\d{4})`);
  m = re.exec(s);
  if (m) {
    const month = AR_MONTHS.find(([n]) => n === m?.[2])?.[1];
    if (month) return iso([Number(m[3]), month, Number(m[1])]);
  }
  return null;
}

/**
 * The date of a page header line: a short line holding a date and otherwise only page furniture — a weekday, a
 * time, the Hijri date, the paper's name and issue, a time zone ("الثلاثاء 24 جويلية 2012 الساعة 10:37 بتوقيت
 * تونس"، "الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433"، "الجمعة, 03-أغسطس-2012"، "24/07/2012 21:21:15"); null for a
 * sentence that merely holds a date.
 */
export function headerLineDate(line: string): string | null {
  if (line.length > 110) return null;
  const s = normalizeArabic(line)
    .replace(/[\u0640]/g, "")
    .trim();
  const numeric = /(?:^|[^\d])(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2})(?!\d)/.exec(s);
  // "03-أغسطس-2012"، "06 أغسطس-آب 2012": dashes between the parts, or between two names of the month.
  const spaced = s.replace(/-/g, " ");
  const named = new RegExp(
    `(?:^|[^\\d])(\\d{1,2})\\s+(${AR_MONTH_RE})(?:\\s+[\\u0621-\\u064A]+)?\\s*,?\\s*(\\d{4})`,
  ).exec(spaced);
  // A year of the Hijri calendar ("بتاريخ 19-3-1433 هـ") is converted; the Gregorian one written beside it wins.
  const hijri = numeric && /^\d{1,2}[/.-]\d{1,2}[/.-]14\d\d$/.exec(numeric[1] ?? "");
  const date = hijri
    ? hijriToIso((numeric?.[1] ?? "").split(/[/.-]/).reverse().map(Number) as [number, number, number])
    : numeric
      ? parseDateString(numeric[1] ?? "")
      : named
        ? parseDateString(`${named[1]} ${named[2]} ${named[3]}`)
        : null;
  if (!date) return null;
  const match = numeric ?? named;
  const text = numeric ? s : spaced;
  // "في 3 أغسطس 2011 كان …": a date governed by a preposition is said in a sentence.
  const before =
    text
      .slice(0, match?.index ?? 0)
      .trim()
      .split(/\s+/)
      .pop() ?? "";
  if (/^[وف]?(في|منذ|حتى|قبل|بعد|يوم|الى|من|عام|خلال)$/.test(before)) return null;
  const rest = text
    .replace(match?.[0] ?? "", " ")
    .split(/[\s,،:|/]+/)
    .filter((w) => /[\u0621-\u064A]{2,}/.test(w) && !WEEKDAYS.some(([d]) => d === w));
  return rest.length <= 6 ? date : null;
}

/** A date expression found in a sentence. */
export interface DateMention {
  /** offset in the normalised sentence */
  at: number;
  date: string | null;
  precision: DatePrecision;
}

/** Finds date expressions in a normalised sentence and resolves them against the publication date. */
export function findDateMentions(params: { norm: string; publishedAt?: string; future?: boolean }): DateMention[] {
  const { norm, publishedAt, future } = params;
  const pub = publishedAt?.slice(0, 10);
  const out: DateMention[] = [];
  const daySpans: [number, number][] = [];
  const monthRe = new RegExp(
    `(?:^|[^\\d])(\\d{1,2}|${ORDINALS.join("|")})\\s+(?:من\\s+)?(?:شهر\\s+)?(${AR_MONTH_RE})(?![\\u0621-\\u064A])(?:\\s+(?:عام\\s+|سنه\\s+)?(\\d{4}))?`,
    "g",
  );
  for (const m of norm.matchAll(monthRe)) {
    const before = norm.slice(Math.max(0, (m.index ?? 0) - 6), (m.index ?? 0) + 1);
    // "منذ السابع من أكتوبر" is the start of a period, not the date of the event.
    if (/منذ/.test(before)) continue;
    const dayWord = m[1] ?? "";
    const day = /^\d+$/.test(dayWord) ? Number(dayWord) : ORDINALS.indexOf(dayWord) + 1;
    const month = AR_MONTHS.find(([n]) => n === m[2])?.[1] ?? 0;
    let year = m[3] ? Number(m[3]) : pub ? Number(pub.slice(0, 4)) : NaN;
    if (!Number.isFinite(year)) continue;
    let d = iso([year, month, day]);
    // Without a year, a date more than a month after publication is last year's.
    if (d && !m[3] && pub && d > addDays(pub, 31)) {
      year -= 1;
      d = iso([year, month, day]);
    }
    if (d) out.push({ at: m.index ?? 0, date: d, precision: "day" });
    daySpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  // "حين اتهمت الرياض طهران عام 2019": a bare year dates the event to that year (not "منذ عام 2019", a period).
  for (const m of norm.matchAll(/(?:^|\s)[وف]?(?:في\s+)?(?:عام|العام|سنه)\s+(\d{4})(?!\d)/g)) {
    const at = m.index ?? 0;
    if (daySpans.some(([a, b]) => at >= a && at < b)) continue;
    if (/منذ\s*$/.test(norm.slice(Math.max(0, at - 6), at + 1))) continue;
    const year = Number(m[1]);
    if (year >= 1900 && year <= 2100) out.push({ at, date: `${year}-01-01`, precision: "year" });
  }
  if (!pub) return out;
  const words: [RegExp, number][] = [
    [/(?:^|\s|[وف])(?:اول امس|أول أمس)(?=\s|$|[،,.])/g, -2],
    [/(?:^|\s)[وف]?امس(?=\s|$|[،,.])/g, -1],
    [/(?:^|\s)[وف]?اليوم(?=\s|$|[،,.])/g, 0],
    [/(?:^|\s)[وف]?غدا(?=\s|$|[،,.])/g, 1],
  ];
  for (const [re, delta] of words) {
    for (const m of norm.matchAll(re)) {
      // "أول أمس" also contains "أمس": keep the longer reading only.
      if (delta === -1 && /اول\s$/.test(norm.slice(Math.max(0, (m.index ?? 0) - 4), (m.index ?? 0) + 1))) continue;
      out.push({ at: m.index ?? 0, date: addDays(pub, delta), precision: "day" });
    }
  }
  const pubDow = new Date(`${pub}T00:00:00Z`).getUTCDay();
  for (const [name, dow] of WEEKDAYS) {
    const re = new RegExp(`(?:^|\\s|[،,])(?:يوم\\s+)?[وف]?${name}(?![\\u0621-\\u064A])`, "g");
    for (const m of norm.matchAll(re)) {
      const delta = future ? (dow - pubDow + 7) % 7 : -((pubDow - dow + 7) % 7);
      out.push({ at: m.index ?? 0, date: addDays(pub, delta), precision: "day" });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Picks the event date for a trigger at `at` in the sentence: the nearest date expression, else publication. */
export function eventDate(params: { mentions: DateMention[]; at: number; publishedAt?: string }): {
  date: string | null;
  precision: DatePrecision;
} {
  const { mentions, at, publishedAt } = params;
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (m.date === null) continue;
    if (!best || Math.abs(m.at - at) < Math.abs(best.at - at)) best = m;
  }
  if (best?.date) return { date: best.date, precision: best.precision };
  return { date: publishedAt ? publishedAt.slice(0, 10) : null, precision: "publication" };
}
