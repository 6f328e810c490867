/**
 * One relation as a JSON line: what `npm run extract` prints and `npm run score` scores (the scorer reads the actors'
 * names, Arabic names, ids and aliases).
 */
import type { Actor, ArticleExtraction, Relation } from "../extract/types.js";

interface ActorJson {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  /** Role descriptions ("Prime Minister of Qatar", "وزير الخارجية القطري"): how the text may refer to a person. */
  aliases?: string[];
  /** The state a person or body belongs to, so consumers can roll relations up to states. */
  country?: { id: string; name: string; nameAr: string };
}

/** Finds an actor (dictionary entry or extracted actor) by id. */
export type Lookup = (
  id: string,
) => { id: string; name: string; nameAr: string; kind: string; parent?: string } | undefined;

/** The country a person or body belongs to: up the parent chain, then through its roles. */
function countryOf(a: Actor, lookup: Lookup): { id: string; name: string; nameAr: string } | undefined {
  const starts = [a.parent, ...a.roles.map((r) => r.of)].filter((x): x is string => Boolean(x));
  for (const start of starts) {
    let cur = lookup(start);
    for (let d = 0; cur && d < 5; d++) {
      if (cur.kind === "COUNTRY") return { id: cur.id, name: cur.name, nameAr: cur.nameAr };
      cur = cur.parent ? lookup(cur.parent) : undefined;
    }
  }
  return undefined;
}

function actorJson(a: Actor, lookup: Lookup): ActorJson {
  const out: ActorJson = { id: a.id, name: a.name, nameAr: a.nameAr, kind: a.kind };
  if (a.kind === "COUNTRY") return out;
  const roles = a.roles.flatMap((r) => {
    const of = lookup(r.of);
    return [of ? `${r.title} of ${of.name}` : r.title, ...(r.titleAr ? [r.titleAr] : [])];
  });
  if (roles.length > 0) out.aliases = [...new Set(roles)];
  const country = countryOf(a, lookup);
  if (country) out.country = country;
  return out;
}

/** The JSON line of one relation. */
export function relationLine(x: ArticleExtraction, r: Relation, lookup?: Lookup): Record<string, unknown> {
  const known = new Map(x.actors.map((a) => [a.id, a]));
  const find: Lookup = (id) => known.get(id) ?? lookup?.(id);
  const line: Record<string, unknown> = { article: x.article.id };
  if (x.article.parentId) line.parent = x.article.parentId;
  Object.assign(line, {
    subject: actorJson(r.subject, find),
    predicate: r.type,
    object: actorJson(r.object, find),
    mode: r.mode,
    negated: r.negated,
    modality: r.modality,
    date: r.date,
    datePrecision: r.datePrecision,
    location: r.location,
    sentence: r.sentence,
    trigger: r.trigger,
    confidence: r.confidence,
    plover: r.plover,
    cameo: r.cameo,
    eventId: r.eventId,
  });
  return line;
}
