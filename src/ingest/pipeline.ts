/**
 * The extraction side of ingestion: reads the dictionary and trigger lexicon once and returns the functions the
 * loader (files) and the ingestArticle mutation (text) call. Extraction itself is pure (src/extract).
 */
import { stringify } from "yaml";
import { extractArticles } from "../extract/index.js";
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

export interface Extractor {
  /** Extracts one file's bytes (any supported encoding); the file name gives the article id. */
  file: (input: { fileName: string; bytes: Uint8Array }) => ArticleExtraction[];
  /** Extracts a text with optional metadata. */
  text: (input: TextInput) => ArticleExtraction[];
}

/** Builds the extractor with the project's data/ files (read and validated once). */
export function createExtractor(): Extractor {
  const { dictionary, triggers } = readExtractionData();
  return {
    file: ({ fileName, bytes }) => extractArticles({ fileName, bytes, dictionary, triggers }),
    text: (input) => {
      const meta = Object.fromEntries(
        Object.entries({ title: input.title, date: input.publishedAt, source: input.source, url: input.url }).filter(
          ([, v]) => v !== undefined && v !== "",
        ),
      );
      // Metadata travels as YAML front matter, the same way it does in files, so it is parsed in one place.
      const text = Object.keys(meta).length ? `---\n${stringify(meta)}---\n${input.text}` : input.text;
      return extractArticles(
        input.id === undefined ? { text, dictionary, triggers } : { fileName: input.id, text, dictionary, triggers },
      );
    },
  };
}
