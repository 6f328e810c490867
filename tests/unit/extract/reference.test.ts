// Pronoun reference: which actor a preposition carrying a pronoun ("به"، "معها") stands for. Our own sentences.
import { describe, expect, it } from "vitest";
import { pronounMentions } from "../../../src/extract/reference.js";
import { tokenize } from "../../../src/extract/tokens.js";

const named = [{ actorId: "p1", gender: "m" as const, sentence: 0, start: 0, bare: true, subject: true }];

describe("pronounMentions", () => {
  it("reads a pronoun on a preposition after a verb as the actor named before", () => {
    const tokens = tokenize("ثم التقى به الوزير");
    expect(pronounMentions({ tokens, mentions: [], named, sentence: 1 }).map((m) => m.actorId)).toEqual(["p1"]);
  });

  it("reads the resumptive pronoun of a relative clause as the noun the clause describes, not an actor", () => {
    const tokens = tokenize("وأشاد الوزير بالدور الذي يقوم به");
    expect(pronounMentions({ tokens, mentions: [], named, sentence: 1 })).toEqual([]);
  });
});
