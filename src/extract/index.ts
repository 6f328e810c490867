/**
 * The extractor's entry point: file bytes or text → one ArticleExtraction per story in the file. Pure: the caller
 * reads files and data (src/ingest/read-data.ts) and passes them in.
 */
import { withoutWording } from "./wording.js";
import { findMentions, namedByAct, newActorState, type ArticleActorState, type Mention } from "./actors.js";
import { parseArticleText } from "./article.js";
import { normalizeArabic } from "./normalize.js";
import { findDateMentions, eventDate } from "./dates.js";
import { decodeBytes } from "./decode.js";
import { buildMatcher, nisbaActor, type ActorMatcher } from "./dictionary.js";
import {
  homeCountryMentions,
  venueCities,
  personsOfTitledStates,
  twoSidesMentions,
  withAgentNouns,
  withStatementAuthors,
  armyOf,
  rootState,
  withEachOf,
  withSideOf,
  withLeadersRule,
  withHonorifics,
  withPlaceMentions,
  withDescribedNames,
  withOwnedBodies,
  ownedBodies,
  withMinistersOf,
  withGroupUnits,
  withTitleChains,
  withoutAppositions,
  withAppositiveNames,
  withConjunctHeads,
} from "./mention-context.js";
import { buildEvents, eventIdOf, eventKey } from "./events.js";
import { shortId } from "./hash.js";
import type { Dictionary, TriggerLexicon } from "./lexicon-types.js";
import { assessModality } from "./modality.js";
import {
  discoverMentions,
  newDiscoveryState,
  noteTitle,
  oppositionOf,
  resolveDefiniteHeads,
  titledHolder,
  type DiscoveryState,
} from "./discover.js";
import {
  actMentions,
  STRUCK_ACTS,
  actorGender,
  femaleByTitle,
  feminineAsWritten,
  maleByName,
  isSubjectPosition,
  pronounMentions,
  referent,
  type ActAuthor,
  type Gender,
  type Named,
} from "./reference.js";
import {
  PRONOUN_SUBJECTS,
  calledFor,
  firstPersonHits,
  invitationsAnswered,
  delegationHeads,
  demandsAtMeetings,
  backedBy,
  receivedActs,
  looseRelations,
  refusalsOfDemands,
  speakerIn,
  suffixObjectHits,
  withCoordinatedObjects,
} from "./loose-links.js";
import {
  compileTriggers,
  extractSentenceRelations,
  findTriggers,
  type TriggerHit,
  type TriggerIndex,
} from "./relations.js";
import { splitSentences } from "./segment.js";
import { tokenize, type Token } from "./tokens.js";
import { taggingPieces, withTags } from "./tagging.js";
import type { Actor, ArticleExtraction, MeetMode, ParsedArticle, Relation, Sentence } from "./types.js";
import {
  AGENT_NOUNS,
  COUNTERPARTS,
  FORMER_HOLDER,
  HONORIFIC_WORDS,
  KANA,
  LIGHT_VERBS,
  MEDIA_HEADS,
  NAME_PARTICLES,
  NAMING_WORDS,
  SAYING,
  TITLE_HEADS,
  RELATIVE_PRONOUNS,
} from "./words.js";

export { BinaryContentError } from "./decode.js";
export type { Dictionary, TriggerLexicon } from "./lexicon-types.js";

/** Input of extractArticles: a file's bytes (any supported encoding) or already decoded text. */
export type ExtractInput = {
  fileName?: string;
  dictionary: Dictionary;
  triggers: TriggerLexicon;
} & ({ bytes: Uint8Array; text?: undefined } | { text: string; bytes?: undefined });

interface Compiled {
  matcher: ActorMatcher;
  triggers: TriggerIndex;
}

// Compiling the dictionary takes a few milliseconds per call; callers pass the same objects for every file.
const cache = new WeakMap<Dictionary, WeakMap<TriggerLexicon, Compiled>>();

function compile(dictionary: Dictionary, lexicon: TriggerLexicon): Compiled {
  let inner = cache.get(dictionary);
  if (!inner) {
    inner = new WeakMap();
    cache.set(dictionary, inner);
  }
  let c = inner.get(lexicon);
  if (!c) {
    c = { matcher: buildMatcher(dictionary), triggers: compileTriggers(lexicon) };
    inner.set(lexicon, c);
  }
  return c;
}

/** A file decoded, parsed and split into sentences and tokens: what the tagger is asked about. */
export interface PreparedFile {
  articles: { article: ParsedArticle; sentences: Sentence[]; tokens: Token[][] }[];
  warnings: string[];
}

/** Decodes, parses and tokenises one input file; pure. Its `taggingRequest` is what a POS tagger should tag. */
export function prepareArticles(input: ExtractInput): PreparedFile {
  const warnings: string[] = [];
  let text: string;
  if (input.bytes !== undefined) {
    const decoded = decodeBytes(input.bytes);
    if (decoded.encoding === "windows-1256") warnings.push("decoded as Windows-1256");
    if (decoded.warning) warnings.push(decoded.warning);
    text = decoded.text;
  } else text = input.text;
  const parsed = parseArticleText(input.fileName === undefined ? { text } : { fileName: input.fileName, text });
  return {
    articles: parsed.articles.map((article) => {
      const sentences = splitSentences(article.body);
      return { article, sentences, tokens: sentences.map((s) => tokenize(s.text, s.start)) };
    }),
    warnings: [...warnings, ...parsed.warnings],
  };
}

/**
 * The words to tag, one array per sentence of every article in order (clitics split off the way the Arabic Treebank
 * does, which is what the tagger was trained on). Tags come back in the same shape.
 */
export function taggingRequest(prepared: PreparedFile): string[][] {
  return prepared.articles.flatMap((a) => a.tokens.map((ts) => taggingPieces(ts).words));
}

/** Extracts a prepared file, with the tagger's answer to its taggingRequest when there is one. */
export function extractPrepared(params: {
  prepared: PreparedFile;
  dictionary: Dictionary;
  triggers: TriggerLexicon;
  /** Tags per sentence in taggingRequest order; absent: rules and dictionary only. */
  tags?: string[][];
}): ArticleExtraction[] {
  const { matcher, triggers } = compile(params.dictionary, params.triggers);
  let k = 0;
  return params.prepared.articles.map((a, i) => {
    const tagged = a.tokens.map((ts) => {
      const tags = params.tags?.[k++];
      return tags ? withTags(ts, tags) : ts;
    });
    return extractArticle({
      article: a.article,
      sentences: a.sentences,
      tokens: tagged,
      matcher,
      triggers,
      warnings: i === 0 ? params.prepared.warnings : [],
    });
  });
}

/**
 * Extracts one parsed article. A title of several words used before the person holding it is named (a headline's
 * "المعارضة تحمّل وزير الاتصالات مسؤولية …", the body's "وزير الاتصالات نقولا صحناوي") is read again with the titles
 * the whole article gives, when only one person holds each.
 */
export function extractArticle(params: ArticleParams): ArticleExtraction {
  const first = extractArticleOnce(params);
  const ahead = new Map<string, string>();
  for (const key of first.headline) {
    const id = first.discovery.titles.get(key);
    const holders = new Set(
      [...first.discovery.titles].filter(([k]) => k === key || k.startsWith(`${key} `)).map(([, v]) => v),
    );
    if (id && holders.size === 1) ahead.set(key, id);
  }
  // The headline's short name of someone the body names in full ("ربيع: نفذنا …" before "أيمن محمد ربيع").
  const aheadNames = new Map<string, string>();
  for (const [key, id] of first.names.shortForms) {
    const known = first.names.discovered.has(id ?? "") || first.discovery.actors.has(id ?? "");
    // A proper noun standing alone, or a headline's first word before its verb ("حرب يحمّل الحكومة …"): not a
    // title word of a misread name, nor the end of another full name.
    const words = first.headlineTokens;
    const opensStatement = (k: number): boolean => k === 0 && (/^VB/.test(words[1]?.pos ?? "") || words[1]?.n === ":");
    const alone = words.some(
      (t, k) =>
        t.n === key &&
        (!t.pos || /NNP/.test(t.pos) || opensStatement(k)) &&
        !/NNP/.test(words[k - 1]?.pos ?? "") &&
        !NAME_PARTICLES.has(words[k - 1]?.n ?? ""),
    );
    if (id && known && alone && !first.headlineActors.has(id)) aheadNames.set(key, id);
  }
  // A head of state's bare title before the article names him ("أمير قطر" … "الشيخ حمد بن خليفة").
  const actorOf = (id: string): Actor | undefined => params.matcher.actors.get(id);
  const stateOf = (word: string): string | null => stateNamed(params.matcher, word);
  const later = [...new Map(first.named.filter((a) => a.kind === "PERSON").map((a) => [a.id, a])).values()];
  const heads = later.some((a) =>
    [...roleKeys({ actor: a, stateOf, actorOf })].some((k) => first.unresolvedHeads.has(k)),
  );
  if (ahead.size === 0 && aheadNames.size === 0 && !heads) return first.extraction;
  return extractArticleOnce({
    ...params,
    ahead,
    people: new Map([...first.discovery.actors, ...first.names.discovered]),
    aheadNames,
    later,
  }).extraction;
}

/** Extracts actors, relations and events from one input file without a tagger (one result per story). */
export function extractArticles(input: ExtractInput): ArticleExtraction[] {
  return extractPrepared({ prepared: prepareArticles(input), dictionary: input.dictionary, triggers: input.triggers });
}

interface ArticleParams {
  article: ParsedArticle;
  sentences?: Sentence[];
  tokens?: Token[][];
  matcher: ActorMatcher;
  triggers: TriggerIndex;
  warnings?: string[];
}

/** One reading of an article, with titles known ahead and the people they name. */
function extractArticleOnce(
  params: ArticleParams & {
    ahead?: ReadonlyMap<string, string>;
    people?: ReadonlyMap<string, Actor>;
    /** Short names the headline uses for people the body names in full later. */
    aheadNames?: ReadonlyMap<string, string>;
    /** People a first reading found anywhere in the article: who a head of state's bare title may name. */
    later?: readonly Actor[];
  },
): {
  extraction: ArticleExtraction;
  discovery: DiscoveryState;
  headline: Set<string>;
  names: ArticleActorState;
  headlineTokens: Token[];
  headlineActors: Set<string>;
  /** Every actor named, in order. */
  named: Actor[];
  /** Head-of-state titles no holder was found for ("EGY رئيس"). */
  unresolvedHeads: Set<string>;
} {
  const { article, matcher, triggers } = params;
  const unresolvedHeads = new Set<string>();
  const owners = new Map<string, string>();
  const sentences = params.sentences ?? splitSentences(article.body);
  const state = newActorState();
  const discovery = newDiscoveryState(params.ahead);
  for (const id of params.ahead?.values() ?? []) {
    const person = params.people?.get(id);
    if (person) discovery.actors.set(id, person);
  }
  const actorsById = new Map<string, Actor>();
  const actorOf = (id: string): Actor | undefined =>
    matcher.actors.get(id) ?? state.discovered.get(id) ?? discovery.actors.get(id);
  const stateOf = (word: string): string | null => stateNamed(matcher, word);
  const on = article.publishedAt?.slice(0, 10);
  const dated = on ? { on, holders: officeHolders(matcher) } : undefined;
  let antecedent: string | null = null;
  let inList = false;
  let listAntecedent: string | null = null;
  // The parties of the last meeting coded, for "الجانبان" in the sentences right after it.
  let meeting: { a: string; b: string; sentence: number } | null = null;
  // Positive claims stated so far, for a rejection of "that" in the next sentence.
  const claims: { type: string; subject: string; object: string; sentence: number }[] = [];
  let speaker: { id: string; at: number } | null = null;
  let quoteOpen = false;
  let quoteRun = 0;
  // Actors in order of mention, and how often each country is named: what bare "الحكومة"، "الوكالة" refer to.
  const recent: Actor[] = [];
  const countryCounts = countCountries(params.tokens ?? sentences.map((x) => tokenize(x.text, x.start)), matcher);
  // The country the article names most: what bare "الحكومة" or a body named without nationality belongs to.
  const ranked = [...countryCounts].sort((a, b) => b[1] - a[1]);
  const country = ranked[0]?.[0] ?? null;
  // (A body named by common words alone, "مجلس النواب", is the country's only when the article is plainly about it:
  // a story of a visit to Moscow names Russia often and is about someone else's council.)
  const top = ranked[0]?.[1] ?? 0;
  const homeCountry = top >= 3 && top >= 2 * (ranked[1]?.[1] ?? 0) ? country : null;
  const relations: Relation[] = [];
  /** Relations whose trigger is a noun ("زيارة"، "لقاء"): they carry no tense of their own. */
  const nounBorne = new Set<Relation>();
  // Every actor named so far with its gender, and the women the text has titled as such: what pronouns refer to.
  const history: Named[] = [];
  // Acts named with their author, for a bare "القرار" later.
  const acts = new Map<string, ActAuthor>();
  const women = new Set<string>();
  // Bodies the article names by a feminine head, whatever the dictionary's ("كتلة المستقبل" for "تيار المستقبل").
  const writtenFeminine = new Set<string>();
  const genderOf = (id: string): Gender | undefined => {
    const a = actorOf(id);
    if (a && writtenFeminine.has(id)) return "f";
    return a ? actorGender(a, women.has(id)) : undefined;
  };
  // Titles without a name in the headline (the first sentence): only there is a title used before its holder is
  // named as a rule; in the body an earlier title may be someone else's ("وزيرة الخارجية" then "… السابقة رايس").
  let headline = new Set<string>();
  let headlineTokens: Token[] = [];
  const headlineActors = new Set<string>();
  for (const [key, id] of params.aheadNames ?? []) {
    const person = params.people?.get(id);
    if (person && !state.shortForms.has(key)) {
      state.discovered.set(id, person);
      state.shortForms.set(key, id);
    }
  }
  for (const sentence of sentences) {
    if (sentence.index === 1) {
      headline = new Set(discovery.unresolved);
      // The headline's look-ahead names serve the headline only.
      for (const key of params.aheadNames?.keys() ?? []) state.shortForms.delete(key);
    }
    const allTokens = params.tokens?.[sentence.index] ?? tokenize(sentence.text, sentence.start);
    const numbered = withoutItemNumber(allTokens);
    const listItem = numbered !== allTokens;
    const tokens = withoutWording(numbered);
    const found = findMentions({ tokens, matcher, state, verbForms: triggers.verbForms });
    if (sentence.index === 0) {
      headlineTokens = tokens;
      for (const m of found) headlineActors.add(m.actorId);
    }
    const taken = new Set(found.flatMap((m) => Array.from({ length: m.end - m.start }, (_, d) => m.start + d)));
    const discovered = discoverMentions({
      tokens,
      taken,
      matcher,
      state: discovery,
      verbForms: triggers.verbForms,
      actorState: state,
      country,
      homeCountry,
      recent,
    });
    // A dictionary name inside a discovered one ("مصر" in "نادي قضاة مصر") is part of that name.
    const byName = [
      ...found.filter((m) => !discovered.some((d) => d.start <= m.start && m.end <= d.end)),
      ...discovered,
    ];
    const covered = new Set(byName.flatMap((m) => Array.from({ length: m.end - m.start }, (_, d) => m.start + d)));
    const here0 = byName.flatMap((m) => {
      const actor = actorOf(m.actorId);
      return actor && m.place === null ? [{ start: m.start, actor }] : [];
    });
    const heads = resolveDefiniteHeads({
      tokens,
      taken: covered,
      recent,
      topic: antecedent ? actorOf(antecedent) : undefined,
      here: here0,
      country,
      matcher,
      state: discovery,
    });
    // Mentions read in context, in order: places, titled states' persons, title chains, organs and described names.
    const placed = withAgentNouns(
      tokens,
      withStatementAuthors(
        tokens,
        withEachOf(
          tokens,
          withHonorifics(
            tokens,
            withConjunctHeads(
              tokens,
              withPlaceMentions(
                tokens,
                [...byName, ...heads].sort((x, y) => x.start - y.start),
              ),
            ),
          ),
        ),
      ),
    );
    const titled = withTitleChains({
      tokens,
      mentions: personsOfTitledStates({ tokens, mentions: placed, actorOf }),
      actorOf,
    });
    const organs = withLeadersRule({
      tokens,
      // (Agent nouns once more: a group's unit and an official's title read as the group are mentions only now.)
      mentions: withAgentNouns(
        tokens,
        withMinistersOf({
          tokens,
          mentions: withGroupUnits({
            tokens,
            mentions: ownedBodies({
              mentions: withOwnedBodies({ tokens, mentions: titled, actorOf, owners }),
              owners,
            }),
            actorOf,
          }),
          actorOf,
        }),
        actorOf,
      ),
      actorOf,
    });
    // "وزيرة الخارجية الأميركية" after "وزيرة الخارجية هيلاري كلينتون": the title recorded without the nationality,
    // held by someone of that state.
    const titledWithNationality = (m: Mention): string | null => {
      // (Also the definite head alone with the nationality: "الوزيرة الأمريكية" after "وزيرة الخارجية هيلاري كلينتون".)
      const short = m.end - m.start === 2 && /^ال/.test(tokens[m.start]?.n ?? "");
      if (m.via !== "title" || (m.end - m.start < 3 && !short) || !/^ال\S+(ي|يه)$/.test(tokens[m.end - 1]?.n ?? ""))
        return null;
      const holder = titledHolder({ tokens, mention: { ...m, end: m.end - 1 }, state: discovery });
      const state = rootState(m.actorId, actorOf);
      return holder && state && rootState(holder, actorOf) === state ? holder : null;
    };
    const triggerHits = findTriggers(tokens, triggers);
    // (A trigger word the tagger calls a proper noun is no name after a title: "الرئيس الإيراني لزيارة/NNP".)
    const triggerStarts = new Set(triggerHits.map((h) => h.start));
    const appositive = withAppositiveNames({
      tokens,
      mentions: withoutAppositions({
        tokens,
        // (Agent nouns again: a name described by its head now starts at the head, "عناصر من جماعة «التوحيد والجهاد»".)
        mentions: withAgentNouns(tokens, withDescribedNames({ tokens, mentions: organs, actorOf }), actorOf),
        actorOf,
      }),
      actorOf,
    });
    const here = appositive.map((m) => {
      const kind = actorOf(m.actorId)?.kind;
      // "استقبل المرزوقي نظيره الفرنسي": his counterpart of that state holds the office he holds there.
      const counterpart =
        kind === "COUNTRY" &&
        [tokens[m.start], tokens[m.start - 1]].some((t) => COUNTERPARTS.has(t?.n.replace(/^[وف]/, "") ?? ""))
          ? counterpartHolder({
              state: m.actorId,
              // The offices of the one named before: a person's, or a head's title not yet read as its holder.
              of: appositive
                .filter((o) => o.end <= m.start)
                .map((o) => {
                  const a = actorOf(o.actorId);
                  if (a?.kind === "PERSON") return roleKeys({ actor: a, stateOf, actorOf });
                  const key =
                    o.via === "title" && a?.kind === "COUNTRY"
                      ? headTitleKey({ phrase: titlePhrase(tokens, o), of: o.actorId, stateOf, actorOf })
                      : null;
                  return new Set(key ? [key] : []);
                }),
              recent: [...recent, ...(params.later ?? [])],
              dated,
              stateOf,
              actorOf,
            })
          : null;
      if (counterpart) return { ...m, actorId: counterpart };
      const holder =
        kind === "GOVERNMENT_BODY"
          ? (titledHolder({ tokens, mention: m, state: discovery }) ?? titledWithNationality(m))
          : // "المبعوث الأممي" after "المبعوث الأممي جمال بنعمر": a title read as an agent of its body is him too.
            (kind === "COUNTRY" || kind === "ORGANIZATION") && (m.via === "title" || m.via === "agent")
            ? (titledHolder({ tokens, mention: m, state: discovery }) ??
              titledWithNationality(m) ??
              roleHolder({ tokens, mention: m, recent, later: params.later, stateOf, actorOf, dated, triggerStarts }))
            : null;
      if (holder && actorOf(holder)?.kind === "PERSON") return { ...m, actorId: holder };
      if (m.via === "title" && kind === "COUNTRY") {
        const key = headTitleKey({ phrase: titlePhrase(tokens, m), of: m.actorId, stateOf, actorOf });
        if (key) unresolvedHeads.add(key);
      }
      return m;
    });
    // (Someone's side is read last, once titles name their holders: "إلى جانب رئيس مصر الجديد".)
    // "السيدة السامرائي" after "أحمد عبدالغفور السامرائي": a woman's title before a man's family name is his wife or
    // another woman of the family, never him.
    const sided = joinRepeated(
      withSideOf(tokens, here).filter(
        (m) =>
          !(
            m.via === "short" &&
            actorOf(m.actorId)?.kind === "PERSON" &&
            (femaleByTitle(tokens, m.start) || femaleByTitle(tokens, m.start + 1)) &&
            maleByName(actorOf(m.actorId)?.nameAr ?? "")
          ),
      ),
      tokens,
    );
    for (const m of sided) {
      if (m.place !== null) continue;
      if (actorOf(m.actorId)?.kind === "PERSON" && femaleByTitle(tokens, m.start)) women.add(m.actorId);
      // "مبعوث رئيس كوت ديفوار" is a man, whatever the state's gender: an agent noun heading the mention decides.
      const head = (tokens[m.start]?.n ?? "").replace(/^[وف]/, "");
      // (A body is what the paper calls it: "كتلة المستقبل" is "ها" though the dictionary's head, "تيار", is not.)
      const written = actorOf(m.actorId)?.kind !== "PERSON" && feminineAsWritten(tokens[m.start]) ? "f" : undefined;
      if (written && m.via !== "title" && m.via !== "agent") writtenFeminine.add(m.actorId);
      const gender =
        (AGENT_NOUNS.has(head) || TITLE_HEADS.has(head)) && !/(ين|ون|ات|ان)$/.test(head)
          ? head.endsWith("ه")
            ? "f"
            : "m"
          : (written ?? genderOf(m.actorId));
      if (gender)
        history.push({
          actorId: m.actorId,
          gender,
          sentence: sentence.index,
          start: m.start,
          // A name in parentheses glosses a word before it ("قبل وصولها (إسرائيل)"): never what "she" refers to first.
          bare: m.prep === null && tokens[m.start - 1]?.n !== "(",
          // The tagger sometimes calls "وقال" a noun: a verb of saying still makes its next mention the subject.
          subject:
            tokens[m.start - 1]?.n !== "(" &&
            (isSubjectPosition(tokens, m) || (m.prep === null && SAYING.has(tokens[m.start - 1]?.n ?? ""))),
        });
    }
    // A list item's opening verb goes on with the sentence before the list, as one after "و" would.
    const actRefs = actMentions({ tokens, mentions: sided, acts, sentence: sentence.index });
    // "ورفضت الصين هذه الاتهامات": a noun that refers back to an accusation already made is no new one.
    const hits = triggerHits
      .filter((h) => !(h.trigger.entry.pos === "noun" && actRefs.some((m) => m.start === h.start)))
      // Right after a relative pronoun a word with a pronoun suffix is the clause's verb and its object, never "its"
      // act: "قطر التي دعمها الاتحاد الأوروبي" (the union supported Qatar).
      .filter(
        (h) => !(h.trigger.entry.pos === "noun" && h.possessed && RELATIVE_PRONOUNS.has(tokens[h.start - 1]?.n ?? "")),
      )
      // A word of a person's name is never a trigger: "فايد صالح" is no "ف" + "أيد".
      .filter(
        (h) =>
          !sided.some(
            (m) => m.start <= h.start && h.start < m.end && m.via !== "title" && actorOf(m.actorId)?.kind === "PERSON",
          ),
      )
      // A judgement made definite right after a name describes it, judging no one: "حركة «وفاء» الشريك في
      // الائتلاف الحاكم" (the judgement is "X شريك في" or "X هو الشريك في").
      .filter(
        (h) =>
          !(
            h.trigger.entry.predicate &&
            /^[وف]?ال/.test(tokens[h.start]?.n ?? "") &&
            sided.some((m) => m.end === h.start)
          ),
      )
      // "على هامش القمة/الاجتماع" is where something else happened, no meeting of its own.
      .filter((h) => !(h.trigger.entry.pos === "noun" && tokens[h.start - 1]?.n === "هامش"))
      .map((h) => (listItem && h.start === 0 && h.trigger.entry.pos === "verb" ? { ...h, conj: true } : h));
    const mentions = [
      ...venueCities({ tokens, mentions: sided }),
      ...actRefs,
      ...pronounMentions({ tokens, mentions: sided, named: history, sentence: sentence.index }),
      ...homeCountryMentions({ tokens, mentions: sided, actorOf, fallback: antecedent }),
      ...twoSidesMentions({
        tokens,
        mentions: sided,
        meeting: meeting && sentence.index - meeting.sentence <= 2 ? meeting : null,
        meetingVerbs: hits
          .filter((h) => h.trigger.set.type === "MET" && h.trigger.entry.pos === "verb")
          .map((h) => h.start),
      }),
    ].sort((a, b) => a.start - b.start);
    for (const m of byName) {
      const a = actorOf(m.actorId);
      if (!a) continue;
      recent.push(a);
      noteTitle({ tokens, mention: m, actor: a, state: discovery });
    }
    // The items of a list go on with the sentence that introduced it: "he" in each is that sentence's main actor.
    if (listItem && !inList) listAntecedent = antecedent;
    inList = listItem;
    const previous = listItem ? listAntecedent : antecedent;
    const verbAt = new Set(hits.filter((h) => h.trigger.entry.pos === "verb").map((h) => h.start));
    antecedent = mainSubject({ tokens, mentions, verbAt }) ?? antecedent;
    for (const m of mentions) {
      const a = actorOf(m.actorId);
      if (a && m.place === null) actorsById.set(a.id, a);
    }
    const firstPerson = firstPersonHits(tokens, triggers).filter((f) => !hits.some((h) => h.start === f.start));
    const suffixObjects = suffixObjectHits(tokens, triggers).filter(
      (f) => !hits.some((h) => h.start === f.hit.start) && !firstPerson.some((h) => h.start === f.hit.start),
    );
    // "We" in a quote is the sentence's speaker, or the last one named in the two sentences before.
    // Who spoke in the sentence before: a verb of saying with no subject of its own goes on with that speaker.
    const lastSpeaker = speaker && speaker.at === sentence.index - 1 ? speaker.id : null;
    const saying = speakerIn(tokens, mentions);
    // A quotation the speaker opened and has not closed goes on in this sentence: he is still speaking.
    const quotes = tokens.filter((t) => t.n === '"').length;
    if (saying) {
      speaker = { id: saying, at: sentence.index };
      quoteOpen = quotes % 2 === 1;
    } else if (quoteOpen && speaker && sentence.index - speaker.at === 1 && ++quoteRun <= 4) {
      // (A few sentences at most: a quotation mark left open by the paper must not make him speak to the end.)
      speaker = { id: speaker.id, at: sentence.index };
      if (quotes % 2 === 1) quoteOpen = false;
    } else quoteOpen = false;
    if (saying) quoteRun = 0;
    const we = speaker && sentence.index - speaker.at <= 2 ? speaker.id : null;
    if (hits.length === 0 && firstPerson.length === 0 && suffixObjects.length === 0) continue;
    // Nouns whose agent is a nationality adjective are the looser linker's alone.
    const strict = extractSentenceRelations({
      tokens,
      mentions,
      hits: hits.filter(
        (h) => !h.trigger.entry.nationalAgent && !h.trigger.entry.passiveParticiple && !h.trigger.entry.attributive,
      ),
      actorOf,
      state,
      nisbaOf: (word) => nisbaActor(matcher, word),
    }).filter(
      // A verb after "إنه"/"أنها" has that pronoun as its subject: names after the verb are its objects ("أوضح أنه
      // التقى نصر الله والرئيس …"), and only a topic right before the pronoun is what it stands for ("قالت مصر إنها");
      // the looser linker reads the rest with the pronoun's referent.
      (r) => !(PRONOUN_SUBJECTS.has(tokens[r.hit.start - 1]?.n ?? "") && r.subject.end !== r.hit.start - 1),
    );

    const done = new Set(strict.map((r) => r.hit));
    const linked = withCoordinatedObjects({
      tokens,
      mentions,
      hits,
      raws: [
        ...strict,
        ...looseRelations({
          tokens,
          mentions,
          hits,
          done,
          antecedent: previous,
          lastSpeaker,
          firstPerson,
          suffixObjects,
          speaker: we,
          nisbaOf: (word) => nisbaActor(matcher, word),
          reference: {
            genderOf,
            isPerson: (id) => actorOf(id)?.kind === "PERSON",
            armyOf: (id) => armyOf(id, actorOf),
            refer: ({ at, gender, here, exclude }) =>
              referent({
                named: history,
                sentence: sentence.index,
                at,
                gender,
                reach: here ? 0 : 1,
                ...(exclude ? { exclude: new Set([exclude]) } : {}),
              }),
          },
        }),
      ],
    });
    // Support received ("يحظى X بدعم Y") is Y's, whatever the linkers read into it.
    const received = receivedActs({ tokens, mentions, hits });
    const answered = invitationsAnswered({ tokens, mentions, hits, raws: linked });
    const raws = [
      // (An invitation answered is read by the one who answers it: "لبى عباس دعوة الملك" is no invitation by Abbas.)
      ...linked.filter((l) => !received.some((r) => r.hit === l.hit) && !answered.some((a) => a.hit === l.hit)),
      ...refusalsOfDemands({
        tokens,
        mentions,
        hits,
        raws: linked,
        earlier: claims.filter((c) => c.sentence === sentence.index - 1),
      }),
      ...answered,
      ...demandsAtMeetings({ tokens, hits, raws: linked }),
      ...delegationHeads({ tokens, mentions, raws: linked, isPerson: (id) => actorOf(id)?.kind === "PERSON" }),
      ...backedBy({ tokens, mentions, hits }),
      ...received,
    ]
      .filter((r) => !calledFor({ tokens, hits, hit: r.hit }))
      // "وأكد الجانبان …": a relation of the two sides is stated of each (never of one with the other).
      .flatMap((r) => {
        const other = r.subject.pair;
        if (!other) return [r];
        const sides = [r.subject.actorId, other];
        if (sides.includes(r.objectActorId ?? r.object.actorId)) return [];
        return [r, { ...r, subject: { ...r.subject, actorId: other, pair: undefined } }];
      });
    const norm = tokens.map((t) => t.n).join(" ");
    const offsets: number[] = [];
    let pos = 0;
    for (const t of tokens) {
      offsets.push(pos);
      pos += t.n.length + 1;
    }
    const seen = new Set<string>();
    const names = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, d) => m.start + d)));
    // "نفت واشنطن اتهام موسكو لها": the act a rejection or denial is aimed at is the other side's, never the
    // rejecter's own.
    const rejectedActs = raws
      .filter((r) => r.hit.trigger.set.type === "REJECTED" && r.hit.trigger.entry.pos === "verb")
      .map((r) => ({ at: r.hit.end, by: r.subject.actorId, subjectEnd: r.subject.end }));
    for (const raw of raws) {
      const subject = actorOf(raw.subject.actorId);
      let object = actorOf(raw.objectActorId ?? raw.object.actorId);
      if (!subject || !object) continue;
      const hit = raw.hit;
      // A state never backs or arms its own opposition: bare "المعارضة" after "دعم" by the article's country (a Turkish
      // story of Syria) is that of the next country the article names most.
      const ownOpposition =
        ["SUPPORTED", "SUPPLIED"].includes(hit.trigger.set.type) &&
        object.id.endsWith("-opposition") &&
        raw.object.end - raw.object.start === 1 &&
        rootState(subject.id, actorOf) === object.id.replace(/-opposition$/, "");
      if (ownOpposition) {
        const other = ranked.find(([c]) => `${c}-opposition` !== object?.id && matcher.actors.get(`${c}-government`));
        const theirs = other ? oppositionOf({ country: other[0], matcher, state: discovery }) : null;
        if (!theirs) continue;
        object = theirs;
      }
      // A meeting "بالقاهرة" is one held in Cairo: a capital after "بـ" is where, never whom ("اجتماعها بالقاهرة").
      // (Not a call: "اتصل بواشنطن" is a call to Washington.)
      const calling = ["phone_call", "contact"].includes(hit.trigger.entry.mode ?? "");
      if (hit.trigger.set.type === "MET" && !calling && raw.object.via === "capital" && raw.object.prep === "ب")
        continue;
      // A title naming a body, then the one who holds it ("عضو المكتب السياسي لحركة فتح في الضفة الغربية محمود العالول"): the
      // body and the person are one side, never a relation between them.
      if (raw.subject.via === "title" && object.kind === "PERSON" && raw.object.prep === null) {
        const gap = raw.object.start - raw.subject.end;
        const place = mentions.find((m) => m.start === raw.subject.end + 1 && m.end === raw.object.start);
        // (Right after the title only a bare name is its holder: "التقى وزير خارجية الكويت الملك عبدالله" is two.)
        const bare =
          !TITLE_HEADS.has(tokens[raw.object.start]?.n ?? "") &&
          !HONORIFIC_WORDS.has(tokens[raw.object.start]?.n ?? "");
        if ((gap === 0 && bare) || (tokens[raw.subject.end]?.n === "في" && place && bare)) continue;
      }
      if (
        hit.trigger.entry.pos === "noun" &&
        rejectedActs.some((r) => r.by === raw.subject.actorId && (hit.start === r.at || hit.start === r.subjectEnd))
      )
        continue;
      // A call on a people ("دعا غليون الشعب السوري إلى …"، "دعا اللبنانيين إلى …" by one of them) addresses no state
      // or body; "طلبنا من الروس" from abroad does address Russia.
      const called = ["DEMANDED", "INVITED"].includes(hit.trigger.set.type);
      const people =
        /^[وفبل]?الشعب$/.test(tokens[raw.object.start]?.n ?? "") ||
        ((raw.object.via === "nisbaPlural" || raw.object.via === "nisba") &&
          raw.object.end - raw.object.start === 1 &&
          /^[وفبل]?ال\S+(يين|يون)$/.test(tokens[raw.object.start]?.n ?? "") &&
          [null, raw.object.actorId].includes(rootState(raw.subject.actorId, actorOf)));
      if (called && people) continue;
      // Nor is a people its own state acting on its own government: "طالب نواب ودبلوماسيون فرنسيون حكومة بلادهم" names
      // no French actor, only people of France.
      if (
        ["nisba", "nisbaPlural", "agent"].includes(raw.subject.via) &&
        subject.kind === "COUNTRY" &&
        object.id !== subject.id &&
        rootState(object.id, actorOf) === subject.id
      )
        continue;
      // A newspaper's interview ("أجرت صحيفة الأهرام لقاء مع …") is no meeting: an outlet reports, it meets nobody.
      if (hit.trigger.set.type === "MET" && [subject, object].some(isMediaOutlet)) continue;
      // Nor is an act named by its author's nationality a party met: "في اجتماعها أمس المبادرة المغربية".
      if (hit.trigger.set.type === "MET" && [raw.subject, raw.object].some((m) => namedByAct(tokens, m))) continue;
      // A circumstantial participle ("، مطالبا …") shares the negation and modality of the main clause it hangs
      // on, not of a complement clause in between ("قال عراقجي إن طهران لا تسعى إلى التصعيد، مطالبا …").
      const at = hit.trigger.entry.circumstantial ? Math.min(raw.subject.start, hit.start) : hit.start;
      const [cs, ce] = clauseBounds(tokens, at);
      const mod = assessModality({
        tokens,
        names,
        at,
        clauseStart: cs,
        clauseEnd: ce,
        future: hit.future,
        noun: hit.trigger.entry.pos === "noun",
        contentAhead: CONTENT_TYPES.has(hit.trigger.set.type),
        spoken: SPOKEN_TYPES.has(hit.trigger.set.type),
      });
      // "يزور مرسي السعودية غدا بدعوة من الملك": the invitation was made, however future the visit.
      if (raw.prior && mod.modality === "expected") mod.modality = "asserted";
      if (!mod.negated && hit.trigger.entry.pos === "noun" && raw.subject.end <= hit.start) {
        // The light verb carries the negation of its noun: "لم تعرب إيطاليا عن دعمها لفرنسا"، "لم يجر X محادثات".
        for (let k = Math.max(cs, raw.subject.start - 1); k < hit.start; k++) {
          const t = tokens[k];
          if (!t || !LIGHT_VERBS.has(t.n.replace(/^[وف]/, "")) || k === raw.subject.start) continue;
          const lv = assessModality({ tokens, at: k, clauseStart: cs, clauseEnd: ce, future: false, noun: false });
          if (lv.negated) {
            mod.negated = true;
            if (lv.cue) mod.cue = lv.cue;
            break;
          }
        }
      }
      if (!mod.negated && raw.subject.end <= hit.start && raw.subject.start > cs) {
        // A negated copula before a fronted subject: "لم يكن المجلس الأعلى … يؤيد"، "لم تكن إيران تدعم".
        // Only a copula: "ولم تنس الوزيرة أن تشير إلى محادثاتها" (did not forget) negates nothing.
        const before = tokens.slice(Math.max(cs, raw.subject.start - 2), raw.subject.start).map((t) => t.n);
        const copula = /^[وف]?(ليس|ليست|يكن|تكن|يكونوا|كان|كانت)$/;
        const negator = (n: string | undefined): boolean =>
          !!n && ["لم", "لن", "ما", "ليس", "ليست"].includes(n.replace(/^[وف]/, ""));
        if (before.some((n, j) => (negator(n) && copula.test(before[j + 1] ?? "")) || /^[وف]?ليس/.test(n)))
          mod.negated = true;
      }
      // "لا نقبل بهذه الدعوة": a refusal stated by negating acceptance; not negated, it says nothing of the kind.
      // ("لن نقبل": a refusal stated now, not an event to come.)
      if (hit.trigger.entry.negatedOnly) {
        if (!mod.negated) continue;
        mod.negated = false;
        if (mod.modality === "expected" && /^[وف]?لن$/.test(normalizeArabic(mod.cue ?? ""))) mod.modality = "asserted";
      }
      const dm = findDateMentions({
        norm,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        future: mod.modality === "expected",
      });
      const { date, precision } = eventDate({
        mentions: dm,
        at: offsets[hit.start] ?? 0,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      });
      // "شن X هجوما عنيفا على اللجنة العليا": an attack launched on a person or a civil body is verbal.
      const type = verbalAttack({ tokens, hit, object }) ? "CONDEMNED" : hit.trigger.set.type;
      const id = `rel-${shortId(article.id, String(sentence.index), type, subject.id, object.id, String(hit.start))}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const span = (m: Mention): { start: number; end: number } => ({
        start: tokens[m.start]?.start ?? sentence.start,
        end: tokens[m.end - 1]?.end ?? sentence.start,
      });
      const triggerSpan = { start: tokens[hit.start]?.start ?? 0, end: tokens[hit.end - 1]?.end ?? 0 };
      const loc = raw.location?.place
        ? { name: raw.location.place.name, nameAr: raw.location.place.nameAr, actorId: raw.location.actorId }
        : null;
      const rel: Relation = {
        id,
        eventId: "",
        articleId: article.id,
        type,
        plover: hit.trigger.set.plover,
        cameo: hit.trigger.entry.cameo ?? hit.trigger.set.cameo,
        subject,
        object,
        mode: type === "MET" ? meetMode(tokens.slice(cs, ce), hit.trigger.entry.mode ?? "meeting") : null,
        negated: mod.negated,
        modality: mod.modality,
        date,
        datePrecision: precision,
        location: loc,
        sentenceIndex: sentence.index,
        sentence: sentence.text,
        trigger: article.body.slice(triggerSpan.start, triggerSpan.end),
        triggerSpan,
        subjectSpan: span(raw.subject),
        objectSpan: span(raw.object),
        confidence: raw.confidence,
      };
      rel.eventId = eventIdOf(eventKey(rel));
      relations.push(rel);
      // "اتهمت واشنطن بكين بـ… ورفضت الصين هذه الاتهامات": the accusations, criticism or threats a later sentence
      // names without their author are this subject's.
      const said = type === "ATTACKED" ? struckActsOf(tokens[hit.start]?.n ?? "") : SAID_ACTS.get(type);
      if (said && !rel.negated && (rel.modality === "asserted" || rel.modality === "reported"))
        for (const noun of said) acts.set(noun, { actorId: subject.id, sentence: sentence.index });
      if (hit.trigger.entry.pos === "noun") nounBorne.add(rel);
      if (!rel.negated && (rel.modality === "asserted" || rel.modality === "reported"))
        claims.push({ type, subject: subject.id, object: object.id, sentence: sentence.index });
      if (type === "MET" && !rel.negated && (rel.modality === "asserted" || rel.modality === "reported"))
        meeting = { a: subject.id, b: object.id, sentence: sentence.index };
      actorsById.set(subject.id, subject);
      actorsById.set(object.id, object);
    }
  }
  followPlannedMeetings({ relations, nounBorne, stateOf: (id) => rootState(id, actorOf) });
  return {
    extraction: {
      article,
      sentences,
      actors: withAffiliations([...actorsById.values()], actorOf),
      relations,
      events: buildEvents(relations),
      warnings: params.warnings ?? [],
    },
    discovery,
    headline,
    names: state,
    headlineTokens,
    headlineActors,
    named: recent,
    unresolvedHeads,
  };
}

/**
 * One actor named twice in a row is one mention: "العاهل المغربي الملك محمد السادس" (a title with a nationality, then
 * the title and name) is the king once, with the first one's preposition and conjunction; so is a style before a
 * name.
 */
function joinRepeated(mentions: Mention[], tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    // (An honorific or rank may stand between: "رئيس الجمهورية اللبنانية العماد ميشال سليمان".)
    const gap = last ? tokens.slice(last.end, m.start) : [];
    const adjacent = gap.length === 0 || (gap.length === 1 && HONORIFIC_WORDS.has(gap[0]?.n ?? ""));
    // The Saudi king's style is his: "استقبل خادم الحرمين الشريفين الملك عبد الله"، "لخادم الحرمين الشريفين …".
    const style = m.start >= 3 && tokens[m.start - 1]?.n === "الشريفين" && tokens[m.start - 2]?.n === "الحرمين";
    const styled = style ? /^([وف]?)([بل]?)خادم$/.exec(tokens[m.start - 3]?.n ?? "") : null;
    if (styled && (!last || last.end <= m.start - 3) && m.prep === null) {
      out.push({ ...m, start: m.start - 3, prep: styled[2] || null, conj: m.conj || styled[1] === "و" });
      continue;
    }
    // "رحب ما يسمى بالمجلس الوطني السوري بالقرارات": a name called so-and-so is that actor where "ما" stands.
    const called = m.start >= 2 && tokens[m.start - 2]?.n === "ما" && NAMING_WORDS.has(tokens[m.start - 1]?.n ?? "");
    if (called && /^ب/.test(tokens[m.start]?.n ?? "") && (!last || last.end <= m.start - 2)) {
      out.push({ ...m, start: m.start - 2, prep: null });
      continue;
    }
    if (
      last &&
      m.start >= last.end &&
      adjacent &&
      last.actorId === m.actorId &&
      last.place === null &&
      m.place === null &&
      !m.conj &&
      m.prep === null
    )
      out[out.length - 1] = { ...last, end: m.end };
    else out.push(m);
  }
  return out;
}

/** The nouns that name what a relation's subject said, by relation type: "الاتهامات" are the accuser's. */
const SAID_ACTS = new Map([
  ["ACCUSED", ["اتهامات", "اتهام", "مزاعم", "ادعاءات"]],
  ["CONDEMNED", ["انتقادات"]],
  ["THREATENED", ["تهديدات"]],
  ["DEMANDED", ["دعوه", "دعوات", "مطالب", "مطالبات"]],
  ["INVITED", ["دعوه"]],
]);

/** Verb stems of attacks and the verbal noun that names the same act again ("أسقطت" → "إسقاط الطائرة"). */
const STRUCK_STEMS: [RegExp, string][] = [
  [/اسقط/, "اسقاط"],
  [/قصف/, "قصف"],
  [/اغت[اي]ل/, "اغتيال"],
  [/اقتحم/, "اقتحام"],
  [/فجر/, "تفجير"],
  [/استهدف/, "استهداف"],
];

/**
 * The nouns that name an attack again, by the word that stated it: "أسقطت سوريا طائرة تركية … ووصفت كلينتون إسقاط
 * الطائرة بأنه وقاحة". Another kind of act is another act ("استهدف الحوثيون سفينة" is no "اقتحام" later); an attack
 * of any kind may be named again as a shelling or a strike ("أدانت الجامعة القصف").
 */
function struckActsOf(trigger: string): string[] {
  const own = STRUCK_STEMS.find(([re]) => re.test(trigger))?.[1];
  return [...new Set([...(own && STRUCK_ACTS.has(own) ? [own] : []), "قصف", "استهداف"])];
}

/** Past-time words: a meeting noun near one is one that took place ("زيارته الأخيرة"، "لقاء أمس"). */
const PAST_WORDS = new Set(["امس", "الماضي", "الماضيه", "الاخيره", "الاخير", "اختتم", "اختتمت"]);
/** Periods after which "السابق" dates something: "الأسبوع السابق"، "الشهر السابق". */
const PERIOD_NOUNS = new Set(["الاسبوع", "الشهر", "العام", "اليوم", "اللقاء", "الاجتماع", "اليومين"]);

/**
 * An article about a meeting still to come ("زيارة مرسي المرتقبة للرياض الأربعاء المقبل") goes on calling it "the
 * visit" without a tense: when the only tensed statements of a pair's meeting say it is expected, its untensed
 * mentions (meeting nouns with no past-time word in the sentence) are expected too. A pair with an asserted meeting
 * verb anywhere in the article keeps its nouns as they are: they may well be that meeting.
 */
function followPlannedMeetings({
  relations,
  nounBorne,
  stateOf,
}: {
  relations: Relation[];
  nounBorne: Set<Relation>;
  /** The state an actor belongs to (itself when a state), or null. */
  stateOf: (id: string) => string | null;
}): void {
  const pair = (r: Relation): string => [r.subject.id, r.object.id].sort().join(" ");
  // "توجه الوزير إلى قصر الإليزيه حيث التقى مستشار الرئيس": a meeting held with the other side's people is the visit.
  const states = (r: Relation): string =>
    [stateOf(r.subject.id) ?? r.subject.id, stateOf(r.object.id) ?? r.object.id].sort().join(" ");
  const planned = new Set<string>();
  const held = new Set<string>();
  for (const r of relations) {
    if (r.type !== "MET" || r.negated) continue;
    if (r.modality === "expected") planned.add(pair(r));
    else if (!nounBorne.has(r) && (r.modality === "asserted" || r.modality === "reported")) {
      held.add(pair(r));
      held.add(states(r));
    }
  }
  for (const r of relations) {
    const p = pair(r);
    if (r.type !== "MET" || r.negated || !nounBorne.has(r) || !planned.has(p) || held.has(p) || held.has(states(r)))
      continue;
    if (r.modality !== "asserted" && r.modality !== "reported") continue;
    const words = normalizeArabic(r.sentence).split(/\s+/);
    // ("السابق" dates only after a period, "الأسبوع السابق"; "الرئيس السابق" is a former holder.)
    const past = words.some(
      (w, j) =>
        PAST_WORDS.has(w.replace(/^[وف]/, "")) ||
        (/^السابق[ه]?$/.test(w) && PERIOD_NOUNS.has((words[j - 1] ?? "").replace(/^[وف]?[بل]?/, ""))),
    );
    if (past) continue;
    r.modality = "expected";
    r.eventId = eventIdOf(eventKey(r));
  }
}

/** The state a single word names by its name or nationality ("مصر"، "المصري"), or null. */
function stateNamed(matcher: ActorMatcher, word: string): string | null {
  const e = (matcher.byFirst.get(word) ?? []).find((x) => x.tokens.length === 1 && x.actorId);
  const id = e?.actorId ?? nisbaActor(matcher, word);
  return id && matcher.actors.get(id)?.kind === "COUNTRY" ? id : null;
}

/**
 * Adds the actors that mentioned ones belong to (parent, organisations of their roles), transitively, so that the
 * graph can draw PART_OF and HOLDS_ROLE edges to them even when the article does not name them.
 */
function withAffiliations(actors: Actor[], actorOf: (id: string) => Actor | undefined): Actor[] {
  const out = new Map(actors.map((a) => [a.id, a]));
  const queue = [...actors];
  for (let a = queue.pop(); a; a = queue.pop()) {
    for (const id of [a.parent, ...a.roles.map((r) => r.of)]) {
      const ref = id && !out.has(id) ? actorOf(id) : undefined;
      if (!ref) continue;
      out.set(ref.id, ref);
      queue.push(ref);
    }
  }
  return [...out.values()];
}

/**
 * "الرئيس اليمني" after the article has named عبدربه منصور هادي: a state's title without a name is the person the
 * dictionary gives that title (the role's Arabic title, of that state), when the article has named that person already.
 * A titled person is the person, never the state (ANNOTATION.md).
 */
function roleHolder(params: {
  tokens: Token[];
  mention: Mention;
  recent: Actor[];
  /** People the article names anywhere (a first reading's), for a title used before its holder is named. */
  later?: readonly Actor[];
  /** The state a word names, by name or nationality ("مصر"، "المصري", with a clitic "لمصر"); null for others. */
  stateOf?: (word: string) => string | null;
  actorOf?: (id: string) => Actor | undefined;
  /** The story's date and the dictionary's dated office holders, for a head's title no one in the story holds. */
  dated?: { on: string; holders: OfficeHolders };
  /** Where trigger words start: never a name. */
  triggerStarts?: ReadonlySet<number>;
}): string | null {
  const { tokens, mention, recent } = params;
  // "الرئيس التونسي السابق زين العابدين بن علي": a former holder, or a name that follows, is someone else.
  const next = tokens[mention.end];
  // (A particle the tagger calls a name is none: "أكد أمير قطر أنه/NNP سيدعم".)
  const named = /NNP/.test(next?.pos ?? "") && !NOT_NAMES.has(next?.n ?? "") && !params.triggerStarts?.has(mention.end);
  if (next && (FORMER_HOLDER.has(next.n) || named)) return null;
  const phrase = titlePhrase(tokens, mention);
  const holders = new Set(
    recent
      .filter((a) => a.kind === "PERSON")
      .filter((a) =>
        a.roles.some(
          (r) => r.of === mention.actorId && r.titleAr !== undefined && normalizeArabic(r.titleAr) === phrase,
        ),
      )
      .map((a) => a.id),
  );
  // "مبعوث الأمم المتحدة" for "المبعوث الدولي والعربي إلى سوريا": an envoy of that body the article has named, when
  // the title names no posting ("المبعوث الأممي إلى اليمن" is someone else than the envoy to Libya named before).
  const posted = ["الي", "لدي", "في"].includes(next?.n ?? "") || /^ل/.test(next?.n ?? "");
  if (holders.size === 0 && !posted && ENVOY_HEADS.has(phrase.split(" ")[0] ?? "")) {
    for (const a of recent)
      if (
        a.kind === "PERSON" &&
        !a.discovered &&
        a.roles.some((r) => r.of === mention.actorId && /Envoy/.test(r.title))
      )
        holders.add(a.id);
  }
  // "أمير دولة قطر"، "رئيس مصر" for "الرئيس المصري": the same title written another way, of the same state, held by
  // one person the article names (before or after). Heads of state and government only, whose holder a reader knows.
  const { stateOf, actorOf } = params;
  const key = stateOf && actorOf ? headTitleKey({ phrase, of: mention.actorId, stateOf, actorOf }) : null;
  if (holders.size === 0 && key && stateOf && actorOf) {
    for (const a of [...recent, ...(params.later ?? [])])
      if (a.kind === "PERSON" && roleKeys({ actor: a, stateOf, actorOf }).has(key)) holders.add(a.id);
  }
  // "الرئيس الفرنسي" in a story of 24 July 2012 that names no French president: the one the dictionary has in office
  // that day. (Never for a story without a date: the title then stays its state.)
  if (holders.size === 0 && key && params.dated) for (const id of heldOn(params.dated, key)) holders.add(id);
  return holders.size === 1 ? ([...holders][0] ?? null) : null;
}

/**
 * The holder of the office a person named before holds, in another state: "نظيره الفرنسي" after the Tunisian
 * president is the French president — the one the story names, or the dictionary's on the story's date.
 */
function counterpartHolder(params: {
  state: string;
  /** The head-office keys of each participant named before the counterpart, in order. */
  of: Set<string>[];
  recent: readonly Actor[];
  dated?: { on: string; holders: OfficeHolders };
  stateOf: (word: string) => string | null;
  actorOf: (id: string) => Actor | undefined;
}): string | null {
  const { stateOf, actorOf } = params;
  const offices = [...params.of].reverse().find((keys) => keys.size > 0);
  if (!offices) return null;
  const cores = new Set([...offices].map((k) => k.split(" ").slice(1).join(" ")));
  if (cores.size !== 1) return null;
  const key = `${params.state} ${[...cores][0] ?? ""}`;
  const holders = new Set(
    params.recent
      .filter((a) => a.kind === "PERSON" && roleKeys({ actor: a, stateOf, actorOf }).has(key))
      .map((a) => a.id),
  );
  if (holders.size === 0 && params.dated) for (const id of heldOn(params.dated, key)) holders.add(id);
  return holders.size === 1 ? ([...holders][0] ?? null) : null;
}

/** A head-of-state or government office's holders in the dictionary, by title key ("FRA رئيس"), with their dates. */
type OfficeHolders = Map<string, { id: string; from?: string; to?: string }[]>;

const officeHoldersCache = new WeakMap<ActorMatcher, OfficeHolders>();

/** The dictionary's holders of an office on a day. */
function heldOn(dated: { on: string; holders: OfficeHolders }, key: string): string[] {
  return (dated.holders.get(key) ?? [])
    .filter((h) => (!h.from || h.from <= dated.on) && (!h.to || dated.on <= h.to))
    .map((h) => h.id);
}

/** The dictionary's office holders with dated roles, once per dictionary. */
function officeHolders(matcher: ActorMatcher): OfficeHolders {
  const cached = officeHoldersCache.get(matcher);
  if (cached) return cached;
  const out: OfficeHolders = new Map();
  const actorOf = (id: string): Actor | undefined => matcher.actors.get(id);
  const stateOf = (word: string): string | null => stateNamed(matcher, word);
  for (const a of matcher.actors.values()) {
    if (a.kind !== "PERSON" || a.discovered) continue;
    for (const r of a.roles) {
      const title = r.titleAr === undefined ? "" : normalizeArabic(r.titleAr);
      if (!title || FORMER_TITLE.test(title) || !r.from) continue;
      const key = headTitleKey({ phrase: title, of: r.of, stateOf, actorOf });
      if (!key) continue;
      const list = out.get(key) ?? [];
      list.push({ id: a.id, from: r.from, ...(r.to ? { to: r.to } : {}) });
      out.set(key, list);
    }
  }
  officeHoldersCache.set(matcher, out);
  return out;
}

/**
 * "2 - أشاد بالخطاب …": a numbered list item goes on with the sentence that introduced the list; its number is left
 * out, so that a verb opening the item opens the sentence.
 */
function withoutItemNumber(tokens: Token[]): Token[] {
  const [num, dash] = tokens;
  const numbered = !!num && /^\d{1,2}$/.test(num.n) && !!dash && ["-", "–", "—", ")"].includes(dash.n);
  return numbered && tokens.length > 3 ? tokens.slice(2) : tokens;
}

/** The phrase of a title mention as roleHolder reads it: clitic conjunctions off, "أمين عام" as "الأمين العام". */
function titlePhrase(tokens: Token[], mention: Mention): string {
  return tokens
    .slice(mention.start, mention.end)
    .map((t) => t.n.replace(/^[وف](?=ال)/, ""))
    .join(" ")
    .replace(/^امين عام ال/, "الامين العام لل");
}

/** "EGY رئيس": the head-of-state or government office a title names, with its state; null for any other title. */
function headTitleKey(params: {
  phrase: string;
  of: string;
  stateOf: (word: string) => string | null;
  actorOf: (id: string) => Actor | undefined;
}): string | null {
  const state = rootState(params.of, params.actorOf);
  const core = titleCore(params.phrase.split(" "), params.stateOf);
  return state && HEAD_TITLES.has(core) ? `${state} ${core}` : null;
}

/** The head-title keys of a person's roles (never a former or acting holder's). */
function roleKeys(params: {
  actor: Actor;
  stateOf: (word: string) => string | null;
  actorOf: (id: string) => Actor | undefined;
}): Set<string> {
  const keys = new Set<string>();
  for (const r of params.actor.roles) {
    const title = r.titleAr === undefined ? "" : normalizeArabic(r.titleAr);
    if (!title || FORMER_TITLE.test(title)) continue;
    const key = headTitleKey({ phrase: title, of: r.of, stateOf: params.stateOf, actorOf: params.actorOf });
    if (key) keys.add(key);
  }
  return keys;
}

/** Particles and pronouns that never start a name, whatever their tag. Normalised. */
const NOT_NAMES = new Set(
  ["أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "وأن", "الذي", "التي", "هو", "هي", "قد", "لم", "لن"].map((w) =>
    normalizeArabic(w),
  ),
);

/** Heads of state and government, as titleCore writes them. */
const HEAD_TITLES = new Set(["رئيس", "ملك", "امير", "سلطان", "رئيس وزراء"]);
/** A role title of a former or acting holder: never the one a bare title names. */
const FORMER_TITLE = /(السابق|السابقه|الاسبق|المخلوع|المؤقت|بالانابه|بالوكاله)$/;
/** Synonyms of a title's words, folded to one (after the article is stripped). */
const TITLE_SYNONYMS = new Map([
  ["عاهل", "ملك"],
  ["حكومه", "وزراء"],
]);
/** Words of a title that name no office: the state's own words, and adjectives of time. */
const TITLE_FILLERS = new Set(["دوله", "جمهوريه", "مملكه", "جديد", "جديده", "حالي", "حاليه", "منتخب", "منتخبه"]);

/**
 * A title's office alone: words without article or "لـ", without the state's name or nationality and words of time,
 * synonyms folded — "أمير دولة قطر" and "الأمير القطري" are both "امير", "رئيس الحكومة التونسية" "رئيس وزراء".
 * "رئيس الجمهورية" is "رئيس".
 */
function titleCore(words: string[], stateOf: (word: string) => string | null): string {
  const out: string[] = [];
  for (const w0 of words) {
    const w = w0.replace(/^[وف](?=ال|ل)/, "");
    if (stateOf(w) || stateOf(w.replace(/^ل(?!ل)/, ""))) continue;
    const bare = w.replace(/^(ال|لل|ل(?=ال))/, "").replace(/^ال/, "");
    if (TITLE_FILLERS.has(bare)) continue;
    out.push(TITLE_SYNONYMS.get(bare) ?? bare);
  }
  return out.join(" ");
}

const ENVOY_HEADS = new Set(["مبعوث", "المبعوث"]);

/** Acts whose complement is to come by nature: a time ahead of the trigger dates the complement. */
const CONTENT_TYPES = new Set(["THREATENED", "DEMANDED", "INVITED"]);
/** Relations done by speaking: trying to make a charge or a demand makes it. */
const SPOKEN_TYPES = new Set(["ACCUSED", "CONDEMNED", "DEMANDED", "THREATENED", "REJECTED"]);

/** How often each country is named (by name, capital or nisba) in an article: "الحكومة" alone is its government. */
function countCountries(sentences: Token[][], matcher: ActorMatcher): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    for (const t of tokens) {
      const e = (matcher.byFirst.get(t.n) ?? []).find((x) => x.tokens.length === 1 && x.actorId);
      const a = e?.actorId ? matcher.actors.get(e.actorId) : undefined;
      if (a?.kind === "COUNTRY") counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The actor a following sentence's dropped subject most likely means: the subject right after a verb. Only a
 * subject is a safe referent; the first actor named may be anything.
 */
function mainSubject(params: {
  tokens: Token[];
  mentions: Mention[];
  /** Where trigger verbs stand: one the tagger called a noun ("وزار/NNP") still puts its subject next. */
  verbAt: ReadonlySet<number>;
}): string | null {
  const { tokens, mentions, verbAt } = params;
  const actors = mentions.filter((m) => m.place === null && m.prep === null);
  // "وكان X سأل": the tagger often reads a clause-opening "وكان" as a noun; it still puts its subject next.
  return (
    actors.find((m) => {
      // An honorific may stand between the verb and the name: "وجدد الأخ باسندوة".
      const k = HONORIFIC_WORDS.has(tokens[m.start - 1]?.n ?? "") ? m.start - 2 : m.start - 1;
      // The tagger often calls "وقال" a noun: a verb of saying still puts its subject next.
      return (
        tokens[k]?.pos?.startsWith("VB") ||
        KANA.has(tokens[k]?.n ?? "") ||
        SAYING.has(tokens[k]?.n ?? "") ||
        verbAt.has(k)
      );
    })?.actorId ??
    // Subject first: "وزير خارجية الإمارات حرص على أن …" opens the sentence, its verb right after it.
    actors.find((m) => m.start === 0 && /^VB[DP]$/.test(tokens[m.end]?.pos ?? ""))?.actorId ??
    null
  );
}

/** "بحث X مع Y في اتصال هاتفي": a phone call whatever the verb. */
function meetMode(clause: { n: string }[], mode: MeetMode): MeetMode {
  return clause.some((t) => /^(ب|و)?(ال)?هاتفي(ا|ه)?$/.test(t.n)) ? "phone_call" : mode;
}

function clauseBounds(tokens: { n: string; raw?: string; pos?: string }[], at: number): [number, number] {
  const hard = new Set([".", "؛", ";", "!", "?", "؟", ":"]);
  // A verb of saying after a conjunction starts the next statement: "… إذا كان قد التقى بها فأوضح أنه التقى بها".
  const soft = new Set([
    ...["لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "بل", "بينما"],
    // "كما أن"، "فيما" join a further statement: "…ما يمكن أن ترتكبه إيران، كما أن مؤازرتها للنظام …".
    ...["كما", "وكما", "فيما", "وفيما"],
    ...["فاوضح", "واوضح", "فقال", "وقال", "واضاف", "فاكد", "واكد", "وتابع", "واشار", "فاجاب", "واجاب"],
    // "… على الليبيين أن يقرروا مصيرهم بأنفسهم، لقد التقيت الرئيس": "لقد" opens a statement of what happened.
    ...["لقد", "ولقد", "فلقد"],
  ]);
  // ", فالتقت": a past verb with "ف" after a comma is the next event of the narrative, not inside the last clause.
  // The pause "..", read as a comma for linking, still closes a clause: its negation stays on its side.
  const isB = (k: number): boolean =>
    !!tokens[k] && (hard.has(tokens[k].n) || soft.has(tokens[k].n) || tokens[k].raw === "..");
  const opens = (k: number): boolean =>
    tokens[k]?.pos === "VBD" && /^ف\S{3,}/.test(tokens[k].n) && ["،", ","].includes(tokens[k - 1]?.n ?? "");
  let s = at;
  while (s > 0 && !isB(s - 1) && !opens(s)) s--;
  let e = at + 1;
  while (e < tokens.length && !isB(e) && !opens(e)) e++;
  return [s, e];
}

/** Whether an actor is a newspaper, magazine or channel, by the head of its Arabic name. */
function isMediaOutlet(actor: Actor): boolean {
  return actor.kind === "ORGANIZATION" && MEDIA_HEADS.has(nameHead(actor).replace(/^ال/, ""));
}

/** The first word of an actor's Arabic name, normalised: "الجيش" of "الجيش اللبناني". */
function nameHead(actor: Actor): string {
  return normalizeArabic(actor.nameAr.split(/\s+/)[0] ?? "");
}

/** Armed bodies, which an attack launched on them strikes: "شن هجوما على قوات النظام". */
const ARMED_HEADS = new Set(["جيش", "الجيش", "قوات", "القوات", "حرس", "الحرس", "شرطة", "الشرطة", "كتائب", "الكتائب"]);

/** Whether an ATTACKED read from "شن هجوما" is verbal: launched on a person or a body that bears no arms. */
function verbalAttack(params: { tokens: readonly Token[]; hit: TriggerHit; object: Actor }): boolean {
  const { tokens, hit, object } = params;
  if (hit.trigger.set.type !== "ATTACKED" || hit.trigger.entry.pos !== "verb") return false;
  if (!/^[وف]?[يت]?شن/.test(tokens[hit.start]?.n ?? "")) return false;
  // (The act named right after the verb or its subject: "شن النائب X هجوما".)
  if (!tokens.slice(hit.end, hit.end + 12).some((t) => /^(هجوما?|هجمات)$/.test(t.n))) return false;
  return object.kind === "PERSON" || (object.kind === "GOVERNMENT_BODY" && !ARMED_HEADS.has(nameHead(object)));
}
