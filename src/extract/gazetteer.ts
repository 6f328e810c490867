/**
 * Gazetteer mining: which actors outside the dictionary a corpus names, how often, in how many articles and with
 * which titles — the raw material a reviewer turns into data/actors entries. Pure: extractions in, candidates out.
 */
import { normalizeArabic } from "./normalize.js";
import type { ActorKind, ArticleExtraction } from "./types.js";

/** One discovered actor, aggregated over a corpus. */
export interface GazetteerCandidate {
  /** Suggested dictionary id (kebab-case from the Latin name). */
  id: string;
  kind: ActorKind;
  /** Latin spelling to review. */
  name: string;
  nameAr: string;
  /** Spellings seen for the same normalised name. */
  variants: string[];
  /** Mentions as an argument of a relation, and articles the actor appears in. */
  relations: number;
  articles: number;
  /** Titles seen with the person (from roles) and the parent actor, when the text gave one. */
  titles: string[];
  parent?: string;
}

/** Ranks the discovered actors of many extractions (most articles first, then most relations). */
export function collectCandidates(params: {
  extractions: ArticleExtraction[];
  minArticles?: number;
}): GazetteerCandidate[] {
  const byKey = new Map<string, GazetteerCandidate & { seenIn: Set<string> }>();
  for (const x of params.extractions) {
    const inRelations = new Map<string, number>();
    for (const r of x.relations) {
      for (const a of [r.subject, r.object]) inRelations.set(a.id, (inRelations.get(a.id) ?? 0) + 1);
    }
    for (const a of x.actors) {
      if (!a.discovered) continue;
      const key = `${a.kind} ${normalizeArabic(a.nameAr)
        .replace(/["“”«»]/g, "")
        .trim()}`;
      let c = byKey.get(key);
      if (!c) {
        c = {
          id: a.name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, ""),
          kind: a.kind,
          name: a.name,
          nameAr: a.nameAr,
          variants: [],
          relations: 0,
          articles: 0,
          titles: [],
          seenIn: new Set(),
        };
        byKey.set(key, c);
      }
      if (a.nameAr !== c.nameAr && !c.variants.includes(a.nameAr)) c.variants.push(a.nameAr);
      c.relations += inRelations.get(a.id) ?? 0;
      if (!c.seenIn.has(x.article.id)) {
        c.seenIn.add(x.article.id);
        c.articles++;
      }
      for (const r of a.roles) if (r.titleAr && !c.titles.includes(r.titleAr)) c.titles.push(r.titleAr);
      if (a.parent && !c.parent) c.parent = a.parent;
    }
  }
  const min = params.minArticles ?? 2;
  return [...byKey.values()]
    .filter((c) => c.articles >= min)
    .sort((a, b) => b.articles - a.articles || b.relations - a.relations || a.nameAr.localeCompare(b.nameAr))
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      nameAr: c.nameAr,
      variants: c.variants,
      relations: c.relations,
      articles: c.articles,
      titles: c.titles,
      ...(c.parent ? { parent: c.parent } : {}),
    }));
}
