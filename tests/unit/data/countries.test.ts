import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { parse } from "yaml";

// Validation of data/actors/countries.yaml (format: data/actors/README.md).

interface Place {
  name: string;
  nameAr: string;
  aliases?: string[];
}

interface Country {
  id: string;
  kind: string;
  name: string;
  nameAr: string;
  aliases?: string[];
  wikidataId?: string;
  demonym: string;
  nisba?: string[];
  nisbaPlural?: string[];
  capital?: Place;
  cities?: Place[];
  unMember: boolean;
}

const countries = parse(
  readFileSync(new URL("../../../data/actors/countries.yaml", import.meta.url), "utf8"),
) as Country[];

const ENTRY_KEYS = new Set([
  "id",
  "kind",
  "name",
  "nameAr",
  "aliases",
  "wikidataId",
  "demonym",
  "nisba",
  "nisbaPlural",
  "capital",
  "cities",
  "unMember",
]);
const PLACE_KEYS = new Set(["name", "nameAr", "aliases"]);

// Listed with unMember: false: Palestine (observer state), the Holy See (observer state), Kosovo, Taiwan.
const NON_MEMBERS = ["PSE", "TWN", "VAT", "XKX"];

// Countries allowed to have no `capital`. Empty on purpose: every entry has one. Nauru has no de jure capital and
// uses Yaren (the seat of government); Israel's entry is Tel Aviv, the press metonym, and Palestine's is Ramallah,
// because Jerusalem is contested and listed for no state (see the comments in the YAML file).
const NO_CAPITAL = new Set<string>([]);

// Countries without a nisba, because their only nisba is a common Arabic word that would cause false matches
// (its generated forms included): Mali (مالي "financial", المالية "finance") and the Comoros (قمري "lunar").
const NO_NISBA = new Set(["COM", "MLI"]);

// Normalised Arabic strings that may be claimed by more than one country, with exactly those countries:
// Oman (سلطنة عمان / عُمان) and Amman, capital of Jordan (عمّان), are the same string without diacritics.
const SHARED: Record<string, string[]> = { عمان: ["JOR", "OMN"] };

// Normalised strings that are too ambiguous to be a name, alias or nisba of any country.
const FORBIDDEN = ["كوريا", "كوري", "عربي", "عرب", "كيف", "القدس"];

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /[A-Za-z]/;

/** Light normalisation: diacritics and tatweel removed, أإآ → ا, ى → ي, ة → ه. */
function normalise(s: string): string {
  return s
    .replace(/[\u064B-\u0652\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/\s+/g, " ")
    .trim();
}

function isArabic(s: unknown): s is string {
  return typeof s === "string" && ARABIC.test(s) && !LATIN.test(s);
}

function placeStrings(p: Place | undefined): string[] {
  return p ? [p.nameAr, ...(p.aliases ?? [])] : [];
}

/** Every Arabic-script string an entry claims. */
function arabicStrings(c: Country): string[] {
  return [
    c.nameAr,
    ...(c.aliases ?? []),
    ...(c.nisba ?? []),
    ...(c.nisbaPlural ?? []),
    ...placeStrings(c.capital),
    ...(c.cities ?? []).flatMap(placeStrings),
  ].filter((s) => ARABIC.test(s));
}

describe("data/actors/countries.yaml", () => {
  it("is a list of country entries", () => {
    expect(Array.isArray(countries)).toBe(true);
    expect(countries.length).toBe(193 + NON_MEMBERS.length);
  });

  it("has exactly the 193 UN member states, plus the documented non-members", () => {
    expect(countries.filter((c) => c.unMember === true)).toHaveLength(193);
    const others = countries.filter((c) => c.unMember !== true);
    expect(others.every((c) => c.unMember === false)).toBe(true);
    expect(others.map((c) => c.id).sort()).toEqual(NON_MEMBERS);
  });

  it("has unique ISO 3166-1 alpha-3 ids", () => {
    const ids = countries.map((c) => c.id);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is sorted by English name", () => {
    const names = countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("uses only known keys", () => {
    for (const c of countries) {
      for (const key of Object.keys(c)) expect(ENTRY_KEYS.has(key), `${c.id}.${key}`).toBe(true);
      for (const p of [...(c.capital ? [c.capital] : []), ...(c.cities ?? [])]) {
        for (const key of Object.keys(p)) expect(PLACE_KEYS.has(key), `${c.id} place ${p.name}: ${key}`).toBe(true);
      }
    }
  });

  it("has the required fields on every entry", () => {
    for (const c of countries) {
      expect(c.kind, c.id).toBe("COUNTRY");
      expect(typeof c.name === "string" && c.name.length > 0, `${c.id}.name`).toBe(true);
      expect(isArabic(c.nameAr), `${c.id}.nameAr`).toBe(true);
      expect(typeof c.demonym === "string" && c.demonym.length > 0, `${c.id}.demonym`).toBe(true);
      if (NO_NISBA.has(c.id)) expect(c.nisba, `${c.id}.nisba`).toBeUndefined();
      else expect(Array.isArray(c.nisba) && c.nisba.length > 0, `${c.id}.nisba`).toBe(true);
      for (const n of [...(c.nisba ?? []), ...(c.nisbaPlural ?? [])])
        expect(isArabic(n), `${c.id} nisba ${n}`).toBe(true);
      if (c.wikidataId !== undefined) expect(c.wikidataId, c.id).toMatch(/^Q[1-9]\d*$/);
      for (const a of c.aliases ?? []) expect(typeof a === "string" && a.length > 0, `${c.id} alias`).toBe(true);
    }
  });

  it("has a capital with an Arabic name, except the documented exceptions", () => {
    for (const c of countries) {
      if (NO_CAPITAL.has(c.id)) continue;
      expect(c.capital, `${c.id}.capital`).toBeDefined();
      expect(typeof c.capital?.name === "string" && c.capital.name.length > 0, `${c.id}.capital.name`).toBe(true);
      expect(isArabic(c.capital?.nameAr), `${c.id}.capital.nameAr`).toBe(true);
    }
  });

  it("has Arabic names for all cities", () => {
    for (const c of countries) {
      for (const city of c.cities ?? []) {
        expect(typeof city.name === "string" && city.name.length > 0, `${c.id} city`).toBe(true);
        expect(isArabic(city.nameAr), `${c.id} city ${city.name}`).toBe(true);
      }
    }
  });

  it("gives no Arabic string to two countries, except the documented ones", () => {
    const owners = new Map<string, Set<string>>();
    for (const c of countries) {
      for (const s of arabicStrings(c)) {
        const key = normalise(s);
        const set = owners.get(key) ?? new Set<string>();
        set.add(c.id);
        owners.set(key, set);
      }
    }
    const shared = Object.fromEntries(
      [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => [key, [...ids].sort()]),
    );
    expect(shared).toEqual(SHARED);
  });

  it("lists no over-ambiguous string", () => {
    for (const c of countries) {
      for (const s of arabicStrings(c)) expect(FORBIDDEN, `${c.id}: ${s}`).not.toContain(normalise(s));
    }
  });
});
