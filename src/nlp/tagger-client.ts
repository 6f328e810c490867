/**
 * The HTTP client of the Arabic tagger. It speaks the stock StanfordCoreNLPServer protocol (the subset that
 * nlp-local/NlpServer.java implements too): our own words separated by spaces, one sentence per line, whitespace
 * tokenisation, the Arabic POS model, JSON out. Offsets are not needed: the words are ours.
 */
import { ARABIC_TAGGER_MODEL } from "./local-tagger.js";

/** The CoreNLP properties of every request. */
export const TAGGING_PROPERTIES = {
  annotators: "tokenize,ssplit,pos",
  "tokenize.whitespace": "true",
  "ssplit.eolonly": "true",
  "pos.model": ARABIC_TAGGER_MODEL,
  outputFormat: "json",
} as const;

/** Sentences and characters per request: a request stays well under a second and a few hundred kilobytes. */
export const DEFAULT_BATCH = { sentences: 300, chars: 200_000 };

/** One request: which input sentences it carries, and its body. */
export interface TagBatch {
  sentences: number[];
  body: string;
}

/** The request URL for a server base URL (any path on it is kept: a server behind a proxy prefix). */
export function requestUrl(base: string): string {
  const url = new URL(base);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = `properties=${encodeURIComponent(JSON.stringify(TAGGING_PROPERTIES))}`;
  return url.toString();
}

/**
 * A word as the server must see it: one whitespace-free token. Ours never contain whitespace, but a word that did
 * would be split by the server and shift every tag after it, so any whitespace becomes "_" (and an empty word "_").
 */
export function wireWord(word: string): string {
  let out = "";
  for (const ch of word) out += isSpace(ch) ? "_" : ch;
  return out === "" ? "_" : out;
}

/** Whitespace to JavaScript or to Java (which also splits on the information separators U+001C–U+001F). */
function isSpace(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return /\s/u.test(ch) || (code >= 0x1c && code <= 0x1f) || code === 0x85 || code === 0x200b;
}

/**
 * Groups the non-empty sentences into requests of at most `limits.sentences` sentences and about `limits.chars`
 * characters (a longer single sentence goes alone). Empty sentences are not sent: the server would skip their line.
 */
export function batchSentences(words: readonly (readonly string[])[], limits = DEFAULT_BATCH): TagBatch[] {
  const batches: TagBatch[] = [];
  let current: { sentences: number[]; lines: string[]; chars: number } = { sentences: [], lines: [], chars: 0 };
  const flush = () => {
    if (current.sentences.length === 0) return;
    batches.push({ sentences: current.sentences, body: current.lines.join("\n") });
    current = { sentences: [], lines: [], chars: 0 };
  };
  words.forEach((sentence, i) => {
    if (sentence.length === 0) return;
    const line = sentence.map(wireWord).join(" ");
    if (current.sentences.length >= limits.sentences || current.chars + line.length + 1 > limits.chars) flush();
    current.sentences.push(i);
    current.lines.push(line);
    current.chars += line.length + 1;
  });
  flush();
  return batches;
}

interface CoreNlpJson {
  sentences?: { tokens?: { pos?: unknown }[] }[];
}

/**
 * The tags of a CoreNLP JSON answer to one batch, checked against what was sent: as many sentences, as many tokens
 * in each, a tag for every token. A mismatch means the server did not tokenise the way we asked, and is an error.
 */
export function parseTagResponse(params: {
  json: unknown;
  sent: readonly (readonly string[])[];
  server: string;
}): string[][] {
  const { json, sent, server } = params;
  const sentences = (json as CoreNlpJson | null)?.sentences;
  if (!Array.isArray(sentences)) throw new Error(`tagger at ${server} answered without a "sentences" array`);
  if (sentences.length !== sent.length) {
    throw new Error(
      `tagger at ${server} answered ${sentences.length} sentence(s) for ${sent.length}: it must split on line ends ` +
        `only (ssplit.eolonly)`,
    );
  }
  return sentences.map((s, i) => {
    const tokens = Array.isArray(s.tokens) ? s.tokens : [];
    const expected = sent[i]?.length ?? 0;
    if (tokens.length !== expected) {
      throw new Error(
        `tagger at ${server} answered ${tokens.length} token(s) for sentence ${i + 1} of ${expected} words: it must ` +
          `tokenise on whitespace only (tokenize.whitespace)`,
      );
    }
    return tokens.map((t, k) => {
      if (typeof t.pos !== "string" || t.pos === "") {
        throw new Error(`tagger at ${server} gave no tag for word ${k + 1} of sentence ${i + 1}`);
      }
      return t.pos;
    });
  });
}

export interface TaggerClientOptions {
  /** Base URL of a CoreNLP server. */
  url: string;
  batch?: { sentences: number; chars: number };
  /** Requests in flight at once (the local server tags on every core). */
  concurrency?: number;
  /** Per request; a batch takes well under a second on a warm server. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Tags sentences of words: one tag per word, in the shape of the input. */
export type TagSentences = (words: string[][]) => Promise<string[][]>;

/** A client of one CoreNLP server. */
export function createTaggerClient(options: TaggerClientOptions): TagSentences {
  const endpoint = requestUrl(options.url);
  const doFetch = options.fetch ?? fetch;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const timeoutMs = options.timeoutMs ?? 120_000;

  const post = async (body: string): Promise<unknown> => {
    let response: Response | undefined;
    for (let attempt = 0; response === undefined; attempt++) {
      try {
        response = await doFetch(endpoint, {
          method: "POST",
          headers: { "content-type": "text/plain; charset=utf-8" },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        // A connection error (refused, reset: a server restarting, a stale keep-alive socket) is tried once more.
        if (attempt === 0 && isConnectionError(e)) continue;
        throw new Error(`tagger at ${options.url} could not be reached: ${describeError(e)}`);
      }
    }
    if (!response.ok) {
      const text = (await response.text().catch(() => "")).trim().slice(0, 500);
      throw new Error(`tagger at ${options.url} answered HTTP ${response.status}${text ? `: ${text}` : ""}`);
    }
    try {
      return await response.json();
    } catch (e) {
      throw new Error(`tagger at ${options.url} answered with invalid JSON: ${describeError(e)}`);
    }
  };

  return async (words) => {
    const out: string[][] = words.map(() => []);
    const batches = batchSentences(words, options.batch ?? DEFAULT_BATCH);
    let next = 0;
    const worker = async () => {
      for (let b = batches[next++]; b; b = batches[next++]) {
        const sent = b.sentences.map((i) => words[i] ?? []);
        const tags = parseTagResponse({ json: await post(b.body), sent, server: options.url });
        b.sentences.forEach((i, k) => (out[i] = tags[k] ?? []));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
    return out;
  };
}

/** True for errors of the connection itself (as opposed to an answer, a timeout or a bad URL). */
export function isConnectionError(e: unknown): boolean {
  const codes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && codes.has(code)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

function describeError(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    if (cur instanceof Error) parts.push(cur.message);
    else parts.push(String(cur));
    cur = (cur as { cause?: unknown }).cause;
  }
  return parts.join(": ");
}
