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
  const known = normalizedCache.get(s);
  if (known !== undefined) return known;
  const out = normalizeWithMap(s.normalize("NFC")).text.replace(/\s+/g, " ").trim();
  remember(normalizedCache, s, out);
  return out;
}

// Words repeat across a corpus: normalising and stripping each distinct word once is most of extraction's speed.
// Bounded so a long-running loader does not grow without limit; results are immutable, so sharing them is safe.
const CACHE_LIMIT = 200_000;
const normalizedCache = new Map<string, string>();
const readingsCache = new Map<string, readonly StrippedForm[]>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
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
export function procliticReadings(token: string): readonly StrippedForm[] {
  const known = readingsCache.get(token);
  if (known) return known;
  const out = computeReadings(token);
  remember(readingsCache, token, out);
  return out;
}

function computeReadings(token: string): StrippedForm[] {
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

/** A word as written, without harakat and tatweel but with its hamza: what a lexicon's `writtenForms` match. */
export function asWritten(s: string): string {
  return s.normalize("NFC").replace(/[\u064B-\u0652\u0670\u0640]/g, "");
}
