import { describe, expect, it } from "vitest";
import { buildMatcher, generateBodies } from "../../../src/extract/dictionary.js";
import type { ActorEntry, Dictionary } from "../../../src/extract/lexicon-types.js";
import { normalizeArabic } from "../../../src/extract/normalize.js";

const russia: ActorEntry = {
  id: "RUS",
  kind: "COUNTRY",
  name: "Russia",
  nameAr: "روسيا",
  demonym: "Russian",
  nisba: ["روسي"],
  nisbaPlural: ["روس"],
  capital: { name: "Moscow", nameAr: "موسكو" },
};
const korea: ActorEntry = {
  id: "KOR",
  kind: "COUNTRY",
  name: "South Korea",
  nameAr: "كوريا الجنوبية",
  nisba: ["كوري جنوبي"],
  demonym: "South Korean",
};
const oman: ActorEntry = { id: "OMN", kind: "COUNTRY", name: "Oman", nameAr: "سلطنة عمان", aliases: ["عُمان"] };
const jordan: ActorEntry = {
  id: "JOR",
  kind: "COUNTRY",
  name: "Jordan",
  nameAr: "الأردن",
  capital: { name: "Amman", nameAr: "عمّان" },
};
const dict: Dictionary = {
  actors: [russia, korea, oman, jordan],
  bodyTemplates: [
    {
      suffix: "mfa",
      name: "{demonym} Ministry of Foreign Affairs",
      nameAr: "وزارة الخارجية {nisbaFemDef}",
      aliases: ["الخارجية {nisbaFemDef}"],
    },
  ],
};

function lookup(phrase: string): { actorId: string | null; via: string } | undefined {
  const m = buildMatcher(dict);
  const toks = normalizeArabic(phrase).split(" ");
  const e = (m.byFirst.get(toks[0] ?? "") ?? []).find((x) => x.tokens.join(" ") === toks.join(" "));
  return e ? { actorId: e.actorId, via: e.via } : undefined;
}

describe("buildMatcher", () => {
  it("generates nisba forms: masculine, feminine, definite, plural, accusative", () => {
    for (const f of ["روسي", "روسية", "الروسي", "الروسية", "الروس", "روسيين", "الروسيون"]) {
      expect(lookup(f)?.actorId, f).toBe("RUS");
    }
    expect(lookup("روسيا")).toEqual({ actorId: "RUS", via: "name" });
  });
  it("inflects two-word nisbas as a phrase", () => {
    expect(lookup("الكورية الجنوبية")?.actorId).toBe("KOR");
    expect(lookup("الخارجية الكورية الجنوبية")?.actorId).toBe("KOR-mfa");
  });
  it("uses the capital as a metonym of the state", () => {
    expect(lookup("موسكو")).toEqual({ actorId: "RUS", via: "capital" });
  });
  it("marks a string shared by two actors as ambiguous", () => {
    expect(lookup("عمان")?.actorId).toBeNull();
  });
});

describe("generateBodies", () => {
  it("names bodies with the demonym and links them to the country", () => {
    const [mfa] = generateBodies(russia, dict.bodyTemplates);
    expect(mfa).toMatchObject({
      id: "RUS-mfa",
      kind: "GOVERNMENT_BODY",
      name: "Russian Ministry of Foreign Affairs",
      nameAr: "وزارة الخارجية الروسية",
      parent: "RUS",
    });
    expect(mfa?.aliases).toContain("الخارجية الروسية");
  });
  it("gives a generated actor its template's kind ('الشعب الروسي' is PEOPLE, not a body)", () => {
    const people = { suffix: "people", kind: "PEOPLE" as const, name: "{demonym} people", nameAr: "الشعب {nisbaDef}" };
    const [nation] = generateBodies(russia, [people]);
    expect(nation).toMatchObject({ id: "RUS-people", kind: "PEOPLE", name: "Russian people", nameAr: "الشعب الروسي" });
  });
  it("names a government by its seat only where the dictionary knows the capital", () => {
    const templates = [
      {
        suffix: "government",
        name: "{demonym} Government",
        nameAr: "الحكومة {nisbaFemDef}",
        aliases: ["حكومة {capitalAr}"],
      },
    ];
    expect(generateBodies(russia, templates)[0]?.aliases).toEqual(["حكومة موسكو"]);
    const { capital: _capital, ...noCapital } = russia;
    expect(generateBodies(noCapital, templates)[0]?.aliases).toEqual([]);
  });
});
