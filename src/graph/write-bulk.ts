/**
 * The bulk path into the graph model: already-extracted actors, articles, events and evidence written batch by batch,
 * one transaction per batch, with the derived edges and the neighbour ranking maintained in the same transaction.
 * No previous evidence is looked up or replaced: a bulk batch only adds.
 *
 * Two ways, chosen per batch:
 * - **create** (the usual one: new data): when none of the batch's events and articles exists yet and the batch holds
 *   all of its events' evidence, nodes and links are CREATEd, the support figures come computed with each event, and
 *   the derived edges and rankings are extended with the batch's own events (extend-derived-relations,
 *   add-neighbor-weights) instead of being recomputed from all of each pair's events;
 * - **merge** (a batch written before, or evidence for older events): the statements of writeArticles
 *   (`UNWIND … MERGE`) and a recomputation of the affected pairs, so re-running a batch stays idempotent.
 */
import { RELATION_TYPES } from "../extract/types.js";
import type { GraphDb, WriteTx } from "./db.js";

/** One batch of the bulk path, as rows of the write statements (see writeArticles for their shapes). */
export interface BulkBatch {
  /** merge-actors rows (id, name, nameAr, aliases, kind, wikidataId, discovered, parentId, searchNames, searchKeys). */
  actors?: Record<string, unknown>[];
  /** merge-articles rows (with `id`). */
  articles: Record<string, unknown>[];
  /** merge-events rows (eventRow of write-articles.ts, pageKey included). */
  events: BulkEvent[];
  /** merge-event-evidence rows: { id, eventId, articleId, props }. */
  mentions: BulkMention[];
}

/** The fields of an event row the bulk path reads itself; the rest are written as they are. */
export interface BulkEvent {
  id?: unknown;
  subjectId: string;
  objectId: string;
  type?: unknown;
  date?: unknown;
  negated?: unknown;
  modality?: unknown;
  [field: string]: unknown;
}

/** One piece of evidence of the bulk path. */
export interface BulkMention {
  id?: unknown;
  eventId: string;
  articleId?: unknown;
  props?: Record<string, unknown>;
}

/** What writeBulkBatch did. */
export interface BulkSummary {
  /** Directed actor pairs whose derived edges changed. */
  pairs: number;
  /** Which way the batch was written. */
  mode: "create" | "merge" | "actors";
}

/** True for the events that derived edges summarise (refresh-derived-relations uses the same test). */
function isPositive(e: BulkEvent): boolean {
  return e.negated === false && (e.modality === "asserted" || e.modality === "reported");
}

/**
 * The key that orders a derived edge's events like `ORDER BY e.date, e.id` (undated last): the date, or "~" (after
 * any digit) when undated, a space (before "-", so "2024" sorts before "2024-01"), then the id.
 */
export function eventSortKey(e: { id: string; date: string | null }): string {
  return `${e.date ?? "~"} ${e.id}`;
}

function directedPairs(events: BulkEvent[]): { subjectId: string; objectId: string }[] {
  const pairs = new Map<string, { subjectId: string; objectId: string }>();
  for (const e of events) {
    pairs.set(JSON.stringify([e.subjectId, e.objectId]), { subjectId: e.subjectId, objectId: e.objectId });
  }
  return [...pairs.values()];
}

/** The unordered actor pairs of some directed ones (both orders are one neighbour pair), for refresh-neighbor-weights. */
export function neighborPairs(
  pairs: { subjectId: string; objectId: string }[],
): { subjectId: string; objectId: string }[] {
  const seen = new Map<string, { subjectId: string; objectId: string }>();
  for (const p of pairs) {
    if (p.subjectId === p.objectId) continue;
    const [a, b] = p.subjectId < p.objectId ? [p.subjectId, p.objectId] : [p.objectId, p.subjectId];
    seen.set(JSON.stringify([a, b]), { subjectId: a, objectId: b });
  }
  return [...seen.values()];
}

/** Each event's row with the support figures of its evidence (all of it is in the batch). */
export function eventCreateRows(batch: BulkBatch): Record<string, unknown>[] {
  const evidence = new Map<string, BulkMention[]>();
  for (const m of batch.mentions) {
    const list = evidence.get(m.eventId);
    if (list) list.push(m);
    else evidence.set(m.eventId, [m]);
  }
  return batch.events.map((e) => {
    const mentions = evidence.get(String(e.id)) ?? [];
    if (mentions.length === 0) return { ...e, sourceCount: null, mentionCount: null, confidence: null };
    // update-events-support's figures: distinct articles, mentions, best confidence.
    const confidences = mentions.map((m) => m.props?.confidence).filter((c): c is number => typeof c === "number");
    return {
      ...e,
      sourceCount: new Set(mentions.map((m) => m.articleId)).size,
      mentionCount: mentions.length,
      confidence: confidences.length > 0 ? Math.max(...confidences) : null,
    };
  });
}

/**
 * The rows of extend-derived-relations: per (subject, object, type) the batch's positive events sorted by their key,
 * with the figures the edge combines. `sourceCount` and `confidence` are those eventCreateRows computed.
 */
export function derivedEdgeIncrements(events: Record<string, unknown>[]): Record<string, unknown>[] {
  const groups = new Map<string, { row: Record<string, unknown>; items: { id: string; key: string }[] }>();
  for (const props of events) {
    const e = props as BulkEvent;
    if (!isPositive(e)) continue;
    const type = String(e.type);
    const id = `${type}:${e.subjectId}->${e.objectId}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        row: { id, subjectId: e.subjectId, objectId: e.objectId, type, confidence: null, sourceCount: 0 },
        items: [],
      };
      groups.set(id, group);
    }
    const date = typeof e.date === "string" ? e.date : null;
    group.items.push({ id: String(e.id), key: eventSortKey({ id: String(e.id), date }) });
    const row = group.row;
    if (date !== null) {
      if (row.firstDate === undefined || row.firstDate === null || date < (row.firstDate as string))
        row.firstDate = date;
      if (row.lastDate === undefined || row.lastDate === null || date > (row.lastDate as string)) row.lastDate = date;
    }
    const confidence = typeof props.confidence === "number" ? props.confidence : null;
    if (confidence !== null && (row.confidence === null || confidence > (row.confidence as number))) {
      row.confidence = confidence;
    }
    row.sourceCount = (row.sourceCount as number) + (typeof props.sourceCount === "number" ? props.sourceCount : 0);
  }
  return [...groups.values()].map(({ row, items }) => {
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      firstDate: null,
      lastDate: null,
      ...row,
      ids: items.map((i) => i.id),
      keys: items.map((i) => i.key),
    };
  });
}

/** One row of add-neighbor-weights: an unordered pair (aId < bId) and what the batch adds to it. */
export interface NeighborIncrement {
  aId: string;
  bId: string;
  weight: number;
  meetings: number;
  /** The pair's derived edges the batch touches, by slot (see edgeSlot), ascending, with their figures' increments. */
  slots: number[];
  counts: number[];
  /** Earliest date per slot, "~" (after any date) when none is dated. */
  firstDates: string[];
  /** Latest date per slot, "" (before any date) when none is dated. */
  lastDates: string[];
  /** Best confidence per slot, -1 when none has one. */
  confidences: number[];
  sourceCounts: number[];
}

/**
 * Where a derived edge sits in its pair's summary on the NEIGHBOR edges: two slots per relation type (in
 * RELATION_TYPES order), the first for the edge whose source is the pair's smaller id. The same formula is written in
 * refresh-neighbor-weights and read back in expand-actors-top-neighbors.
 */
export function edgeSlot(e: { type: string; subjectId: string; objectId: string }): number {
  const typeIndex = (RELATION_TYPES as readonly string[]).indexOf(e.type);
  return typeIndex * 2 + (e.subjectId < e.objectId ? 0 : 1);
}

/**
 * The rows of add-neighbor-weights: per unordered actor pair, the batch's positive events and meetings, and per
 * derived edge of the pair (slot) the figures the edge gains (rows as eventCreateRows gives them: confidence and
 * sourceCount are the events' own).
 */
export function neighborIncrements(events: Record<string, unknown>[]): NeighborIncrement[] {
  const rows = new Map<string, { row: NeighborIncrement; slots: Map<number, number> }>();
  for (const props of events) {
    const e = props as BulkEvent;
    if (!isPositive(e) || e.subjectId === e.objectId) continue;
    const [aId, bId] = e.subjectId < e.objectId ? [e.subjectId, e.objectId] : [e.objectId, e.subjectId];
    const key = JSON.stringify([aId, bId]);
    let entry = rows.get(key);
    if (!entry) {
      entry = {
        row: {
          aId,
          bId,
          weight: 0,
          meetings: 0,
          slots: [],
          counts: [],
          firstDates: [],
          lastDates: [],
          confidences: [],
          sourceCounts: [],
        },
        slots: new Map(),
      };
      rows.set(key, entry);
    }
    const row = entry.row;
    row.weight++;
    if (e.type === "MET") row.meetings++;
    const slot = edgeSlot({ type: String(e.type), subjectId: e.subjectId, objectId: e.objectId });
    let i = entry.slots.get(slot);
    if (i === undefined) {
      i = row.slots.length;
      entry.slots.set(slot, i);
      row.slots.push(slot);
      row.counts.push(0);
      row.firstDates.push("~");
      row.lastDates.push("");
      row.confidences.push(-1);
      row.sourceCounts.push(0);
    }
    const date = typeof e.date === "string" ? e.date : null;
    row.counts[i] = (row.counts[i] ?? 0) + 1;
    if (date !== null && date < (row.firstDates[i] ?? "~")) row.firstDates[i] = date;
    if (date !== null && date > (row.lastDates[i] ?? "")) row.lastDates[i] = date;
    if (typeof props.confidence === "number" && props.confidence > (row.confidences[i] ?? -1)) {
      row.confidences[i] = props.confidence;
    }
    row.sourceCounts[i] = (row.sourceCounts[i] ?? 0) + (typeof props.sourceCount === "number" ? props.sourceCount : 0);
  }
  // Slots ascending, as the statement merges them into the stored (ascending) ones.
  return [...rows.values()].map(({ row }) => {
    const order = row.slots.map((_, i) => i).sort((x, y) => (row.slots[x] ?? 0) - (row.slots[y] ?? 0));
    const pick = <T>(list: T[]) => order.map((i) => list[i] as T);
    return {
      ...row,
      slots: pick(row.slots),
      counts: pick(row.counts),
      firstDates: pick(row.firstDates),
      lastDates: pick(row.lastDates),
      confidences: pick(row.confidences),
      sourceCounts: pick(row.sourceCounts),
    };
  });
}

/** True when the batch can take the create way as far as its own rows tell (the database is asked next). */
function selfContained(batch: BulkBatch): boolean {
  const events = new Set(batch.events.map((e) => String(e.id)));
  const articles = new Set(batch.articles.map((a) => String(a.id)));
  if (events.size !== batch.events.length || articles.size !== batch.articles.length) return false;
  return batch.mentions.every((m) => events.has(m.eventId) && articles.has(String(m.articleId)));
}

/**
 * The event rows of create-articles-events: eventCreateRows with each event's evidence attached, every piece naming
 * its article by position in the batch's articles (selfContained checked that each one is there).
 */
export function eventRowsWithEvidence(batch: BulkBatch): Record<string, unknown>[] {
  const articleIndex = new Map(batch.articles.map((a, i) => [String(a.id), i]));
  const evidence = new Map<string, Record<string, unknown>[]>();
  for (const m of batch.mentions) {
    const row = { id: m.id, articleIndex: articleIndex.get(String(m.articleId)), props: m.props ?? {} };
    const list = evidence.get(m.eventId);
    if (list) list.push(row);
    else evidence.set(m.eventId, [row]);
  }
  return eventCreateRows(batch).map((e) => ({ ...e, evidence: evidence.get(String(e.id)) ?? [] }));
}

/** The statements of the create way with their parameters, in order (also timed one by one by bench/profile-bulk). */
export function bulkStatements(batch: BulkBatch): [string, Record<string, unknown>][] {
  const rows = eventRowsWithEvidence(batch);
  // The ranking and the derived edges first, then one statement for articles, events and evidence (see its comment).
  // None reads what another writes (the first two read only the actors, their own edges and the rows), so the order is
  // free, and this one is cheaper: run after the batch's 10,000 events and 30,000 links, the two edge statements work
  // inside a large transaction state (the ranking's relationship index seeks and creations on the actors then took
  // 2-3 s a batch instead of 1-1.5 s; a 10,000-event batch as a whole 8-10 s instead of 10-14 s, measured alternately).
  return [
    ["add-neighbor-weights", { rows: neighborIncrements(rows) }],
    ["extend-derived-relations", { rows: derivedEdgeIncrements(rows) }],
    ["create-articles-events", { articles: batch.articles, events: rows }],
  ];
}

async function writeByCreate(tx: WriteTx, batch: BulkBatch): Promise<number> {
  // Sent together: the driver pipelines them on the transaction's connection and the server runs them in order (each
  // sees the writes of the one before), so Node encodes the next statement's rows while Neo4j runs the first instead
  // of waiting for each answer. None needs another's result.
  await Promise.all(bulkStatements(batch).map(([name, params]) => tx.run(name, params)));
  return directedPairs(batch.events.filter(isPositive)).length;
}

async function writeByMerge(tx: WriteTx, batch: BulkBatch): Promise<number> {
  const pairs = directedPairs(batch.events);
  const eventIds = [...new Set(batch.mentions.map((m) => m.eventId))];
  await tx.run("merge-articles", { articles: batch.articles });
  await tx.run("merge-events", { events: batch.events });
  await tx.run("merge-event-evidence", { mentions: batch.mentions });
  await tx.run("update-events-support", { eventIds });
  await tx.run("refresh-derived-relations", { pairs, relationTypes: [...RELATION_TYPES] });
  await tx.run("refresh-neighbor-weights", { pairs: neighborPairs(pairs) });
  return pairs.length;
}

/** Writes one bulk batch in one transaction (creating when it is all new, merging otherwise); see the module doc. */
export async function writeBulkBatch(db: GraphDb, batch: BulkBatch): Promise<BulkSummary> {
  return db.write(async (tx) => {
    if (batch.actors && batch.actors.length > 0) await tx.run("merge-actors", { actors: batch.actors });
    if (batch.events.length === 0 && batch.articles.length === 0) return { pairs: 0, mode: "actors" as const };
    let create = selfContained(batch);
    if (create) {
      const [existing] = await tx.run("count-existing-events-articles", {
        eventIds: batch.events.map((e) => e.id),
        articleIds: batch.articles.map((a) => a.id),
      });
      create = Number(existing?.events ?? 0) === 0 && Number(existing?.articles ?? 0) === 0;
    }
    const pairs = create ? await writeByCreate(tx, batch) : await writeByMerge(tx, batch);
    return { pairs, mode: create ? ("create" as const) : ("merge" as const) };
  });
}
