/**
 * Recorded tagger answers for our own fixture texts (tests/fixtures/<case>.tags.json, written by `npm run
 * record-tags`), so that unit tests of extraction can run the tagged path without a JVM.
 */
import fs from "node:fs";
import path from "node:path";
import type { RecordedTags } from "../../../src/cli/record-tags.js";

const FIXTURES = path.join(import.meta.dirname, "../../fixtures");

/**
 * The recorded tags of a fixture for the given tagging request; throws when there are none, or when they were
 * recorded for other words (tokenisation or clitic splitting changed since: rerun `npm run record-tags`).
 */
export function recordedTags(params: { caseName: string; request: string[][] }): string[][] {
  const file = path.join(FIXTURES, `${params.caseName}.tags.json`);
  if (!fs.existsSync(file)) throw new Error(`no recorded tags for ${params.caseName}: run npm run record-tags`);
  const recorded = JSON.parse(fs.readFileSync(file, "utf8")) as RecordedTags;
  const stale = (why: string) =>
    new Error(`recorded tags of ${params.caseName} are stale (${why}): run npm run record-tags`);
  if (recorded.sentences.length !== params.request.length) {
    throw stale(`${recorded.sentences.length} sentences recorded, ${params.request.length} requested`);
  }
  return params.request.map((words, i) => {
    const entry = recorded.sentences[i];
    if (entry?.words !== words.join(" ")) throw stale(`sentence ${i + 1} has other words`);
    const tags = entry.tags === "" ? [] : entry.tags.split(" ");
    if (tags.length !== words.length)
      throw stale(`sentence ${i + 1} has ${tags.length} tags for ${words.length} words`);
    return tags;
  });
}
