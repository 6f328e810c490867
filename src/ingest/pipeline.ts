/**
 * The extraction side of ingestion: reads the dictionary and trigger lexicon once and returns the functions the
 * loader (files) and the ingestArticle mutation (text) call. Extraction itself is pure (src/extract); the tagger's
 * I/O comes in as a function (the composition root passes src/nlp's client), so this layer does not depend on it.
 */
import { stringify } from "yaml";
import {
  extractPrepared,
  prepareArticles,
  taggingRequest,
  type Dictionary,
  type TriggerLexicon,
} from "../extract/index.js";
import type { ArticleExtraction } from "../extract/types.js";
import { readExtractionData } from "./read-data.js";

/** Metadata a caller may give with a text (the API's ingestArticle input). */
export interface TextInput {
  /** Stable id; when absent the id is derived from the content, so re-sending the same text is idempotent. */
  id?: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Part-of-speech tags for sentences of words, one per word, same shape (src/nlp's tagger client). */
export type TagSentences = (words: string[][]) => Promise<string[][]>;

export interface Extractor {
  /** Extracts one file's bytes (any supported encoding); the file name gives the article id. */
  file: (input: { fileName: string; bytes: Uint8Array }) => Promise<ArticleExtraction[]>;
  /** Extracts a text with optional metadata. */
  text: (input: TextInput) => Promise<ArticleExtraction[]>;
}

/** What to extract: a file's bytes or a text, with the name that gives the article id. */
type Source = { fileName?: string } & ({ bytes: Uint8Array; text?: undefined } | { text: string; bytes?: undefined });

/**
 * Builds the extractor with the project's data/ files (read and validated once): prepare → tag → extract. Without
 * `tag`, rules and dictionary only (the caller says so to the user: see src/nlp/resolve-nlp.ts resolveTagger).
 */
export function createExtractor(
  options: {
    tag?: TagSentences | null;
    /** The data/ files when the caller has already read them. */
    data?: { dictionary: Dictionary; triggers: TriggerLexicon };
  } = {},
): Extractor {
  const { dictionary, triggers } = options.data ?? readExtractionData();
  const tag = options.tag ?? null;
  const extract = async (source: Source): Promise<ArticleExtraction[]> => {
    const prepared = prepareArticles({ ...source, dictionary, triggers });
    if (!tag) return extractPrepared({ prepared, dictionary, triggers });
    const tags = await tag(taggingRequest(prepared));
    return extractPrepared({ prepared, dictionary, triggers, tags });
  };
  return {
    file: ({ fileName, bytes }) => extract({ fileName, bytes }),
    text: (input) => {
      const meta = Object.fromEntries(
        Object.entries({ title: input.title, date: input.publishedAt, source: input.source, url: input.url }).filter(
          ([, v]) => v !== undefined && v !== "",
        ),
      );
      // Metadata travels as YAML front matter, the same way it does in files, so it is parsed in one place.
      const text = Object.keys(meta).length ? `---\n${stringify(meta)}---\n${input.text}` : input.text;
      return extract(input.id === undefined ? { text } : { fileName: input.id, text });
    },
  };
}
