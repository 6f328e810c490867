// Pronoun reference: which actor a preposition carrying a pronoun ("به"، "معها") stands for. Our own sentences.
import { describe, expect, it } from "vitest";
import { actMentions, pronounMentions } from "../../../src/extract/reference.js";
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

describe("actMentions", () => {
  const mention = (actorId: string, start: number, end: number, prep: string | null = null) => ({
    actorId,
    start,
    end,
    prep,
    conj: false,
    via: "short" as const,
    place: null,
    confidence: 0.9,
  });

  it("reads an act named again by its whole phrase as the author who issued it earlier", () => {
    const acts = new Map();
    // "أعلن المجلس الخطة الأمنية الجديدة": the author is the issuing verb's subject.
    const first = tokenize("أعلن المجلس الخطة الأمنية الجديدة");
    expect(actMentions({ tokens: first, mentions: [mention("c", 1, 2)], acts, sentence: 0 })).toEqual([]);
    const later = tokenize("ورفض الحزب الخطة الأمنية الجديدة");
    const found = actMentions({ tokens: later, mentions: [], acts, sentence: 3 });
    expect(found.map((m) => [m.actorId, m.start, m.end])).toEqual([["c", 2, 5]]);
  });

  it("leaves a phrase with an author of its own, and one never issued, alone", () => {
    const acts = new Map();
    const first = tokenize("الخطة الأمنية التي طرحها الوزير");
    expect(actMentions({ tokens: first, mentions: [mention("m", 4, 5)], acts, sentence: 0 })).toEqual([]);
    const own = tokenize("انتقد الحزب الخطة الأمنية للحكومة");
    expect(actMentions({ tokens: own, mentions: [mention("g", 4, 5, "ل")], acts, sentence: 1 })).toEqual([]);
    const other = tokenize("انتقد الحزب الخطة الاقتصادية");
    expect(actMentions({ tokens: other, mentions: [], acts, sentence: 2 })).toEqual([]);
  });
});
