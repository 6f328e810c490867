/**
 * Our own fixture articles (tests/fixtures/<case>.txt with <case>.expected.json): the case names, their text, what
 * they expect, and one comparable key per relation. Shared by every test that runs the fixtures through extraction.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Actor, Relation } from "../../src/extract/types.js";

/** The folder of the fixtures. */
export const FIXTURES_DIR = join(import.meta.dirname, "../fixtures");

/** The expected relations of one fixture. */
export interface ExpectedRelations {
  relations: { subject: string; predicate: string; object: string; negated: boolean; modality: string }[];
}

/** The fixture case names, sorted. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort();
}

/** A fixture's bytes and its expected relations. */
export function readFixture(name: string): { bytes: Uint8Array; expected: ExpectedRelations } {
  return {
    bytes: new Uint8Array(readFileSync(join(FIXTURES_DIR, `${name}.txt`))),
    expected: JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), "utf8")) as ExpectedRelations,
  };
}

const actorKey = (a: Actor): string => (a.discovered ? `person:${a.nameAr}` : a.id);

/** "subject TYPE object negated=… modality" of an extracted relation (discovered people by their Arabic name). */
export function relationKey(r: Relation): string {
  return `${actorKey(r.subject)} ${r.type} ${actorKey(r.object)} negated=${r.negated} ${r.modality}`;
}

/** The same key of an expected relation. */
export function expectedKey(e: ExpectedRelations["relations"][number]): string {
  return `${e.subject} ${e.predicate} ${e.object} negated=${e.negated} ${e.modality}`;
}
