/**
 * Finds the Arabic tagger, in this order: NLP_URL (a CoreNLP server: docker compose, a shared one) → a local one from
 * Maven Central jars (src/nlp/local-tagger.ts). This module is the only place that decides; src/nlp is the only code
 * that talks to the tagger.
 */
import type { NlpConfig } from "../config.js";
import { canRunLocalTagger, startLocalTagger } from "./local-tagger.js";
import { createTaggerClient, type TagSentences } from "./tagger-client.js";

export type NlpMode = "url" | "local";

export interface ResolvedNlp {
  mode: NlpMode;
  /** Base URL of the server. */
  url: string;
  /** Tags sentences of words (one tag per word, same shape). */
  tagSentences: TagSentences;
  /** Stops what we started (the local JVM); a no-op for an external server. */
  stop(): Promise<void>;
}

export class NlpUnavailableError extends Error {
  constructor(details: string[]) {
    super(
      [
        "No Arabic tagger is available. Get one in either of these two ways:",
        "  1. set NLP_URL to a running CoreNLP server, e.g. `docker compose up corenlp` then NLP_URL=http://localhost:9000;",
        "  2. install Java 17 and Maven, and CoreNLP's Arabic tagger is fetched from Maven Central and run locally.",
        "Or extract without it (rules and dictionary only): NLP_DISABLED=true, or `npm run extract -- --no-tagger`.",
        "What was tried:",
        ...details.map((d) => `  - ${d}`),
      ].join("\n"),
    );
    this.name = "NlpUnavailableError";
  }
}

/** A one-sentence request that every server of the protocol answers: proves NLP_URL is a CoreNLP server. */
const PROBE = [["تجربة"]];

/** Resolves (and if needed starts) the tagger. */
export async function resolveNlp(options: { config: NlpConfig; log?: (m: string) => void }): Promise<ResolvedNlp> {
  const { config } = options;
  const log = options.log ?? (() => {});
  if (config.url) {
    const tagSentences = createTaggerClient({ url: config.url });
    try {
      await tagSentences(PROBE);
    } catch (e) {
      throw new NlpUnavailableError([`NLP_URL=${config.url}: ${e instanceof Error ? e.message : String(e)}`]);
    }
    log(`Using the Arabic tagger at ${config.url} (NLP_URL)`);
    return { mode: "url", url: config.url, tagSentences, stop: async () => {} };
  }
  const tried = ["NLP_URL is not set"];
  const local = canRunLocalTagger(config.cacheDir);
  if (!local.ok) {
    tried.push(`local tagger: ${local.reason}`);
    throw new NlpUnavailableError(tried);
  }
  const started = Date.now();
  const server = await startLocalTagger({ cacheDir: config.cacheDir, log });
  log(`Local Arabic tagger ready at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { mode: "local", url: server.url, tagSentences: createTaggerClient({ url: server.url }), stop: server.stop };
}

/**
 * The tagger of a process, or null when tagging is switched off (NLP_DISABLED, or `off` naming another switch such as
 * --no-tagger); switching it off always says so, in one warning line.
 */
export async function resolveTagger(options: {
  config: NlpConfig;
  /** Another reason to run without the tagger (a command-line flag), named in the warning. */
  off?: string;
  log?: (m: string) => void;
  warn: (m: string) => void;
}): Promise<ResolvedNlp | null> {
  const off = options.off ?? (options.config.disabled ? "NLP_DISABLED" : undefined);
  if (off) {
    options.warn(`Arabic tagger off (${off}): extraction uses the rules and the dictionary only`);
    return null;
  }
  return resolveNlp({ config: options.config, ...(options.log ? { log: options.log } : {}) });
}
