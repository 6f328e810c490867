/** Word/punctuation tokens of a sentence with their normalised form and offsets into the article body. */
import { normalizeArabic } from "./normalize.js";

/** One token: original text, normalised form, body offsets. */
export interface Token {
  raw: string;
  n: string;
  start: number;
  end: number;
  punct: boolean;
  /** Part-of-speech tag from the Arabic tagger (ATB tag set: NNP, DTNNP, VBD …), when the text was tagged. */
  pos?: string;
}

// Invisible format controls (bidi marks, joiners, BOM: \p{Cf}) belong to the word they touch and never make a token
// of their own; normalisation then drops them, so "أرد\u200Fوغان" matches أردوغان.
// Two apostrophes are one double quote, as some Algerian papers write it (''التوحيد والجهاد''): one token, normalised
// to '"', so a quoted name is read as with «» or "".
// Two dots are a pause inside a sentence, as Egyptian and Gulf papers write one ("وطالبت الجبهة.. الرئيس"): one
// token, read as a comma. Three or more are an ellipsis: one token, read as a full stop.
// "د." is the doctor's title abbreviated ("أشاد د. مرسي"): one token, read as "الدكتور", never a full stop.
// A decimal or grouped number ("1.3 مليار"، "1,500") is one token: its dot is no full stop and its comma no pause.
const TOKEN_RE =
  /\p{N}+(?:[.,٫]\p{N}+)+|د\.(?![.\p{L}\p{N}])|[\p{L}\p{M}\p{N}\p{Cf}_\u0640]+|''|\.{2,}|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;

/** The normalised form of a raw token. */
function normalForm(raw: string): string {
  if (raw === "''") return '"';
  if (raw === "..") return "،";
  if (raw.startsWith("..")) return ".";
  if (raw === "د.") return "الدكتور";
  return normalizeArabic(raw);
}

/** Tokenises `text`, whose first character is at body offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const n = normalForm(raw);
    if (!n) continue;
    const start = base + (m.index ?? 0);
    // A slash right after a word and before a space marks a title, as Yemeni papers write it ("الأخ/ الرئيس"،
    // "الدكتور/ عبداللطيف الزياني"): no token, so the title and the name stay one phrase.
    const prev = out[out.length - 1];
    const after = text[(m.index ?? 0) + raw.length] ?? "";
    if (raw === "/" && prev && !prev.punct && prev.end === start && /\s/.test(after)) continue;
    out.push({ raw, n, start, end: start + raw.length, punct: !/[\p{L}\p{N}]/u.test(n) });
  }
  return out;
}

/** Splits a phrase into normalised token strings the way tokenize() would. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.n);
}

/**
 * Whether a token is an adjective: by the tagger's tag, or by its shape (a definite nisba: "الجوية"، "السياسي") where
 * the text was not tagged. `definite` asks for a definite one only.
 */
export function isAdjective(t: Token | undefined, definite = false): boolean {
  if (!t || t.punct) return false;
  if (t.pos) return definite ? /^DTJJ/.test(t.pos) : /^(DT)?JJ/.test(t.pos);
  return /^ال\S+(ي|يه|يا)$/.test(t.n);
}
