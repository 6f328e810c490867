import { describe, expect, it } from "vitest";
import { buildEvents, eventIdOf, eventKey } from "../../../src/extract/events.js";
import type { Actor, Relation } from "../../../src/extract/types.js";

const actor = (id: string): Actor => ({ id, name: id, nameAr: id, kind: "COUNTRY", aliases: [], roles: [] });

function rel(over: Partial<Relation> & { id: string; subject: Actor; object: Actor }): Relation {
  const r: Relation = {
    eventId: "",
    articleId: "a",
    type: "MET",
    plover: "CONSULT",
    cameo: "040",
    mode: "meeting",
    negated: false,
    modality: "asserted",
    date: "2024-01-01",
    datePrecision: "day",
    location: null,
    sentenceIndex: 0,
    sentence: "",
    trigger: "",
    triggerSpan: { start: 0, end: 0 },
    subjectSpan: { start: 0, end: 0 },
    objectSpan: { start: 0, end: 0 },
    confidence: 0.8,
    ...over,
  };
  r.eventId = eventIdOf(eventKey(r));
  return r;
}

describe("events", () => {
  it("merges MET in both directions, across articles, into one event with all evidence", () => {
    const a = rel({ id: "m1", subject: actor("RUS"), object: actor("IRN") });
    const b = rel({ id: "m2", subject: actor("IRN"), object: actor("RUS"), articleId: "b", modality: "reported" });
    expect(a.eventId).toBe(b.eventId);
    const events = buildEvents([a, b]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectId: "IRN",
      objectId: "RUS",
      mentionIds: ["m1", "m2"],
      modality: "asserted",
    });
  });
  it("keeps direction for asymmetric types, and separates dates and polarity", () => {
    const base = { type: "ACCUSED" as const, plover: "ACCUSE", cameo: "112", mode: null };
    const a = rel({ id: "1", subject: actor("RUS"), object: actor("UKR"), ...base });
    const b = rel({ id: "2", subject: actor("UKR"), object: actor("RUS"), ...base });
    const c = rel({ id: "3", subject: actor("RUS"), object: actor("UKR"), ...base, negated: true });
    const d = rel({ id: "4", subject: actor("RUS"), object: actor("UKR"), ...base, date: "2024-01-02" });
    const e = rel({ id: "5", subject: actor("RUS"), object: actor("UKR"), ...base, modality: "expected" });
    expect(new Set([a, b, c, d, e].map((r) => r.eventId)).size).toBe(5);
  });
});
