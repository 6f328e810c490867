/**
 * A deterministic synthetic graph in the project's model, for scale benchmarks: actors whose participation follows a
 * Zipf law (exponent 1, so with 5,000 actors the top actor takes part in about a fifth of all events and the top ten
 * in about half), events between two of them over three years, articles of four events each, and one or two pieces of
 * evidence per event. Pure: the same options give the same rows, batch by batch, whatever the batch size.
 */
import { actorSearchNames, eventPageKey } from "../src/graph/write-articles.js";

/** Shape of the synthetic graph. */
export interface SyntheticOptions {
  events: number;
  /** Number of actors (default: one per 40 events, at least 1,000). */
  actors?: number;
  seed?: number;
}

const TYPES = [
  ["MET", 30],
  ["CONDEMNED", 12],
  ["SUPPORTED", 10],
  ["ACCUSED", 8],
  ["DEMANDED", 8],
  ["ATTACKED", 7],
  ["THREATENED", 6],
  ["INVITED", 5],
  ["REJECTED", 5],
  ["SANCTIONED", 4],
  ["MEDIATED", 3],
  ["SUPPLIED", 2],
] as const;
const KINDS = ["COUNTRY", "ORGANIZATION", "GOVERNMENT_BODY", "PERSON"] as const;
const MODES = ["meeting", "talks", "visit", "hosting", "phone_call", "contact"] as const;
const EVENTS_PER_ARTICLE = 4;
const START_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const DAYS = 3 * 365;

/** Number of actors for an options object (the default scales with the events). */
export function actorCount(o: SyntheticOptions): number {
  return o.actors ?? Math.max(1_000, Math.round(o.events / 40));
}

/** Id of the actor of a Zipf rank (1 = the biggest hub). */
export function actorId(rank: number): string {
  return `gen:actor:${String(rank).padStart(7, "0")}`;
}

/** A small fast PRNG (mulberry32): deterministic per seed, good enough for sampling. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative Zipf weights over ranks 1..n. */
function zipfTable(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 1; r <= n; r++) {
    sum += 1 / r;
    cumulative[r - 1] = sum;
  }
  for (let i = 0; i < n; i++) cumulative[i] = (cumulative[i] ?? 0) / sum;
  return cumulative;
}

function sampleRank(table: Float64Array, u: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((table[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** merge-actors rows for every actor. */
export function syntheticActors(o: SyntheticOptions): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let rank = 1; rank <= actorCount(o); rank++) {
    const actor = { name: `Actor ${rank}`, nameAr: `الفاعل ${rank}`, aliases: [] as string[] };
    out.push({
      id: actorId(rank),
      ...actor,
      kind: KINDS[rank % KINDS.length],
      wikidataId: null,
      discovered: false,
      parentId: null,
      ...actorSearchNames(actor),
    });
  }
  return out;
}

/** The rows of events [from, to) (`from` a multiple of four, so that articles are whole). */
export function syntheticBatch(
  o: SyntheticOptions,
  range: { from: number; to: number },
): {
  articles: Record<string, unknown>[];
  events: (Record<string, unknown> & { subjectId: string; objectId: string })[];
  mentions: (Record<string, unknown> & { eventId: string })[];
} {
  const table = zipfTable(actorCount(o));
  const seed = o.seed ?? 1;
  const articles: Record<string, unknown>[] = [];
  const events: (Record<string, unknown> & { subjectId: string; objectId: string })[] = [];
  const mentions: (Record<string, unknown> & { eventId: string })[] = [];
  const totalWeight = TYPES.reduce((n, [, w]) => n + w, 0);
  const articleId = (i: number) => `gen:article:${String(Math.floor(i / EVENTS_PER_ARTICLE)).padStart(8, "0")}`;
  for (let i = range.from; i < Math.min(range.to, o.events); i++) {
    // One generator per event: an event's rows do not depend on the batch it is written in.
    const next = random(seed * 1_000_003 + i);
    const subjectRank = sampleRank(table, next());
    let objectRank = sampleRank(table, next());
    if (objectRank === subjectRank) objectRank = (objectRank % table.length) + 1;
    let pick = next() * totalWeight;
    let type: string = TYPES[0][0];
    for (const [t, w] of TYPES) {
      if (pick < w) {
        type = t;
        break;
      }
      pick -= w;
    }
    const id = `gen:event:${String(i).padStart(8, "0")}`;
    const date = isoDay(START_DAY + Math.floor(next() * DAYS));
    const m = next();
    const modality = m < 0.7 ? "asserted" : m < 0.9 ? "reported" : m < 0.95 ? "uncertain" : "expected";
    events.push({
      id,
      type,
      plover: type,
      cameo: "000",
      subjectId: actorId(subjectRank),
      objectId: actorId(objectRank),
      date,
      pageKey: eventPageKey({ id, date }),
      datePrecision: "day",
      mode: type === "MET" ? MODES[Math.floor(next() * MODES.length)] : null,
      negated: next() < 0.05,
      modality,
      locationName: null,
      locationNameAr: null,
      locationActorId: null,
    });
    const article = articleId(i);
    if (i % EVENTS_PER_ARTICLE === 0) {
      articles.push({
        id: article,
        title: `Synthetic article ${i / EVENTS_PER_ARTICLE}`,
        source: `source-${i % 7}`,
        url: null,
        publishedAt: date,
        language: "ar",
        contentHash: `h${i}`,
        parentId: null,
        body: `نص اصطناعي للمقال ${i / EVENTS_PER_ARTICLE}`,
      });
    }
    const evidence = [article];
    // Four in ten events are reported twice: by a neighbouring article of the same batch window.
    const other = articleId(i - (i % EVENTS_PER_ARTICLE) + EVENTS_PER_ARTICLE);
    if (next() < 0.4 && i - (i % EVENTS_PER_ARTICLE) + EVENTS_PER_ARTICLE < Math.min(range.to, o.events)) {
      evidence.push(other);
    }
    for (const [n, a] of evidence.entries()) {
      mentions.push({
        id: `${id}:m${n}`,
        eventId: id,
        articleId: a,
        props: {
          sentenceIndex: 0,
          sentence: `${type} ${subjectRank} ${objectRank}`,
          sentenceStart: 0,
          sentenceEnd: 10,
          quote: null,
          trigger: type,
          triggerStart: 0,
          triggerEnd: 3,
          subjectStart: 4,
          subjectEnd: 6,
          objectStart: 7,
          objectEnd: 9,
          confidence: 0.5 + next() / 2,
        },
      });
    }
  }
  return { articles, events, mentions };
}
