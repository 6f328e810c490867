import { describe, expect, it } from "vitest";
import { perType } from "../../../src/cli/score.js";

describe("score: per relation type", () => {
  it("counts found, missed and wrong lines of the scorer's detail by their type", () => {
    const out = [
      "# A1: 3 relations, 2 positive claims",
      "  found   egypt MET israel",
      "  MISSED  iran REJECTED|CONDEMNED iaea   «نص من كتابتنا»",
      "  WRONG   Egypt MET Qatar   «نص آخر»",
      "  VIOLATES must_not MET (negated)   «لم يلتق»",
      "precision 0.500 recall 0.500 f1 0.500 must_not_violations 1",
    ].join("\n");
    expect(Object.fromEntries(perType(out))).toEqual({
      MET: { found: 1, missed: 0, wrong: 1 },
      REJECTED: { found: 0, missed: 1, wrong: 0 },
    });
  });
});
