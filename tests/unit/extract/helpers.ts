// Shared helpers for the extractor tests: the project's real data, and a one-call extraction of a text.
import { extractArticles } from "../../../src/extract/index.js";
import type { ArticleExtraction, Relation } from "../../../src/extract/types.js";
import { readExtractionData } from "../../../src/ingest/read-data.js";

export const data = readExtractionData();

/** Extracts a text (with an optional publication date) using the project's data. */
export function extract(text: string, date?: string): ArticleExtraction {
  const full = date ? `---\ndate: ${date}\n---\n${text}` : text;
  const [first] = extractArticles({ fileName: "t.txt", text: full, ...data });
  if (!first) throw new Error("no article");
  return first;
}

/** "subject PREDICATE object" lines of the relations, with flags when not a plain assertion. */
export function triples(text: string, date?: string): string[] {
  return extract(text, date).relations.map(show);
}

/** One relation as "subject PREDICATE object [neg] [modality]". */
export function show(r: Relation): string {
  // Any actor found outside the dictionary (a person or a body) shows by its Arabic name.
  const who = (a: Relation["subject"]): string => (a.discovered ? `person:${a.nameAr}` : a.id);
  const flags = [r.negated ? "neg" : "", r.modality === "asserted" ? "" : r.modality].filter(Boolean).join(" ");
  return `${who(r.subject)} ${r.type} ${who(r.object)}${flags ? ` ${flags}` : ""}`;
}
