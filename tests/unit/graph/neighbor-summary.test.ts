import { describe, expect, it } from "vitest";
import { summaryEdges } from "../../../src/graph/neighbor-summary.js";

describe("summaryEdges", () => {
  it("turns a ranking edge's slots into the pair's derived edges, direction from the smaller id, sentinels to null", () => {
    const edges = summaryEdges({
      // Read from B's side: the slots are still relative to the smaller id, A.
      actorId: "B",
      neighborId: "A",
      edgeSlots: [0, 1, 23],
      edgeCounts: [2, 1, 5],
      edgeFirstDates: ["2024-01-01", "~", "2023-05-01"],
      edgeLastDates: ["2024-02-01", "", "2023-06-01"],
      edgeConfidences: [0.8, -1, 0.5],
      edgeSourceCounts: [3, 0, 7],
    });
    expect(edges).toEqual([
      {
        id: "MET:A->B",
        type: "MET",
        source: "A",
        target: "B",
        count: 2,
        firstDate: "2024-01-01",
        lastDate: "2024-02-01",
        confidence: 0.8,
        sourceCount: 3,
      },
      {
        id: "MET:B->A",
        type: "MET",
        source: "B",
        target: "A",
        count: 1,
        firstDate: null,
        lastDate: null,
        confidence: null,
        sourceCount: 0,
      },
      {
        id: "ATTACKED:B->A",
        type: "ATTACKED",
        source: "B",
        target: "A",
        count: 5,
        firstDate: "2023-05-01",
        lastDate: "2023-06-01",
        confidence: 0.5,
        sourceCount: 7,
      },
    ]);
  });
});
