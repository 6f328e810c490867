import { describe, expect, it } from "vitest";
import {
  dateOf,
  dayOf,
  emptyState,
  exportQuery,
  formatState,
  inRange,
  parseState,
  segments,
} from "../../../src/web/state.js";

describe("view state in the URL", () => {
  it("round-trips every setting", () => {
    const s = {
      ...emptyState(),
      actor: "person:peskov",
      depth: 2,
      types: ["MET" as const, "CONDEMNED" as const],
      from: "2023-10-01",
      to: "2023-10-31",
      includeNegated: true,
      includeUnasserted: true,
      labels: "ar" as const,
      color: "community" as const,
      size: "betweenness" as const,
      expanded: ["org:hamas"],
    };
    expect(parseState(formatState(s))).toEqual(s);
  });

  it("leaves defaults out and falls back on nonsense", () => {
    expect(formatState(emptyState())).toBe("");
    const s = parseState("?depth=9&types=met,HUGGED&from=yesterday&labels=fr&size=huge&path=a");
    expect(s).toEqual({ ...emptyState(), types: ["MET"] });
  });

  it("gives exports the drawn neighbourhood and filters", () => {
    const s = { ...emptyState(), actor: "org:hamas", types: ["SUPPORTED" as const], to: "2024-01-01" };
    expect(exportQuery(s)).toBe("?actor=org%3Ahamas&depth=1&types=SUPPORTED&to=2024-01-01");
    expect(exportQuery(emptyState())).toBe("");
  });
});

describe("evidence highlighting", () => {
  it("marks trigger, subject and object by offsets relative to the sentence start", () => {
    const text = "وأدانت إسرائيل حركة حماس.";
    const base = 100;
    const at = (word: string) => ({ start: base + text.indexOf(word), end: base + text.indexOf(word) + word.length });
    const out = segments({
      text,
      base,
      spans: [
        { span: at("حماس"), mark: "object" },
        { span: at("وأدانت"), mark: "trigger" },
        { span: at("إسرائيل"), mark: "subject" },
      ],
    });
    expect(out.map((s) => s.text).join("")).toBe(text);
    expect(out.filter((s) => s.mark).map((s) => [s.mark, s.text])).toEqual([
      ["trigger", "وأدانت"],
      ["subject", "إسرائيل"],
      ["object", "حماس"],
    ]);
  });

  it("ignores spans outside the sentence or overlapping an earlier one", () => {
    const out = segments({
      text: "abcdef",
      base: 10,
      spans: [
        { span: { start: 11, end: 14 }, mark: "trigger" },
        { span: { start: 12, end: 13 }, mark: "subject" },
        { span: { start: 2, end: 5 }, mark: "object" },
        { span: null, mark: "object" },
      ],
    });
    expect(out).toEqual([
      { text: "a", mark: null },
      { text: "bcd", mark: "trigger" },
      { text: "ef", mark: null },
    ]);
  });
});

describe("dates", () => {
  it("converts days and filters edges by range", () => {
    expect(dateOf(dayOf("2023-10-26"))).toBe("2023-10-26");
    const edge = { firstDate: "2023-10-20", lastDate: "2023-10-27" };
    expect(inRange({ ...edge, from: "2023-10-27", to: null })).toBe(true);
    expect(inRange({ ...edge, from: "2023-10-28", to: null })).toBe(false);
    expect(inRange({ ...edge, from: null, to: "2023-10-19" })).toBe(false);
    expect(inRange({ firstDate: null, lastDate: null, from: null, to: null })).toBe(true);
    expect(inRange({ firstDate: null, lastDate: null, from: "2023-01-01", to: null })).toBe(false);
  });
});
