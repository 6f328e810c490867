import { describe, expect, it } from "vitest";
import {
  bulkStatements,
  derivedEdgeIncrements,
  eventCreateRows,
  edgeSlot,
  eventSortKey,
  neighborIncrements,
  neighborPairs,
} from "../../../src/graph/write-bulk.js";

const ev = (id: string, s: string, o: string, extra: Record<string, unknown> = {}) => ({
  id,
  subjectId: s,
  objectId: o,
  type: "MET",
  date: "2024-01-01",
  negated: false,
  modality: "asserted",
  ...extra,
});

describe("eventSortKey", () => {
  it("sorts like ORDER BY e.date, e.id: by date (a shorter date before its refinements), then id, undated last", () => {
    const events = [
      { id: "b", date: "2024-01-02" },
      { id: "z", date: null },
      { id: "a", date: "2024-01-02" },
      { id: "c", date: "2024" },
      { id: "d", date: "2024-01" },
      { id: "a", date: null },
      { id: "e", date: "2023-12-31" },
    ];
    const byKey = [...events].sort((x, y) => (eventSortKey(x) < eventSortKey(y) ? -1 : 1));
    expect(byKey.map((e) => `${e.date ?? "-"}/${e.id}`)).toEqual([
      "2023-12-31/e",
      "2024/c",
      "2024-01/d",
      "2024-01-02/a",
      "2024-01-02/b",
      "-/a",
      "-/z",
    ]);
  });
});

describe("eventCreateRows", () => {
  it("computes each event's support from its evidence: distinct articles, mentions, best confidence", () => {
    const rows = eventCreateRows({
      articles: [],
      events: [ev("e1", "A", "B"), ev("e2", "A", "B")],
      mentions: [
        { id: "m1", eventId: "e1", articleId: "x", props: { confidence: 0.5 } },
        { id: "m2", eventId: "e1", articleId: "x", props: { confidence: 0.9 } },
        { id: "m3", eventId: "e1", articleId: "y", props: { confidence: 0.7 } },
      ],
    });
    expect(rows[0]).toMatchObject({ id: "e1", sourceCount: 2, mentionCount: 3, confidence: 0.9 });
    expect(rows[1]).toMatchObject({ id: "e2", sourceCount: null, mentionCount: null, confidence: null });
  });
});

describe("derivedEdgeIncrements", () => {
  it("groups positive events by (subject, object, type), sorted by key, with their combined figures", () => {
    const rows = derivedEdgeIncrements([
      ev("e2", "A", "B", { date: "2024-02-01", confidence: 0.4, sourceCount: 1 }),
      ev("e1", "A", "B", { date: "2024-01-01", confidence: 0.8, sourceCount: 2 }),
      ev("e3", "A", "B", { date: null, sourceCount: 1 }),
      ev("e4", "B", "A", { date: "2024-03-01", sourceCount: 1 }),
      ev("e5", "A", "B", { negated: true }),
      ev("e6", "A", "B", { modality: "expected" }),
      ev("e7", "A", "B", { type: "CONDEMNED", modality: "reported", sourceCount: 1 }),
    ]);
    expect(rows).toEqual([
      {
        id: "MET:A->B",
        subjectId: "A",
        objectId: "B",
        type: "MET",
        ids: ["e1", "e2", "e3"],
        keys: ["2024-01-01 e1", "2024-02-01 e2", "~ e3"],
        firstDate: "2024-01-01",
        lastDate: "2024-02-01",
        confidence: 0.8,
        sourceCount: 4,
      },
      expect.objectContaining({ id: "MET:B->A", ids: ["e4"], firstDate: "2024-03-01", lastDate: "2024-03-01" }),
      expect.objectContaining({ id: "CONDEMNED:A->B", ids: ["e7"], confidence: null, sourceCount: 1 }),
    ]);
  });
});

describe("neighborIncrements and neighborPairs", () => {
  it("summarise each pair's derived edges by slot (type, then direction from the smaller id), ascending", () => {
    const [row] = neighborIncrements([
      ev("1", "B", "A", { date: "2024-03-01", confidence: 0.6, sourceCount: 2 }),
      ev("2", "B", "A", { date: null, confidence: 0.9, sourceCount: 1 }),
      ev("3", "A", "B", { type: "ATTACKED", date: "2023-01-05", sourceCount: 1 }),
      ev("4", "A", "B", { date: "2022-02-02", confidence: 0.7 }),
    ]);
    expect(edgeSlot({ type: "MET", subjectId: "A", objectId: "B" })).toBe(0);
    expect(edgeSlot({ type: "MET", subjectId: "B", objectId: "A" })).toBe(1);
    expect(edgeSlot({ type: "ATTACKED", subjectId: "A", objectId: "B" })).toBe(22);
    expect(row).toEqual({
      aId: "A",
      bId: "B",
      weight: 4,
      meetings: 3,
      slots: [0, 1, 22],
      counts: [1, 2, 1],
      // Sentinels for "none": no confidence -1, no date '~' (first) and '' (last).
      firstDates: ["2022-02-02", "2024-03-01", "2023-01-05"],
      lastDates: ["2022-02-02", "2024-03-01", "2023-01-05"],
      confidences: [0.7, 0.9, -1],
      sourceCounts: [0, 3, 1],
    });
    const [undated] = neighborIncrements([ev("5", "A", "B", { date: null })]);
    expect(undated).toMatchObject({ firstDates: ["~"], lastDates: [""] });
  });

  it("count positive events and meetings per unordered pair, without self pairs", () => {
    expect(
      neighborIncrements([
        ev("1", "B", "A"),
        ev("2", "A", "B", { type: "ATTACKED" }),
        ev("3", "A", "B", { negated: true }),
        ev("4", "A", "A"),
        ev("5", "C", "A"),
      ]),
    ).toMatchObject([
      { aId: "A", bId: "B", weight: 2, meetings: 1 },
      { aId: "A", bId: "C", weight: 1, meetings: 1 },
    ]);
    expect(
      neighborPairs([
        { subjectId: "B", objectId: "A" },
        { subjectId: "A", objectId: "B" },
        { subjectId: "A", objectId: "A" },
      ]),
    ).toEqual([{ subjectId: "A", objectId: "B" }]);
  });
});

describe("bulkStatements", () => {
  it("writes the ranking and the derived edges before the batch's events, each from the batch's own rows", () => {
    const statements = bulkStatements({
      articles: [{ id: "a1" }],
      events: [ev("e1", "A", "B"), ev("e2", "B", "C", { negated: true })],
      mentions: [{ id: "m1", eventId: "e1", articleId: "a1", props: { confidence: 0.8 } }],
    });
    expect(statements.map(([name]) => name)).toEqual([
      "add-neighbor-weights",
      "extend-derived-relations",
      "create-articles-events",
    ]);
    const [ranking, derived, create] = statements.map(([, params]) => params);
    expect(ranking?.rows).toMatchObject([{ aId: "A", bId: "B", weight: 1, meetings: 1 }]);
    expect(derived?.rows).toMatchObject([{ subjectId: "A", objectId: "B", type: "MET", ids: ["e1"] }]);
    expect(create?.events).toMatchObject([
      { id: "e1", mentionCount: 1, evidence: [{ id: "m1", articleIndex: 0 }] },
      { id: "e2", mentionCount: null, evidence: [] },
    ]);
  });
});
