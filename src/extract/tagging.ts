/**
 * The bridge between our tokens and a part-of-speech tagger trained on the Arabic Treebank (Stanford's Arabic
 * tagger). ATB text has its conjunction and preposition clitics split off ("والرئيس" → "و" "الرئيس"); the tagger is
 * far less sure of unsplit words, so we split the clear cases and map the tags back onto our tokens. Pure.
 */
import type { Token } from "./tokens.js";

/** A conjunction, a preposition, then the article: "وبالرئيس" → و ب الرئيس, "للرئيس" → ل الرئيس. */
const PREFIXED_ARTICLE = /^(و|ف)?(?:(ب|ك|ل)(?=ال)|(ل)(?=ل[^ل]))?(ال|ل)(.{2,})$/u;

/** The pieces of one raw token: clitics first, the word (the piece whose tag describes the token) last. */
export function splitClitics(raw: string): string[] {
  const m = PREFIXED_ARTICLE.exec(raw);
  if (!m) return [raw];
  const [, conj, prep, lam, article, rest] = m;
  const p = prep ?? lam;
  if (!conj && !p) return [raw];
  // "لل" is ل + ال with the alef dropped: the word keeps its article.
  const word = lam ? `ال${rest ?? ""}` : `${article ?? ""}${rest ?? ""}`;
  if (!lam && article !== "ال") return [raw];
  return [...(conj ? [conj] : []), ...(p ? [p] : []), word];
}

// The Arabic Treebank as Stanford's tagger saw it: hamza-less alef, no harakat or tatweel, Latin punctuation.
// Unnormalised words look unknown to it ("إلى" comes back a verb, "الى" a preposition).
const ATB_CHARS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", "،": ",", "؛": ";", "؟": "?" };

/** A word as the tagger's training data spelt it. */
export function atbForm(word: string): string {
  const w = word.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/[أإآٱ،؛؟]/g, (c) => ATB_CHARS[c] ?? c);
  return w || word;
}

// Each distinct word is split once per process (the same words recur in every article).
const piecesCache = new Map<string, string[]>();

/** The words of one sentence to send to the tagger, and for each token the index of its word piece. */
export function taggingPieces(tokens: readonly Token[]): { words: string[]; head: number[] } {
  const words: string[] = [];
  const head: number[] = [];
  for (const t of tokens) {
    let pieces = piecesCache.get(t.raw);
    if (!pieces) {
      if (piecesCache.size > 100_000) piecesCache.clear();
      pieces = splitClitics(atbForm(t.raw));
      piecesCache.set(t.raw, pieces);
    }
    words.push(...pieces);
    head.push(words.length - 1);
  }
  return { words, head };
}

/** Our tokens with the tag of each one's word piece; tags of another length (a tagger that retokenised) are ignored. */
export function withTags(tokens: readonly Token[], tags: readonly string[]): Token[] {
  const { words, head } = taggingPieces(tokens);
  if (tags.length !== words.length) return [...tokens];
  return tokens.map((t, i) => {
    const pos = tags[head[i] ?? -1];
    return pos ? { ...t, pos } : t;
  });
}
