/**
 * A readable Latin spelling for names the dictionary does not know, so that an actor's English `name` is never
 * empty or Arabic. A simple news-style romanisation (not a scholarly one): "حامد كرزاي" → "Hamed Krzay",
 * "حزب الإصلاح" → "Hizb al-Islah". Reviewed dictionary entries give the established spelling. Pure.
 */

const LETTERS: Record<string, string> = {
  ا: "a",
  أ: "a",
  إ: "i",
  آ: "aa",
  ٱ: "a",
  ء: "'",
  ؤ: "u'",
  ئ: "'i",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "'",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "a",
  و: "w",
  ي: "y",
  ى: "a",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
};

// Well-known name words whose letter-by-letter spelling would look wrong.
const WORDS: Record<string, string> = {
  محمد: "Mohammed",
  أحمد: "Ahmed",
  احمد: "Ahmed",
  علي: "Ali",
  عبد: "Abd",
  الله: "Allah",
  أبو: "Abu",
  ابو: "Abu",
  بن: "bin",
  حزب: "Hizb",
  حركة: "Harakat",
  مجلس: "Majlis",
};

function word(w: string): string {
  const known = WORDS[w];
  if (known) return known;
  let prefix = "";
  let rest = w;
  if (rest.startsWith("ال") && rest.length > 3) {
    prefix = "al-";
    rest = rest.slice(2);
  }
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] ?? "";
    const mapped = LETTERS[ch];
    if (mapped === undefined) {
      if (/^(?:[\u064B-\u0652]|\u0640|\u0670)$/.test(ch)) continue;
      out += ch;
      continue;
    }
    // و and ي between consonants read as long vowels.
    if ((ch === "و" || ch === "ي") && i > 0 && i < rest.length - 1) out += ch === "و" ? "u" : "i";
    else if (ch === "ي" && i === rest.length - 1 && i > 0) out += "i";
    else out += mapped;
  }
  const body = out.replace(/^'+|'+$/g, "") || out;
  return prefix + body.charAt(0).toUpperCase() + body.slice(1);
}

/** Romanises an Arabic name; non-Arabic words are kept as they are. */
export function transliterate(arabic: string): string {
  const out = arabic
    .replace(/[\u064B-\u0652]|\u0640|\u0670|[“”"«»]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/[\u0621-\u064A]/.test(w) ? word(w) : w))
    .join(" ")
    .trim();
  return out.length > 0 ? out.charAt(0).toUpperCase() + out.slice(1) : arabic;
}
