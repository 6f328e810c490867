import { describe, expect, it } from "vitest";
import { findMentions, newActorState } from "../../../src/extract/actors.js";
import { buildMatcher } from "../../../src/extract/dictionary.js";
import { compileTriggers } from "../../../src/extract/relations.js";
import { tokenize } from "../../../src/extract/tokens.js";
import { data, extract } from "./helpers.js";

const matcher = buildMatcher(data.dictionary);
const verbForms = compileTriggers(data.triggers).verbForms;

function mentions(sentences: string[]): { id: string; via: string; place: boolean; text: string }[][] {
  const state = newActorState();
  return sentences.map((s) => {
    const tokens = tokenize(s);
    return findMentions({ tokens, matcher, state, verbForms }).map((m) => ({
      id: m.actorId,
      via: m.via,
      place: m.place !== null,
      text: s.slice(tokens[m.start]?.start, tokens[m.end - 1]?.end),
    }));
  });
}

describe("findMentions", () => {
  it("discovers people behind long title chains and family names with the article", () => {
    const x = extract(
      "استقبل رئيس المجلس الرئاسي الليبي سالم الورفلي السفير المالطي. والتقى رئيس حكومة الوحدة الليبية عبد الحميد الزنتيبة بنظيره السوداني.",
    );
    const people = x.actors.filter((a) => a.discovered);
    expect(people.map((a) => [a.nameAr, a.parent, a.roles[0]?.title])).toEqual([
      // (The council is a body of the dictionary: its chairman belongs to it.)
      ["سالم الورفلي", "libya-presidential-council", "Chairman of the Presidential Council"],
      ["عبد الحميد الزنتيبة", "LBY", "Prime Minister"],
    ]);
    // "السوداني" after a title is the nationality, not the Iraqi prime minister's surname.
    expect(x.relations.map((r) => r.object.id)).toContain("SDN");
  });
  it("never takes a common noun after a title for a name", () => {
    const x = extract(
      "وبحث وزير الخارجية البرتغالي مع السفير التركي ملف المياه. وناقش الرئيس الكيني وليام روتو القضية الصومالية. وأشاد السفير الياباني بالجهود القطرية وبالتعاون الثنائي.",
    );
    expect(x.actors.filter((a) => a.discovered).map((a) => a.nameAr)).toEqual(["وليام روتو"]);
  });
  it("absorbs a title into the dictionary person it introduces", () => {
    const [m] = mentions(["قال وزير الخارجية الروسي سيرغي لافروف إن"]);
    expect(m).toEqual([
      { id: "sergey-lavrov", via: "person", place: false, text: "وزير الخارجية الروسي سيرغي لافروف" },
    ]);
  });
  it("discovers a person from title + nationality + name, with a role in the country", () => {
    const x = extract(
      "استدعت الخارجية الإسرائيلية السفير الروسي لدى إسرائيل أناتولي فيكتوروف. وقال فيكتوروف إن بلاده ترفض ذلك.",
    );
    const p = x.actors.find((a) => a.discovered);
    expect(p).toMatchObject({ nameAr: "أناتولي فيكتوروف", kind: "PERSON", parent: "RUS" });
    expect(p?.roles[0]).toMatchObject({ title: "Ambassador", of: "RUS" });
    const [, second] = mentions(["السفير الروسي لدى إسرائيل أناتولي فيكتوروف", "وقال فيكتوروف"]);
    expect(second?.[0]?.id).toBe(p?.id);
  });
  it("discovers a person after a title without nationality, with no guessed affiliation", () => {
    // A name the dictionary does not know (well-known office holders resolve to their dictionary entry instead).
    const x = extract("استقبل الرئيس سليم بن عمارة، اليوم، وزير الخارجية الإيطالي ماركو فيراري.");
    const people = x.actors
      .filter((a) => a.discovered)
      .map((a) => [a.nameAr, a.parent ?? null, a.roles.map((r) => r.of)]);
    expect(people).toEqual([
      ["سليم بن عمارة", null, []],
      ["ماركو فيراري", "ITA", ["ITA"]],
    ]);
    expect(x.relations.map((r) => [r.subject.nameAr, r.type, r.object.nameAr, r.mode])).toEqual([
      ["سليم بن عمارة", "MET", "ماركو فيراري", "hosting"],
    ]);
  });
  it("keeps the family name after a compound given name, whatever its ending", () => {
    const x = extract("استقبل الرئيس عبد الرحيم البرغوث، اليوم، وزير الخارجية الفرنسي جان نويل بارو.");
    expect(x.relations.map((r) => [r.subject.nameAr, r.type])).toEqual([["عبد الرحيم البرغوث", "MET"]]);
  });
  it("does not take a verb or a bare title for a name", () => {
    expect(
      extract("وقال الرئيس إن البلاد تواجه تحديات. وزار الرئيس التركي القاهرة.").actors.filter((a) => a.discovered),
    ).toEqual([]);
  });
  it("never merges two people by a shared surname", () => {
    const [a, b, c] = mentions(["التقى علي باقري كني", "وصل اللواء محمد باقري", "وقال باقري"]);
    expect(a?.[0]?.id).toBe("ali-bagheri-kani");
    expect(b?.[0]?.id).toBe("mohammad-bagheri");
    expect(c).toEqual([]);
  });
  it("resolves a shared surname when only one of the people was named", () => {
    const [, b] = mentions(["التقى علي باقري كني نظيره", "وقال باقري"]);
    expect(b?.[0]?.id).toBe("ali-bagheri-kani");
  });
  it("reads a nationality as an actor only after an agent noun or a title", () => {
    const [m] = mentions(["الصراع الإسرائيلي الفلسطيني ووفد إسرائيلي ومسؤولين روس والرئيس التركي"]);
    expect(m?.map((x) => [x.id, x.text])).toEqual([
      ["ISR", "ووفد إسرائيلي"],
      ["RUS", "ومسؤولين روس"],
      ["TUR", "والرئيس التركي"],
    ]);
  });
  it("treats a capital as an actor, but as a place after في or in a dateline", () => {
    const [a, b, c] = mentions(["اتخذت موسكو قرارا", "التقيا في موسكو", "بيروت - قالت"]);
    expect(a?.[0]).toMatchObject({ id: "RUS", via: "capital", place: false });
    expect(b?.[0]).toMatchObject({ id: "RUS", place: true });
    expect(c?.[0]).toMatchObject({ id: "LBN", place: true });
  });
  it("matches generated government bodies and named bodies with proclitics", () => {
    const [m] = mentions(["وقالت الخارجية الروسية وللكرملين"]);
    expect(m?.map((x) => x.id)).toEqual(["RUS-mfa", "kremlin"]);
  });
  it("does not read a common word as an organisation", () => {
    expect(mentions(["بكل الحماس والقاعدة"])[0]).toEqual([]);
  });
});

describe("short forms that are also prepositions", () => {
  it("never reads 'على' as the middle name 'علي' of someone named in full", () => {
    const found = mentions(["قال العميد أحمد علي عبدالله صالح إن الحرس جاهز.", "وأثنى الوزير على جهود صالح."]);
    expect(found[1]?.map((m) => m.text)).toEqual(["صالح"]);
  });
});
