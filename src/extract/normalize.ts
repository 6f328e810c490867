/**
 * Arabic normalisation for matching only. The original text is never changed: every normalised string comes with a
 * map from each normalised code unit back to its offset in the original, so spans found on the normalised form can be
 * highlighted in the original.
 */

/** Normalised text plus, for every code unit of it, the offset of the original code unit it came from. */
export interface NormalizedText {
  text: string;
  map: number[];
}

// Harakat, superscript alef, Quranic marks and tatweel carry no identity for names: they are dropped. So are the
// invisible direction and joining controls (LRM/RLM, ALM, embeddings, overrides, isolates, BOM) that scraped and
// word-processed Arabic text carries inside and around words.
const DROP =
  /^(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|\u200C|\u200D)$/;

const CHAR_MAP: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ک: "ك",
  "«": '"',
  "»": '"',
  "“": '"',
  "”": '"',
  "„": '"',
  "‘": "'",
  "’": "'",
  "٫": ".",
  "٬": ",",
};

/** Maps one character to its matching form ("" when it is dropped). */
export function normalizeChar(ch: string): string {
  if (DROP.test(ch)) return "";
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Arabic-Indic (U+0660..9) and Persian (U+06F0..9) digits become ASCII digits so dates parse the same way.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch.toLowerCase();
}

/** Normalises text for matching and keeps an offset map back to the original. */
export function normalizeWithMap(original: string): NormalizedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const out = normalizeChar(original[i] ?? "");
    for (const c of out) {
      text += c;
      map.push(i);
    }
  }
  return { text, map };
}

/** Normalises text for matching (no offset map); whitespace is collapsed. */
export function normalizeArabic(s: string): string {
  return normalizeWithMap(s.normalize("NFC")).text.replace(/\s+/g, " ").trim();
}

// Proclitics in the order they attach: conjunction (و/ف), then preposition (ب/ل/ك), then the article (ال).
const CONJ = ["و", "ف"];
const PREP = ["ب", "ل", "ك"];

/** A token form with the proclitics that were removed to get it. */
export interface StrippedForm {
  form: string;
  conj: string;
  prep: string;
  article: boolean;
}

/**
 * All readings of a normalised token with proclitics removed (the unstripped reading first). "للكرملين" yields
 * "الكرملين" (ل + ال with the alef elided), "وبالكرملين" yields "بالكرملين", "الكرملين", "كرملين".
 */
export function procliticReadings(token: string): StrippedForm[] {
  const out: StrippedForm[] = [];
  const seen = new Set<string>();
  const push = (f: StrippedForm): void => {
    if (f.form.length < 2) return;
    const key = `${f.form}|${f.conj}|${f.prep}|${f.article}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  const conjOptions: [string, string][] = [["", token]];
  for (const c of CONJ) if (token.startsWith(c) && token.length > 2) conjOptions.push([c, token.slice(1)]);
  for (const [conj, rest] of conjOptions) {
    const prepOptions: [string, string][] = [["", rest]];
    for (const p of PREP) if (rest.startsWith(p) && rest.length > 2) prepOptions.push([p, rest.slice(1)]);
    // ل + ال is written لل: "للأمم" = ل + الأمم.
    if (rest.startsWith("لل") && rest.length > 3) prepOptions.push(["ل", "ا" + rest.slice(1)]);
    for (const [prep, base] of prepOptions) {
      push({ form: base, conj, prep, article: false });
      if (base.startsWith("ال") && base.length > 3) push({ form: base.slice(2), conj, prep, article: true });
    }
  }
  return out;
}
