import { describe, expect, it } from "vitest";
import { DataValidationError, readExtractionData, validateData } from "../../../src/ingest/read-data.js";

const country = { id: "RUS", kind: "COUNTRY", name: "Russia", nameAr: "روسيا", nisba: ["روسي"], demonym: "Russian" };
const met = {
  type: "MET",
  plover: "CONSULT",
  cameo: "040",
  triggers: [{ pos: "verb", forms: ["التقى"], object: ["direct"] }],
};

function problems(input: Parameters<typeof validateData>[0]): string[] {
  try {
    validateData(input);
    return [];
  } catch (e) {
    if (e instanceof DataValidationError) return e.problems;
    throw e;
  }
}

describe("readExtractionData", () => {
  it("loads and validates the project's data, once per process", () => {
    const a = readExtractionData();
    expect(a.dictionary.actors.length).toBeGreaterThan(200);
    expect(a.triggers.sets.map((s) => s.type).sort()).toEqual([
      "ACCUSED",
      "ATTACKED",
      "CONDEMNED",
      "DEMANDED",
      "INVITED",
      "MEDIATED",
      "MET",
      "REJECTED",
      "SANCTIONED",
      "SUPPLIED",
      "SUPPORTED",
      "THREATENED",
    ]);
    expect(readExtractionData()).toBe(a);
  });
});

describe("validateData", () => {
  const base = { templates: null, triggerFiles: [{ file: "met.yaml", data: met }] };
  it("accepts valid data", () => {
    expect(problems({ ...base, actorFiles: [{ file: "c.yaml", data: [country] }] })).toEqual([]);
  });
  it("accepts a body template's 'kind' only as GOVERNMENT_BODY or PEOPLE, and generates that kind", () => {
    const actorFiles = [{ file: "c.yaml", data: [country] }];
    const people = { suffix: "people", kind: "PEOPLE", name: "{demonym} people", nameAr: "الشعب {nisbaDef}" };
    expect(problems({ ...base, actorFiles, templates: { file: "t.yaml", data: [people] } })).toEqual([]);
    const wrong = problems({
      ...base,
      actorFiles,
      templates: { file: "t.yaml", data: [{ ...people, kind: "CROWD" }] },
    });
    expect(wrong.join(" ")).toContain("'kind' must be GOVERNMENT_BODY or PEOPLE");
  });
  it("refuses two listed actors with the same Arabic name, which the matcher would never match", () => {
    const a = { id: "kataeb", kind: "ORGANIZATION", name: "Kataeb Party", nameAr: "حزب الكتائب" };
    const b = { ...a, id: "kataeb-party", nameAr: "حزب الكتائب اللبنانية", aliases: ["حزب الكتائب"] };
    const p = problems({ ...base, actorFiles: [{ file: "c.yaml", data: [country, a, b] }] });
    expect(p.join(" ")).toContain("kataeb-party: Arabic name 'حزب الكتائب' is also kataeb's");
    expect(problems({ ...base, actorFiles: [{ file: "c.yaml", data: [country, a, { ...b, aliases: [] }] }] })).toEqual(
      [],
    );
  });
  it("accepts 'shortAr' on organisations only", () => {
    const party = { id: "p", kind: "ORGANIZATION", name: "P", nameAr: "حركة النهضة", shortAr: ["النهضة"] };
    expect(problems({ ...base, actorFiles: [{ file: "c.yaml", data: [country, party] }] })).toEqual([]);
    const person = { ...party, kind: "PERSON" };
    expect(problems({ ...base, actorFiles: [{ file: "c.yaml", data: [country, person] }] }).join(" ")).toMatch(
      /unknown key 'shortAr'/,
    );
  });
  it("accepts 'governedBy' only with 'clauseSubject'", () => {
    const claim = { pos: "noun", forms: ["استهداف"], object: ["direct"], governedBy: ["أعلن"] };
    const attacked = (entry: object): { file: string; data: unknown }[] => [
      { file: "attacked.yaml", data: { type: "ATTACKED", plover: "ASSAULT", cameo: "190", triggers: [entry] } },
    ];
    const actorFiles = [{ file: "c.yaml", data: [country] }];
    expect(problems({ templates: null, actorFiles, triggerFiles: attacked(claim) }).join(" ")).toContain(
      "'governedBy' needs 'clauseSubject: true'",
    );
    expect(
      problems({ templates: null, actorFiles, triggerFiles: attacked({ ...claim, clauseSubject: true }) }),
    ).toEqual([]);
  });
  it("accepts 'writtenForms' only as single words", () => {
    const supported = (entry: object): { file: string; data: unknown }[] => [
      { file: "supported.yaml", data: { type: "SUPPORTED", plover: "SUPPORT", cameo: "050", triggers: [entry] } },
    ];
    const actorFiles = [{ file: "c.yaml", data: [country] }];
    const congratulate = { pos: "verb", forms: ["هنأت"], object: ["direct"], writtenForms: ["هنأ"] };
    expect(problems({ templates: null, actorFiles, triggerFiles: supported(congratulate) })).toEqual([]);
    const phrase = problems({
      templates: null,
      actorFiles,
      triggerFiles: supported({ ...congratulate, writtenForms: ["هنأ الرئيس"] }),
    });
    expect(phrase.join(" ")).toContain("'writtenForms' must be a non-empty list of single words");
  });
  it("accepts 'speakerSubject', 'predicate' and 'circumstantial' only on nouns, as booleans", () => {
    const demanded = (entry: object): { file: string; data: unknown }[] => [
      { file: "demanded.yaml", data: { type: "DEMANDED", plover: "DEMAND", cameo: "100", triggers: [entry] } },
    ];
    const actorFiles = [{ file: "c.yaml", data: [country] }];
    const obligation = { pos: "noun", forms: ["يجب على"], object: ["على"], speakerSubject: true };
    expect(problems({ templates: null, actorFiles, triggerFiles: demanded(obligation) })).toEqual([]);
    const onVerb = problems({ templates: null, actorFiles, triggerFiles: demanded({ ...obligation, pos: "verb" }) });
    expect(onVerb.join(" ")).toContain("'speakerSubject' is only for nouns");
    const notBool = problems({
      templates: null,
      actorFiles,
      triggerFiles: demanded({ ...obligation, speakerSubject: "yes" }),
    });
    expect(notBool.join(" ")).toContain("'speakerSubject' must be a boolean");
    const charge = { pos: "noun", forms: ["مسؤول عن"], object: ["direct"], predicate: true };
    expect(problems({ templates: null, actorFiles, triggerFiles: demanded(charge) })).toEqual([]);
    const chargeOnVerb = problems({ templates: null, actorFiles, triggerFiles: demanded({ ...charge, pos: "verb" }) });
    expect(chargeOnVerb.join(" ")).toContain("'predicate' is only for nouns");
    const purpose = { pos: "noun", forms: ["احتجاجا"], object: ["على"], circumstantial: true };
    expect(problems({ templates: null, actorFiles, triggerFiles: demanded(purpose) })).toEqual([]);
    const purposeOnVerb = problems({
      templates: null,
      actorFiles,
      triggerFiles: demanded({ ...purpose, pos: "verb" }),
    });
    expect(purposeOnVerb.join(" ")).toContain("'circumstantial' is only for nouns");
  });
  it("rejects unknown keys, duplicate ids and dangling references", () => {
    const p = problems({
      ...base,
      actorFiles: [
        { file: "c.yaml", data: [country, { ...country }] },
        {
          file: "p.yaml",
          data: [
            { id: "x", kind: "PERSON", name: "X", nameAr: "س", colour: "red", parent: "nowhere" },
            { id: "y", kind: "PERSON", name: "Y", nameAr: "ص", roles: [{ title: "Envoy", of: "ghost" }] },
          ],
        },
      ],
    });
    expect(p.join("\n")).toMatch(/unknown key 'colour'/);
    expect(p.join("\n")).toMatch(/duplicate actor id 'RUS'/);
    expect(p.join("\n")).toMatch(/parent 'nowhere'/);
    expect(p.join("\n")).toMatch(/unknown actor 'ghost'/);
  });
  it("rejects country-only keys on other kinds and bad kinds", () => {
    const p = problems({
      ...base,
      actorFiles: [
        {
          file: "o.yaml",
          data: [
            // Organisations may carry a nisba ("الدعم الأوروبي"), people and bodies may not.
            { id: "o", kind: "PERSON", name: "O", nameAr: "و", nisba: ["x"] },
            { id: "u", kind: "ORGANIZATION", name: "U", nameAr: "ع", capital: { name: "C", nameAr: "ق" } },
            { id: "z", kind: "THING", name: "Z", nameAr: "ز" },
          ],
        },
      ],
    });
    expect(p.join("\n")).toMatch(/unknown key 'nisba'/);
    expect(p.join("\n")).toMatch(/unknown key 'capital'/);
    expect(p.join("\n")).toMatch(/'kind' must be one of/);
  });
  it("rejects bad trigger files", () => {
    const p = problems({
      templates: null,
      actorFiles: [],
      triggerFiles: [
        { file: "a.yaml", data: { ...met, type: "HUGGED" } },
        {
          file: "b.yaml",
          data: { ...met, triggers: [{ pos: "verb", forms: ["x"], object: ["under"], mode: "dance", extra: 1 }] },
        },
        { file: "c.yaml", data: met },
        { file: "d.yaml", data: met },
      ],
    });
    const all = p.join("\n");
    expect(all).toMatch(/unknown relation type 'HUGGED'/);
    expect(all).toMatch(/unknown object preposition 'under'/);
    expect(all).toMatch(/unknown mode 'dance'/);
    expect(all).toMatch(/unknown key 'extra'/);
    expect(all).toMatch(/MET is defined twice/);
  });
  it("resolves references to generated government bodies", () => {
    const templates = {
      file: "g.yaml",
      data: [{ suffix: "mfa", name: "{demonym} MFA", nameAr: "وزارة الخارجية {nisbaFemDef}" }],
    };
    const person = { id: "p", kind: "PERSON", name: "P", nameAr: "ب", roles: [{ title: "Minister", of: "RUS-mfa" }] };
    expect(problems({ ...base, templates, actorFiles: [{ file: "c.yaml", data: [country, person] }] })).toEqual([]);
  });
});
