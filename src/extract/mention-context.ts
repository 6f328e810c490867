/**
 * Mentions read in their sentence's context: a title with a state before a person's name is that person, a body in the
 * role after a name describes the name, and "بلاده" is the country of the actor the sentence is about. Pure.
 */
import { cliticIn, prepBefore, type Mention } from "./actors.js";
import { normalizeArabic, type StrippedForm } from "./normalize.js";
import { isAdjective, type Token } from "./tokens.js";
import type { Actor } from "./types.js";
import {
  ACT_NOUNS,
  AGENT_NOUNS,
  BODY_HEADS,
  DIRECTIONS,
  GROUP_HEADS,
  HONORIFIC_WORDS,
  MEMBER_NOUNS,
  OPENING_QUOTES,
  PREP_WORDS,
  RANK_TITLES,
  TITLE_HEADS,
  MINISTERIAL_HEADS,
  ROYAL_HEADS,
  VENUE_NOUNS,
  ownVenue,
} from "./words.js";

/** A sentence's tokens and mentions, and the actors they name: what every reading in context takes. */
export interface MentionsInContext {
  tokens: Token[];
  mentions: Mention[];
  actorOf: (id: string) => Actor | undefined;
}

/**
 * "أمير قطر الشيخ حمد …"، "رئيس مصر محمد مرسي": a title with a state and the person named right after it are one
 * participant, the person (a titled person is the person, never the state).
 */
export function personsOfTitledStates(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  const titled = (t: Token | undefined): boolean =>
    !!t && (TITLE_HEADS.has(t.n) || TITLE_HEADS.has(t.n.replace(/^[وفبل]/, "")));
  // A title right before the state ("أمير قطر" matched as the state alone, "ولي عهد أبوظبي").
  const titleBefore = (at: number): number => {
    if (titled(tokens[at - 1])) return at - 1;
    if (tokens[at - 1]?.n === "عهد" && titled(tokens[at - 2])) return at - 2;
    return -1;
  };
  return joinAdjacent(mentions, (a, b) => {
    // Honorifics may stand between: "ولي العهد السعودي الأمير سلمان".
    let gap = a.end;
    while (gap < b.start && HONORIFIC_TITLES.has(tokens[gap]?.n ?? "")) gap++;
    if (
      b.start !== gap ||
      actorOf(a.actorId)?.kind !== "COUNTRY" ||
      actorOf(b.actorId)?.kind !== "PERSON" ||
      b.prep !== null ||
      b.conj ||
      !(titled(tokens[a.start]) || titleBefore(a.start) >= 0)
    )
      return null;
    // The title may stand before the state's mention: "ولي عهد أبوظبي الشيخ محمد بن زايد".
    const start = titled(tokens[a.start]) ? a.start : titleBefore(a.start);
    // "وزير خارجية الكويت الملك عبدالله الثاني": a minister's title before a king's is another man's ("ملك الأردن
    // الملك عبدالله" and "ولي عهد البحرين الأمير سلمان" are one man's).
    const royal = tokens.slice(a.end, b.start + 1).some((t) => ROYAL_HEADS.has(t.n));
    if (royal && cliticIn(tokens[start], MINISTERIAL_HEADS)) return null;
    // Clitics on a title word before the state's mention are the participant's ("بأمير قطر"، "وولي عهد").
    const lead = start < a.start ? (tokens[start]?.n ?? "") : "";
    const whole = TITLE_HEADS.has(lead);
    return {
      ...b,
      start,
      prep:
        start < a.start ? (!whole && /^[وف]?[بل]/.test(lead) ? (lead.replace(/^[وف]/, "")[0] ?? null) : null) : a.prep,
      conj: start < a.start ? !whole && lead.startsWith("و") : a.conj,
    };
  });
}

/** Walks the mentions in order; `join` may merge a mention with the next one into one (or return null to keep it). */
function joinAdjacent(mentions: Mention[], join: (a: Mention, b: Mention) => Mention | null): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    if (!a) continue;
    const b = mentions[i + 1];
    const joined = b ? join(a, b) : null;
    out.push(joined ?? a);
    if (joined) i++;
  }
  return out;
}

/** The country an actor belongs to: itself, up its parents, or the state of one of its roles. */
function homeCountry(actor: Actor | undefined, actorOf: (id: string) => Actor | undefined): string | null {
  for (let a = actor, d = 0; a && d < 5; a = a.parent ? actorOf(a.parent) : undefined, d++) {
    if (a.kind === "COUNTRY") return a.id;
  }
  const role = actor?.roles.map((r) => actorOf(r.of)).find((x) => x?.kind === "COUNTRY");
  return role?.id ?? null;
}

/**
 * "أكد وزير الخارجية الإيراني أن بلاده تدعم …": "his country" is the country of the actor the sentence is about (the
 * nearest bare actor before it), or of the previous sentence's main actor.
 */
export function homeCountryMentions(
  params: MentionsInContext & {
    fallback: string | null;
  },
): Mention[] {
  const { tokens, mentions, actorOf } = params;
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    const m = /^([وف]?)([بل]?)بلاد(ه|ها|هم)$/.exec(t.n);
    if (!m) return;
    const owner = [...mentions].reverse().find((x) => x.end <= k && x.prep === null && x.place === null);
    const id = homeCountry(actorOf(owner?.actorId ?? params.fallback ?? ""), actorOf);
    if (!id) return;
    // "طالب نواب فرنسيون حكومة بلادهم بـ…": his country's government, with the clitics of "حكومة".
    const gov = /^([وف]?)([بل]?)حكومه$/.exec(tokens[k - 1]?.n ?? "");
    const ofGov = !!gov && !!actorOf(`${id}-government`);
    const head = ofGov && gov ? gov : m;
    out.push({
      actorId: ofGov ? `${id}-government` : id,
      start: ofGov ? k - 1 : k,
      end: k + 1,
      prep: head[2] ? head[2] : null,
      conj: head[1] === "و",
      via: "short",
      place: null,
      confidence: 0.5,
    });
  });
  return out;
}

const MEMBERSHIP = new Set(["عضو", "احد"]);

/** Words of a role that may open an apposition after a person's name ("عضو الاتحاد الدولي للمحامين"). */
const ROLE_WORDS = new Set(["عضو", "احد", "رئيس", "نائب", "امين", "الامين", "المبعوث", "مبعوث", "المتحدث", "متحدث"]);

/**
 * "أدان الأخضر الإبراهيمي المبعوث الخاص للأمم المتحدة القصف"، "طالب أحمد سالم عضو اتحاد المحامين العرب": a body named
 * in the role that follows a person describes that person; it is not another participant.
 */
export function withoutAppositions(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return mentions.filter((m, i) => {
    const p = mentions[i - 1];
    if (!p || m.prep !== null || m.conj || actorOf(p.actorId)?.kind !== "PERSON") return true;
    if (actorOf(m.actorId)?.kind === "PERSON") return true;
    let k = p.end;
    if (tokens[k]?.n === "،" || tokens[k]?.n === ",") k++;
    // A title after a name may as well open the verb's object ("التقى المنقوشي وزير الخارجية الإيطالي"، "التقى X
    // الأمين العام للأمم المتحدة"): only membership ("عضو"، "أحد") or the person's own known affiliation make it
    // a description of the person.
    const person = actorOf(p.actorId);
    const own = person?.parent === m.actorId || !!person?.roles.some((r) => r.of === m.actorId);
    const words = tokens.slice(k, m.start + 1).map((t) => t.n);
    const member = words.some((n) => MEMBERSHIP.has(n));
    if (!own && !member) return true;
    const roleAt = (j: number): boolean => {
      const n = tokens[j]?.n ?? "";
      return ROLE_WORDS.has(n) || TITLE_HEADS.has(n);
    };
    // The role words stand between the name and the body, or open the body's mention itself.
    if (k === m.start) return !roleAt(m.start);
    for (let j = k; j < m.start; j++) if (!roleAt(j)) return true;
    return false;
  });
}

/**
 * "اتهم السفير الأميركي بصنعاء، جيرالد فايرستاين، طهران …"، "وقال المتحدث باسم الخارجية، باتريك فينتريل، إن …": a
 * person's name set off by commas right after a title is the title's holder, one mention, not the verb's object.
 */
export function withAppositiveNames(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  const comma = (k: number): boolean => tokens[k]?.n === "،" || tokens[k]?.n === ",";
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.place !== null || (m.via !== "title" && m.via !== "agent")) return null;
    if (actorOf(m.actorId)?.kind === "PERSON") return null;
    // The post's place may close the title: "السفير الأميركي بصنعاء، …"، "السفير الأمريكي في القاهرة، …".
    const post = mentions.find((x) => x.start === m.end && (x.prep === "ب" || x.prep === "في" || x.prep === "لدي"));
    const end = post?.end ?? m.end;
    if (!comma(end)) return null;
    const name = mentions.find((x) => x.start === end + 1);
    if (!name || name.prep !== null || name.conj || actorOf(name.actorId)?.kind !== "PERSON") return null;
    // Closed by a second comma: "X، Y، Z" with no closing comma may be a list of three.
    if (!comma(name.end)) return null;
    return { mention: { ...name, start: m.start, conj: m.conj }, absorbed: post ? [name, post] : [name] };
  });
}

// Styles of address too: "أمير دولة قطر سمو الأمير حمد"، "فخامة الرئيس"، "معالي الوزير".
const HONORIFIC_TITLES = new Set([
  "الامير",
  "الشيخ",
  "الملك",
  "السلطان",
  "السيد",
  "الدكتور",
  "سمو",
  "فخامه",
  "معالي",
  "جلاله",
  "سعاده",
]);

/** Nouns that name a group only inside a title ("رئيس اللقاء التضامني"): alone, "اللقاء" is a meeting. */
const TITLE_GROUPS = new Set(["لقاء", "منتدي", "مركز", "مرصد", "تكتل"]);

/** Organisations and government bodies: the actors that have units, members and sources. */
const isGroupKind = (kind: Actor["kind"] | undefined): boolean => kind === "ORGANIZATION" || kind === "GOVERNMENT_BODY";

/** Nominal tags a title phrase is made of ("رئيس/NN مجموعة/NN التحالف/DTNN التقدمي/DTJJ"). */
const NOMINAL = /^(DT)?(NN|NNS|NNP|NNPS|JJ|JJR)$/;

/**
 * "رئيس جمعية قولنا والعمل الشيخ أحمد قطان"، "رئيس مجموعة التحالف … في البرلمان الأوروبي هانس سوبودا": a title
 * naming a group or body right before a person's name is part of that person's mention, and the group or body inside
 * it is no participant of its own. Needs the tagger's answer: without tags nothing changes.
 */
export function withTitleChains(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.place !== null || actorOf(m.actorId)?.kind !== "PERSON") return null;
    if (cliticIn(tokens[m.start], TITLE_HEADS) && !RANK_TITLES.has(tokens[m.start]?.n ?? "")) return null;
    let head = -1;
    let group = false;
    const inside: Mention[] = [];
    for (let j = m.start - 1; j >= 0 && m.start - j <= 12; j--) {
      const t = tokens[j];
      if (!t || t.punct) break;
      const o = mentions.find((x) => x !== m && x.start <= j && j < x.end);
      if (o) {
        const kind = actorOf(o.actorId)?.kind;
        // A country after "في" is where the group is: "رئيس اللقاء التضامني في شمال لبنان الشيخ X".
        const where =
          tokens[o.start - 1]?.n === "في"
            ? o.start - 1
            : DIRECTIONS.has(tokens[o.start - 1]?.n ?? "") && tokens[o.start - 2]?.n === "في"
              ? o.start - 2
              : -1;
        // … or where an envoy is posted: "المبعوث الأممي والعربي لسوريا كوفي أنان".
        const posted = kind === "COUNTRY" && (o.prep === "ل" || o.prep === "الي") && o.end === j + 1;
        if (posted) {
          inside.push(o);
          j = o.start;
          continue;
        }
        if (kind === "COUNTRY" && o.prep === null && where >= 0) {
          inside.push(o);
          j = where;
          continue;
        }
        // … or the group one holds office in, right before the name: "مسؤول منطقة الجنوب في حركة أمل علي حسن", or
        // after "لـ" past a unit of it and the unit's adjective: "رئيس الهيئة العليا لحزب الإصلاح محمد اليدومي".
        const apartIn = o.prep === null && tokens[o.start - 1]?.n === "في";
        const held =
          isGroupKind(kind) &&
          o.end === m.start &&
          !o.conj &&
          (o.prep === "في" || apartIn || (o.prep === "ل" && /^DT/.test(tokens[o.start - 1]?.pos ?? "")));
        if (held) {
          inside.push(o);
          group = true;
          j = apartIn ? o.start - 1 : o.start;
          continue;
        }
        // Another person, a titled mention or a place ends the title: "التقى رئيس الوزراء نائب رئيس حزب X Y".
        if (o.place !== null || o.prep !== null || kind === "PERSON" || kind === "COUNTRY") break;
        // A titled body right before the name, past its adjectives only, is the name's title: "رئيس الحكومة
        // الفلسطينية المقالة إسماعيل هنية" is Haniyeh.
        const titled = cliticIn(tokens[o.start], TITLE_HEADS);
        const onlyPlaces = inside.every((x) => actorOf(x.actorId)?.kind === "COUNTRY");
        if (titled && head < 0 && onlyPlaces && !m.conj && !o.conj && !titled.prep && !titled.conj) {
          inside.push(o);
          head = o.start;
          group = true;
          break;
        }
        if (titled || o.conj) break;
        inside.push(o);
        group = true;
        j = o.start;
        continue;
      }
      const title = cliticIn(t, TITLE_HEADS);
      if (title) {
        head = j;
        // Only a compound title goes on ("نائب رئيس الحزب"); a clitic opens the phrase ("برئيس"، "ورئيس").
        if (title.prep || title.conj || !cliticIn(tokens[j - 1], TITLE_HEADS)) break;
        continue;
      }
      const bare = t.n.replace(/^[وفبل]?(ال|لل)?/, "");
      // An act of the name is no part of a title: "ووصف المتحدث باسم الخارجية الروسية تصريحات كلينتون".
      if (cliticIn(t, ACT_NOUNS)) break;
      if (GROUP_HEADS.has(bare) || BODY_HEADS.has(bare) || TITLE_GROUPS.has(bare)) group = true;
      // The group named by its pronoun: "رئيس هيئته العليا محمد اليدومي" (the party just named), "مكتبها السياسي".
      const own = /ت(ه|ها)$/.test(bare) ? bare.replace(/ت(ه|ها)$/, "ه") : bare.replace(/(ه|ها)$/, "");
      if (own !== bare && (GROUP_HEADS.has(own) || BODY_HEADS.has(own) || TITLE_GROUPS.has(own))) group = true;
      // Another preposition ends it, whatever its tag ("مع/NN"): "لقاء نائب مرشد الإخوان مع السناتور X".
      if (t.n !== "في" && PREP_WORDS.has(t.n)) break;
      if (t.n === "في" || NOMINAL.test(t.pos ?? "")) continue;
      // A rank's grade: "الفريق أول/ADJ_NUM".
      if (t.n === "اول" && RANK_TITLES.has(tokens[j - 1]?.n ?? "")) continue;
      break;
    }
    if (head < 0 || !group) return null;
    const reading = cliticIn(tokens[head], TITLE_HEADS);
    return { mention: { ...m, start: head, ...prepBefore({ tokens, start: head, reading }) }, absorbed: inside };
  });
}

/**
 * "التقى وفدا من المعارضة السورية": a delegation or representatives "of" a body found by its head ("المعارضة"، "الحكومة")
 * stand for it, as they do for a dictionary name (actors.ts): the mention starts at the agent noun and takes its
 * preposition, so that it is the object of the verb, not a source after "من".
 */
export function withAgentNouns(
  tokens: Token[],
  mentions: Mention[],
  actorOf?: (id: string) => Actor | undefined,
): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.via === "agent" || m.place !== null || (m.prep !== "من" && m.prep !== "في" && m.prep !== null)) return null;
    // "مصدر مسؤول في المكتب السياسي لحركة حماس": an official's title read as the group, after "a source".
    const source = m.via === "title" && m.prep === null ? cliticIn(tokens[m.start - 1], SOURCE_NOUNS) : null;
    if (source && !mentions.some((o) => o !== m && o.start <= m.start - 1 && m.start - 1 < o.end))
      return {
        mention: {
          ...m,
          start: m.start - 1,
          via: "agent",
          ...prepBefore({ tokens, start: m.start - 1, reading: source }),
        },
        absorbed: [],
      };
    // Only with "من" written apart: in construct ("عضو كتلة X النائب Y") the body is a title's, handled elsewhere.
    // Sources work "في" a group, not a state: "مصدر مسؤول في الأمانة العامة للحزب الاشتراكي" speaks for the party.
    const kind = actorOf?.(m.actorId)?.kind;
    const inGroup = tokens[m.start - 1]?.n === "في" && isGroupKind(kind);
    if (tokens[m.start - 1]?.n !== "من" && !inGroup) return null;
    let agentAt = m.start - 2;
    if (inGroup) {
      // "مصادر قبلية في حزب الإصلاح": one adjective of the source may stand between.
      if (/^JJ/.test(tokens[agentAt]?.pos ?? "") && cliticIn(tokens[agentAt - 1], SOURCE_NOUNS)) agentAt--;
      if (!cliticIn(tokens[agentAt], SOURCE_NOUNS)) return null;
      // "مصدر مسؤول": the source's own adjective stands between.
      if (cliticIn(tokens[agentAt - 1], SOURCE_NOUNS)) agentAt--;
    }
    const reading =
      cliticIn(tokens[agentAt], AGENT_NOUNS) ?? (inGroup ? cliticIn(tokens[agentAt], SOURCE_NOUNS) : null);
    if (!reading || mentions.some((o) => o !== m && o.start <= agentAt && agentAt < o.end)) return null;
    return {
      mention: { ...m, start: agentAt, via: "agent", ...prepBefore({ tokens, start: agentAt, reading }) },
      absorbed: [],
    };
  });
}

/** Who speaks from inside a group: "مصادر في الحزب"، "مصدر مسؤول في الحركة"، "قيادي في الجماعة". */
const SOURCE_NOUNS = new Set(
  "مصدر مصادر مسؤول مسؤولون مسؤولين قيادي قياديون قياديين".split(" ").map((w) => normalizeArabic(w)),
);

/**
 * "التقى X بالفنان Y"، "ووجه الدعوة للشيخ Y": a preposition or conjunction on an honorific or rank introduces the
 * name after it, as on the name itself; the mention starts at the honorific.
 */
export function withHonorifics(tokens: Token[], mentions: Mention[]): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || m.place !== null) return null;
    const at = m.start - 1;
    const reading = cliticIn(tokens[at], HONORIFIC_WORDS) ?? cliticIn(tokens[at], RANK_TITLES);
    // … and so does one written apart before it: "مع السناتور جون ماكين".
    const apart = PREP_WORDS.has(tokens[at - 1]?.n ?? "");
    if (!reading || (!reading.prep && !reading.conj && !apart)) return null;
    return grownTo({ tokens, mentions, m, at, reading });
  });
}

/**
 * A head with the conjunction between a mention and a name makes the name a conjunct of the mention, as if the
 * conjunction were on it: a nationality adjective ("وندد لودريان ونظيراه البريطاني جونسون والألماني
 * ماس": "and the German counterpart"), or an agent or member noun before a group's name (below).
 */
export function withConjunctHeads(tokens: Token[], mentions: Mention[]): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || m.place !== null) return null;
    // So does an agent noun with the conjunction before a group's name, quoted or not: "طالب فتوش وقانصو ووزراء
    // "حزب الله" بـ…" — the ministers are the third subject, not the demand's object.
    const quoted = OPENING_QUOTES.has(tokens[m.start - 1]?.n ?? "");
    const at = quoted ? m.start - 2 : m.start - 1;
    const n = tokens[at]?.n ?? "";
    const nisba = /^وال\S{3,}(ي|يه)$/.test(n) && /JJ|NN/.test(tokens[at]?.pos ?? "") && !quoted;
    const agent = /^و/.test(n) && (!!cliticIn(tokens[at], AGENT_NOUNS) || !!cliticIn(tokens[at], MEMBER_NOUNS));
    if (!nisba && !agent) return null;
    if (!mentions.some((o) => o.end === at && o.place === null)) return null;
    return { mention: { ...m, start: at, conj: true }, absorbed: [] };
  });
}

/**
 * "كل من X وY"، "كلا من X وY" ("both X and Y"): the first of the coordinated names takes in "كل من", so that it stands
 * where a subject or object does, with the preposition (or none) before "كل" rather than "من".
 */
export function withEachOf(tokens: Token[], mentions: Mention[]): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.conj || m.place !== null || tokens[m.start - 1]?.n !== "من") return null;
    const at = m.start - 2;
    const each = /^([وف]?)([بل]?)(كل|كلا)$/.exec(tokens[at]?.n ?? "");
    // Only where the phrase stands bare (a subject or direct object; "مع كل من" is read as "مع" already), and with
    // its second name right after the first: a list broken by appositions ("كل من X، مقرر …، وY") is left alone.
    if (!each || each[1] || each[2] || PREP_WORDS.has(tokens[at - 1]?.n ?? "")) return null;
    if (!mentions.some((o) => o.start === m.end && o.conj)) return null;
    return grownTo({ tokens, mentions, m, at, reading: { form: each[3] ?? "", conj: "", prep: "", article: false } });
  });
}

/** Heads that name a leader's rule by his name: "حكومة أردوغان"، "نظام الأسد"، "إدارة أوباما". */
const RULE_HEADS = new Set(["حكومه", "نظام", "اداره"]);
/** Heads that name a leader's armed forces: "قوات الأسد"، "جيش القذافي" — his country's army. */
const FORCE_HEADS = new Set(["قوات", "جيش"]);

/** The state an actor belongs to, following parents (the actor itself when a state); null when none is known. */
export function rootState(id: string, actorOf: (id: string) => Actor | undefined): string | null {
  let cur = actorOf(id);
  for (let d = 0; cur && d < 6; d++) {
    if (cur.kind === "COUNTRY") return cur.id;
    cur = cur.parent ? actorOf(cur.parent) : undefined;
  }
  return null;
}

/** The army of the state a person belongs to, when the dictionary has one. */
export function armyOf(id: string, actorOf: (id: string) => Actor | undefined): string | null {
  const state = rootState(id, actorOf);
  return state && actorOf(`${state}-army`) ? `${state}-army` : null;
}

/**
 * "حكومة أردوغان تورطت …"، "انتقد إدارة أوباما": a government, regime or administration named by its leader stands
 * for him (as the dictionary's "نظام الأسد" does): the mention takes in the head, in its place. His forces ("قوات
 * الأسد") are his country's army.
 */
export function withLeadersRule(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || m.place !== null || actorOf(m.actorId)?.kind !== "PERSON") return null;
    const at = m.start - 1;
    const head = /^([وف]?)([بل]?)(\S+)$/.exec(tokens[at]?.n ?? "");
    const forces = FORCE_HEADS.has(head?.[3] ?? "") ? armyOf(m.actorId, actorOf) : null;
    if (!head || (!RULE_HEADS.has(head[3] ?? "") && !forces)) return null;
    const reading = { form: head[3] ?? "", conj: head[1] ?? "", prep: head[2] ?? "", article: false };
    const grown = grownTo({ tokens, mentions, m, at, reading });
    return grown && forces ? { ...grown, mention: { ...grown.mention, actorId: forces } } : grown;
  });
}

/**
 * "وقف إلى جانب الرئيس بشار الأسد"، "بجانب الحكومة": someone's side stands for him, as it does before a country
 * ("جانب سوريا" is read as an agent noun): the mention takes in "جانب" with the preposition before it.
 */
export function withSideOf(tokens: Token[], mentions: Mention[]): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || m.place !== null) return null;
    const at = m.start - 1;
    const side = /^([وف]?)(ب?)جانب$/.exec(tokens[at]?.n ?? "");
    if (!side || (!side[2] && tokens[at - 1]?.n !== "الي")) return null;
    return grownTo({
      tokens,
      mentions,
      m,
      at,
      reading: { form: "جانب", conj: side[1] ?? "", prep: side[2] ?? "", article: false },
    });
  });
}

/** `m` grown to start at `at` (a word no other mention holds), introduced by that word's clitics. */
function grownTo(params: {
  tokens: Token[];
  mentions: Mention[];
  m: Mention;
  at: number;
  reading: StrippedForm;
}): { mention: Mention; absorbed: Mention[] } | null {
  const { tokens, mentions, m, at, reading } = params;
  if (mentions.some((o) => o !== m && o.start <= at && at < o.end)) return null;
  return { mention: { ...m, start: at, ...prepBefore({ tokens, start: at, reading }) }, absorbed: [] };
}

/** Walks the mentions; `grow` may return a longer one and the mentions it takes in, which then stand no more. */
function growMentions(
  mentions: Mention[],
  grow: (m: Mention) => { mention: Mention; absorbed: Mention[] } | null,
): Mention[] {
  const absorbed = new Set<Mention>();
  const out = mentions.map((m) => {
    const grown = grow(m);
    for (const o of grown?.absorbed ?? []) absorbed.add(o);
    return grown?.mention ?? m;
  });
  return out.filter((m) => !absorbed.has(m));
}

/** A body's written statement, which speaks and acts for it: "بيان"، "بلاغ". */
const STATEMENT_NOUNS = new Set(["بيان", "بلاغ"]);
/** Words that cite a statement rather than have it act: "بحسب بيان للخارجية"، "نقلا عن بيان"، "خلال بيان". */
const SOURCE_FRAMES = new Set(["حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا", "عبر", "خلال", "اثر", "عقب"]);

/**
 * "اتهم بيان صادر عن حركة حماس إسرائيل بـ…"، "وطالب بيان للحزب الحكومة بـ…"، "رحب ببيان الجامعة العربية": a body's
 * statement stands for the body. The mention starts at the statement noun and takes its preposition, so that it is a
 * subject (or, with "بـ", the act welcomed) where the statement is.
 */
export function withStatementAuthors(tokens: Token[], mentions: Mention[]): Mention[] {
  return growMentions(mentions, (m) => {
    if (m.place !== null || m.conj || m.via === "agent") return null;
    // The group's unit that issued it: "بيان صادر عن المكتب السياسي لحركة حماس"، "بلاغ للمكتب السياسي للتجمع".
    let head = m.start;
    let prep = m.prep;
    if (m.prep === "ل") {
      let j = m.start - 1;
      while (j >= m.start - 2 && isAdjective(tokens[j], true)) j--;
      const unit = j < m.start - 1 ? cliticIn(tokens[j], GROUP_UNITS) : null;
      if (unit && !mentions.some((o) => o !== m && o.start <= j && j < o.end)) {
        head = j;
        prep = prepBefore({ tokens, start: j, reading: unit }).prep;
      }
    }
    let at = -1;
    // "بيان صادر عن X"، "البيان الصادر عن X".
    if (prep === "عن" && /^(ال)?صادر(ه)?$/.test(tokens[head - 2]?.n ?? "")) at = head - 3;
    // "بيان للحزب" (a clitic "لـ" on the body) or "بيان الحكومة" (in construct).
    else if (prep === "ل" || prep === null) at = head - 1;
    if (tokens[at - 1]?.n === "ال" || at < 0) return null;
    const reading = cliticIn(tokens[at], STATEMENT_NOUNS);
    // (Not "في بيان لها"، "بحسب بيان للخارجية": where a statement was made or what it says, read elsewhere.)
    const before = tokens[at - 1]?.n ?? "";
    const frame = [before, before.replace(/^[وف]/, "")].some((w) => PREP_WORDS.has(w) || SOURCE_FRAMES.has(w));
    if (!reading || frame) return null;
    if (mentions.some((o) => o !== m && o.start <= at && at < o.end)) return null;
    return {
      mention: { ...m, start: at, via: "agent", ...prepBefore({ tokens, start: at, reading }) },
      absorbed: [],
    };
  });
}

/** Buildings named by whose they are: "بدار الرئاسة"، "في مقر الأمم المتحدة"، "بقصر الإليزيه"; not "مكتب", which is also the office as a body. */
const BUILDINGS = new Set(["دار", "مقر", "قصر", "مبني"]);
const TO_A_PLACE = new Set(["في", "الي", "من", "داخل", "امام"]);

/**
 * A mention right after a building noun in a locative phrase says where something happened, like "في": "عقدت الحكومة
 * بدار الرئاسة اجتماعا" has no participant "the presidency"; so does a name in parentheses glossing "her arrival".
 */
export function withPlaceMentions(tokens: Token[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.prep !== null) return m;
    const prev = tokens[m.start - 1]?.n ?? "";
    const withClitic = /^[وف]?ب(.+)$/.exec(prev)?.[1];
    const located =
      (withClitic !== undefined && BUILDINGS.has(withClitic)) ||
      (BUILDINGS.has(prev) && TO_A_PLACE.has(tokens[m.start - 2]?.n ?? ""));
    // "قبل وصولها (إسرائيل)": a name in parentheses after a noun with a pronoun says where, too.
    const glossed =
      tokens[m.start - 1]?.n === "(" &&
      tokens[m.end]?.n === ")" &&
      /\S{3,}(ه|ها)$/.test(tokens[m.start - 2]?.raw.replace(/[\u064B-\u0652]/g, "") ?? "");
    return located || glossed ? { ...m, prep: "في" } : m;
  });
}

/**
 * "المجلس الوزاري لجامعة الدول العربية"، "المكتب السياسي لحركة حماس": a body named only by a definite head and its
 * adjectives, followed by "لـ" and an organisation, is that organisation's organ. It names no actor of its own ("the
 * ministerial council" of which body?), so the two are one mention of the organisation, in the first one's place.
 * Each join is noted in `owners` (the article's), so that the body named bare later ("ودعا المجلس الوزاري …") is
 * the same organisation: see ownedBodies.
 */
export function withOwnedBodies(params: MentionsInContext & { owners?: Map<string, string> }): Mention[] {
  const { tokens, mentions, actorOf, owners } = params;
  return joinAdjacent(mentions, (a, b) => {
    const body = actorOf(a.actorId);
    const owner = actorOf(b.actorId);
    const generic =
      a.via === "discovered" &&
      !!body?.discovered &&
      a.end - a.start >= 2 &&
      /^[وف]?(ال|لل)/.test(tokens[a.start]?.n ?? "") &&
      tokens.slice(a.start + 1, a.end).every((t) => /^DTJJ/.test(t.pos ?? ""));
    const owned =
      generic &&
      b.start === a.end &&
      b.prep === "ل" &&
      !b.conj &&
      // "لجامعة"، "لحركة": the owner's construct; "للجيش" after a group is more often an act's object ("اتهام
      // التجمع الوطني التباوي للجيش").
      !/^لل/.test(tokens[b.start]?.n ?? "") &&
      (owner?.kind === "ORGANIZATION" || owner?.kind === "GOVERNMENT_BODY");
    if (!owned) return null;
    owners?.set(a.actorId, b.actorId);
    return { ...b, start: a.start, prep: a.prep, conj: a.conj };
  });
}

/**
 * The organ of an organisation named bare after the article named its owner ("المجلس الوزاري لجامعة الدول العربية"
 * … "ودعا المجلس الوزاري مجلس الأمن"): the short form is that organisation, the one last named with it, not a body of
 * its own.
 */
export function ownedBodies(params: { mentions: Mention[]; owners: ReadonlyMap<string, string> }): Mention[] {
  const { mentions, owners } = params;
  return mentions.map((m) => {
    const owner = m.via === "discovered" ? owners.get(m.actorId) : undefined;
    return owner ? { ...m, actorId: owner } : m;
  });
}

/** A group's own units, named by a definite head and its adjectives: "الأمانة العامة"، "المكتب السياسي". */
const GROUP_UNITS = new Set(
  "الأمانة المكتب الهيئة اللجنة الكتلة الجناح الذراع القيادة".split(" ").map((w) => normalizeArabic(w)),
);

/**
 * "وحمّلت الأمانة العامة لقوى 14 آذار …"، "أعلن الجناح العسكري لحركة حماس": a unit of a group that acts, its
 * adjectives, then the group after "لـ", acts for the group (as withOwnedBodies joins a discovered organ), where a
 * subject stands: after a verb or opening the sentence (inside a title, "عضو المكتب السياسي لحركة حماس", it is not).
 */
export function withGroupUnits(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return growMentions(mentions, (m) => {
    const kind = actorOf(m.actorId)?.kind;
    if (m.prep !== "ل" || m.conj || m.place !== null || !isGroupKind(kind)) return null;
    let j = m.start - 1;
    while (j >= m.start - 2 && /^DTJJ/.test(tokens[j]?.pos ?? "")) j--;
    if (j === m.start - 1) return null;
    const unit = cliticIn(tokens[j], GROUP_UNITS);
    if (!unit || unit.prep) return null;
    // Only where a subject stands, after a verb or opening the sentence: after a comma it is an apposition ("حزب
    // الإصلاح، الذراع السياسية لجماعة الإخوان").
    // (Or after "في", as where a source works: "مصدر مسؤول في الأمانة العامة للحزب الاشتراكي".)
    const before = tokens[j - 1];
    if (before && !/^VB/.test(before.pos ?? "") && before.n !== "في") return null;
    if (mentions.some((o) => o !== m && o.start < m.start && o.end > j)) return null;
    return { mention: { ...m, start: j, ...prepBefore({ tokens, start: j, reading: unit }) }, absorbed: [] };
  });
}

/** Ministries whose ministers meet as an organisation's council: "وزراء خارجية الاتحاد الأوروبي". */
const MINISTRIES = new Set(
  "خارجية دفاع داخلية مالية اقتصاد عدل إعلام طاقة نفط صحة".split(" ").map((w) => normalizeArabic(w)),
);

/** Ministers as a body ("لوزراء" too: the clitics are read off). */
const MINISTERS = new Set(["وزراء"]);

/**
 * "طلب وزراء خارجية الاتحاد الأوروبي من …"، "اجتماع لوزراء خارجية الجامعة العربية": an organisation's ministers,
 * together, act as that organisation (its council); the member noun and the ministry join the mention, so that a verb
 * before them reaches it.
 */
export function withMinistersOf(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || m.place !== null || !isGroupKind(actorOf(m.actorId)?.kind)) return null;
    const ministry = (tokens[m.start - 1]?.n ?? "").replace(/^ال/, "");
    if (!MINISTRIES.has(ministry)) return null;
    const j = m.start - 2;
    const members = cliticIn(tokens[j], MINISTERS);
    if (!members) return null;
    if (mentions.some((o) => o !== m && o.start < m.start && o.end > j)) return null;
    return { mention: { ...m, start: j, ...prepBefore({ tokens, start: j, reading: members }) }, absorbed: [] };
  });
}

/**
 * "التنظيم الإرهابي ''التوحيد والجهاد''"، "جماعة ''أنصار الدين''": a group head (with its adjectives, if definite)
 * right before a quoted organisation's name describes it; it is part of its mention, so that a verb before it reaches
 * the organisation.
 */
export function withDescribedNames(params: MentionsInContext): Mention[] {
  const { tokens, mentions, actorOf } = params;
  return growMentions(mentions, (m) => {
    if (m.prep !== null || m.conj || actorOf(m.actorId)?.kind !== "ORGANIZATION") return null;
    const quote = m.start - 1;
    if (tokens[quote]?.n !== '"') return null;
    let k = quote - 1;
    while (k > 0 && /^DTJJ/.test(tokens[k]?.pos ?? "")) k--;
    const head = tokens[k];
    const bare = head?.n.replace(/^[وف]?(ال)?/, "") ?? "";
    // An indefinite head stands right before the quote ("جماعة ''التوحيد والجهاد''"); adjectives need the article.
    const definite = /^[وف]?ال/.test(head?.n ?? "");
    if (!head || !GROUP_HEADS.has(bare) || (!definite && k !== quote - 1)) return null;
    // The description may have been discovered as a body of its own ("التنظيم المسلح"): it is this one.
    const other = mentions.find((o) => o !== m && o.start <= k && k < o.end);
    if (other && !(other.via === "discovered" && other.start === k && other.end === quote)) return null;
    const mention = { ...m, start: k, ...prepBefore({ tokens, start: k, reading: null }), conj: /^و/.test(head.n) };
    return { mention, absorbed: other ? [other] : [] };
  });
}

/** "The two sides", in the nominative a subject takes: the two parties of the meeting reported just before. */
const TWO_SIDES = new Set(
  // (Not "البلدان", also the plural "countries".)
  ["الجانبان", "الطرفان", "الوزيران", "الرئيسان", "الزعيمان", "المسؤولان"].map((w) => normalizeArabic(w)),
);

/**
 * "التقى X Y … وأكد الجانبان دعمهما لـ Z": "the two sides" (nominative, so a subject) right after a meeting are its two
 * parties. The mention is the first, with the second as its `pair`; the linkers read it as any subject, and each
 * relation it heads is stated of both (index.ts).
 */
/** The two sides of "X met (with) Y" before `at` in the sentence: the verb's bare subject and its partner. */
function meetingBefore(params: {
  tokens: Token[];
  mentions: Mention[];
  verbs: number[];
  at: number;
}): { a: string; b: string } | null {
  const { mentions, at } = params;
  for (const v of params.verbs) {
    if (v >= at) continue;
    const a = mentions.find((m) => m.start > v && m.end < at && m.prep === null && m.place === null && !m.conj);
    const b =
      a &&
      mentions.find(
        (m) => m.start >= a.end && m.end < at && (m.prep === "مع" || m.prep === null) && m.place === null && !m.conj,
      );
    if (a && b && a.actorId !== b.actorId) return { a: a.actorId, b: b.actorId };
  }
  return null;
}

export function twoSidesMentions(params: {
  tokens: Token[];
  mentions: Mention[];
  /** The parties of the last meeting coded in this or the previous sentences, if recent enough. */
  meeting: { a: string; b: string } | null;
  /** Where this sentence's verbs of meeting stand. */
  meetingVerbs?: number[];
}): Mention[] {
  const { tokens, mentions } = params;
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    const conj = /^[وف]/.test(t.n) && TWO_SIDES.has(t.n.slice(1));
    if (!TWO_SIDES.has(t.n) && !conj) return;
    if (mentions.some((m) => m.start <= k && k < m.end)) return;
    // A subject stands bare: "على الجانبين"-like phrases are in another case anyway; a separate preposition ends it.
    if (PREP_WORDS.has(tokens[k - 1]?.n ?? "")) return;
    // The sides of a meeting earlier in the same sentence come first: "بحث X مع Y …، وندد الجانبان بـ…".
    const meeting = meetingBefore({ tokens, mentions, verbs: params.meetingVerbs ?? [], at: k }) ?? params.meeting;
    if (!meeting) return;
    out.push({
      actorId: meeting.a,
      start: k,
      end: k + 1,
      prep: null,
      conj,
      via: "short",
      place: null,
      confidence: 0.5,
      pair: meeting.b,
    });
  });
  return out;
}

/**
 * "استقبل ولي العهد في قصر السلام بجدة سفير الصين"، "في مكتبه بالرياض": the city written with "بـ" after a building
 * and its name is where it happened, as if after "في" — never a counterpart of the act.
 */
export function venueCities(params: { tokens: Token[]; mentions: Mention[] }): Mention[] {
  const { tokens, mentions } = params;
  return mentions.map((m) => {
    if (m.place === null || m.prep !== "ب") return m;
    for (let k = m.start - 1; k >= Math.max(0, m.start - 3); k--) {
      // (The building with "بـ" or after "في": "بقصر السلام بجدة"، "في مكتبه بالرياض".)
      const bare = (tokens[k]?.n ?? "").replace(/^[وف]?ب?/, "");
      if (VENUE_NOUNS.has(bare) || ownVenue(bare)) return { ...m, prep: "في" };
      if (mentions.some((x) => x !== m && x.start <= k && k < x.end)) return m;
    }
    return m;
  });
}
