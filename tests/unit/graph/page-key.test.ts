import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../src/extract/types.js";
import { CYPHER_DIR } from "../../../src/graph/cypher-registry.js";
import { eventPageKey } from "../../../src/graph/write-articles.js";

/** The order the API lists an actor's events in: date descending with undated first, then id ascending. */
function apiOrder(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return -1;
    if (b.date === null) return 1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

describe("eventPageKey", () => {
  it("sorts ascending exactly as the API lists events (newest first, undated first, then id)", () => {
    const events = [
      { id: "b", date: "2023-10-26" },
      { id: "a", date: "2023-10-26" },
      { id: "c", date: "2024-01-09" },
      { id: "d", date: null },
      { id: "e", date: "1999-12-31" },
      { id: "a2", date: null },
      { id: "f", date: "2023-09-30" },
    ];
    const byKey = [...events].sort((x, y) => (eventPageKey(x) < eventPageKey(y) ? -1 : 1)).map((e) => e.id);
    expect(byKey).toEqual([...events].sort(apiOrder).map((e) => e.id));
    expect(byKey).toEqual(["a2", "d", "c", "a", "b", "f", "e"]);
  });
});

describe("typed derived-edge patterns in cypher/", () => {
  it("list exactly the relation types of the model, wherever they are spelled out", () => {
    const union = /\[\w*:((?:[A-Z]+\|)+[A-Z]+)(?:\*\.\.\d+)?\]/g;
    let seen = 0;
    for (const file of fs.readdirSync(CYPHER_DIR).filter((f) => f.endsWith(".cypher"))) {
      for (const m of fs.readFileSync(`${CYPHER_DIR}/${file}`, "utf8").matchAll(union)) {
        if (!m[1]?.includes("MET")) continue;
        seen++;
        expect({ file, types: m[1].split("|").sort() }).toEqual({ file, types: [...RELATION_TYPES].sort() });
      }
    }
    expect(seen).toBeGreaterThanOrEqual(8);
  });
});
