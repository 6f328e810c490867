/**
 * Mentions → events: relations with the same type, participants (unordered for the symmetric MET), date and
 * polarity are one event with several pieces of evidence. The event id does not depend on the article, so the same
 * event reported by several articles gets the same id and is merged by the loader.
 */
import { shortId } from "./hash.js";
import type { ExtractedEvent, Modality, Relation, RelationType } from "./types.js";

const SYMMETRIC: ReadonlySet<RelationType> = new Set(["MET"]);
const STRENGTH: Record<Modality, number> = { asserted: 3, reported: 2, expected: 1, uncertain: 0 };

/** Positive claims (asserted/reported, not negated) merge together; other modalities keep their own events. */
export function polarity(r: Pick<Relation, "negated" | "modality">): string {
  const positive = r.modality === "asserted" || r.modality === "reported";
  return `${r.negated ? "neg" : "pos"}:${positive ? "claim" : r.modality}`;
}

/** The deterministic key of the event a relation belongs to. */
export function eventKey(r: Pick<Relation, "type" | "subject" | "object" | "date" | "negated" | "modality">): string {
  let a = r.subject.id;
  let b = r.object.id;
  if (SYMMETRIC.has(r.type) && b < a) [a, b] = [b, a];
  return [r.type, a, b, r.date ?? "", polarity(r)].join("|");
}

/** The event id of a key. */
export function eventIdOf(key: string): string {
  return `ev-${shortId(key)}`;
}

/** Groups relations into events (relations must already carry eventId). */
export function buildEvents(relations: Relation[]): ExtractedEvent[] {
  const byId = new Map<string, ExtractedEvent>();
  for (const r of relations) {
    const ev = byId.get(r.eventId);
    if (!ev) {
      let subjectId = r.subject.id;
      let objectId = r.object.id;
      if (SYMMETRIC.has(r.type) && objectId < subjectId) [subjectId, objectId] = [objectId, subjectId];
      byId.set(r.eventId, {
        id: r.eventId,
        type: r.type,
        plover: r.plover,
        cameo: r.cameo,
        subjectId,
        objectId,
        date: r.date,
        datePrecision: r.datePrecision,
        mode: r.mode,
        negated: r.negated,
        modality: r.modality,
        location: r.location,
        confidence: r.confidence,
        mentionIds: [r.id],
      });
      continue;
    }
    if (!ev.mentionIds.includes(r.id)) ev.mentionIds.push(r.id);
    if (STRENGTH[r.modality] > STRENGTH[ev.modality]) ev.modality = r.modality;
    ev.confidence = Math.max(ev.confidence, r.confidence);
    ev.mode ??= r.mode;
    ev.location ??= r.location;
    if (ev.datePrecision === "publication" && r.datePrecision !== "publication") ev.datePrecision = r.datePrecision;
  }
  return [...byId.values()];
}
