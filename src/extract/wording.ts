/**
 * Words that stand aside from who does what to whom. A speaker's wording of an act: "انتقدت موسكو ما وصفته بـ«تحريف الدول الغربية للاتفاق»"، "دعا إلى وضع حد لما وصفه
 * بالتدخل الإيراني". The act stands where "ما وصفه بـ" does, so that the act's author is read as it would be in
 * "انتقدت موسكو تحريف الدول الغربية …". And "for its part" ("من جانبها"، "من جهته"). Pure.
 */
import { normalizeArabic } from "./normalize.js";
import type { Token } from "./tokens.js";

/** Verbs of describing, with any object pronoun: "وصفه"، "وصفتها"، "يصفونه"، "تعتبره". */
const DESCRIBING =
  /^(وصف|وصفت|وصفوا|وصفو|يصف|تصف|يصفون|يصفو|اعتبر|اعتبرت|اعتبروا|اعتبرو|يعتبر|تعتبر|يعتبرون|يعتبرو)(ه|ها|هم)?$/;

/**
 * Verbs of naming only with their object pronoun ("أسماه"، "يسميه"): without it "ما يسمى بـ" is the passive "the
 * so-called", whose name is the actor itself (read by the mention finder).
 */
const NAMING = /^(اسما|سما|اسمت|سمت|اسموا|سموا|اسمو|سمو|يسمي|تسمي|يسمو)(ه|ها|هم)$/;

/** "ما" with the preposition written on it: "لما"، "بما"، "عما"، "مما". */
const WHAT = new Map([
  ["ما", ""],
  ["لما", "ل"],
  ["بما", "ب"],
  ["عما", "عن"],
  ["مما", "من"],
]);

/** "من جانبه"، "من جهتها"، "من ناحيتهم": for his (her, their) part. */
const FOR_ITS_PART = /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/;

/** A word that carries no meaning of its own where the linker looks (one of FILLERS). */
const SILENT = normalizeArabic("أيضا");

function silent(t: Token): Token {
  return { ...t, n: SILENT, pos: "RB" };
}

/**
 * The tokens with "من جانبه" and "ما وصفه بـ" made silent and its preposition moved onto the act: "لما وصفه بالتدخل" reads as
 * "للتدخل", "ما وصفه بـ«التدخل»" as "«التدخل»". Only where the describing verb has no subject of its own written
 * between it and "بـ" (then the describer is someone else: "ما وصفه الرئيس بـ"). Offsets and raw text are kept.
 */
export function withoutWording(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const what = tokens[k];
    const verb = tokens[k + 1];
    if (!what || !verb) continue;
    // "ورفضت الصين من جانبها الاتهامات"، "من جهته، قال …": "for its part" names no one the sentence is about.
    if (/^[وف]?من$/.test(what.n) && FOR_ITS_PART.test(verb.n)) {
      out ??= [...tokens];
      out[k] = silent(what);
      out[k + 1] = silent(verb);
      k++;
      continue;
    }
    const prep = WHAT.get(what.n.replace(/^[وف](?=.*ما$)/, ""));
    if (prep === undefined || !(DESCRIBING.test(verb.n) || NAMING.test(verb.n))) continue;
    const bare = tokens[k + 2]?.n === "ب";
    let act = bare ? k + 3 : k + 2;
    while (tokens[act]?.punct && tokens[act]?.n === '"') act++;
    const head = tokens[act];
    // "بـ" written apart, or on the act itself ("بالتدخل"); never a clause ("بأنه"، "بأن").
    if (!head || head.punct || /^بان/.test(head.n)) continue;
    if (!bare && !(act === k + 2 && head.n.startsWith("ب") && head.n.length > 3)) continue;
    const noun = bare ? head.n : head.n.slice(1);
    // The preposition of "لما"/"بما" goes onto the act; "عن"/"من" stay a word of their own before it.
    const attached =
      prep === "ل" ? (noun.startsWith("ال") ? `ل${noun.slice(1)}` : `ل${noun}`) : `${prep === "ب" ? "ب" : ""}${noun}`;
    out ??= [...tokens];
    out[k] = prep === "عن" || prep === "من" ? { ...what, n: prep, pos: "IN" } : silent(what);
    out[k + 1] = silent(verb);
    if (bare) out[k + 2] = silent(tokens[k + 2] as Token);
    out[act] = { ...head, n: attached };
    k = act;
  }
  return out ?? tokens;
}
