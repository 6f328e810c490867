/**
 * Reads and validates the extraction data: data/actors/*.yaml (actor dictionary; government-bodies.yaml holds
 * per-country body templates) and data/triggers/*.yaml (relation trigger lexicon). Validation is strict: unknown
 * keys, missing fields, duplicate ids and dangling parent/role references are errors. Cached per process.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { expandDictionary } from "../extract/dictionary.js";
import { normalizeArabic } from "../extract/normalize.js";
import { participleForms, verbForms } from "../extract/conjugate.js";
import type {
  ActorEntry,
  ArgumentPrep,
  BodyTemplate,
  Dictionary,
  PlaceEntry,
  TriggerEntry,
  TriggerLexicon,
  TriggerSet,
} from "../extract/lexicon-types.js";
import { ACTOR_KINDS, MEET_MODES, RELATION_TYPES, type RoleEntry } from "../extract/types.js";

/** Raised when a data file is malformed; lists every problem found. */
export class DataValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid extraction data:\n  ${problems.join("\n  ")}`);
    this.name = "DataValidationError";
  }
}

/** The validated data the extractor consumes. */
export interface ExtractionData {
  dictionary: Dictionary;
  triggers: TriggerLexicon;
}

const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));
const cache = new Map<string, ExtractionData>();

const ACTOR_KEYS = new Set(["id", "kind", "name", "nameAr", "aliases", "wikidataId", "parent", "roles"]);
const COUNTRY_KEYS = new Set([...ACTOR_KEYS, "demonym", "nisba", "nisbaPlural", "capital", "cities", "unMember"]);
// A union of states has an adjective too ("الدعم الأوروبي"): it names the organisation after an act noun or title.
const ORGANIZATION_KEYS = new Set([...ACTOR_KEYS, "nisba", "shortAr"]);
const PLACE_KEYS = new Set(["name", "nameAr", "aliases"]);
const ROLE_KEYS = new Set(["title", "titleAr", "of", "from", "to"]);
const TEMPLATE_KEYS = new Set(["suffix", "name", "nameAr", "aliases", "kind"]);
const SET_KEYS = new Set(["type", "plover", "cameo", "triggers"]);
const TRIGGER_KEYS = new Set([
  "nationalAgent",
  "mutual",
  "circumstantial",
  "passiveParticiple",
  "attributive",
  "pos",
  "forms",
  "object",
  "mode",
  "cameo",
  "requires",
  "excludes",
  "lightVerb",
  "negatedOnly",
  "writtenForms",
  "purpose",
  "passiveSubjectPrep",
  "genitiveIsObject",
  "clauseSubject",
  "governedBy",
  "speakerSubject",
  "predicate",
  "confidence",
  "verbs",
  "participles",
]);
const PREPS: ArgumentPrep[] = [
  ...["direct", "ب", "مع", "ل", "الى", "على", "ضد", "من", "عن", "لدى", "تجاه", "حيال", "إزاء"],
  // "مذكرة اعتقال بحق X": against, in legal prose.
  "بحق",
] as ArgumentPrep[];
const EXTRA_PREPS = new Set(["بين"]);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

class Checker {
  problems: string[] = [];
  constructor(private where: string) {}
  at(where: string): Checker {
    const c = new Checker(where);
    c.problems = this.problems;
    return c;
  }
  fail(msg: string): void {
    this.problems.push(`${this.where}: ${msg}`);
  }
  keys(o: Obj, allowed: Set<string>): void {
    for (const k of Object.keys(o)) if (!allowed.has(k)) this.fail(`unknown key '${k}'`);
  }
  str(o: Obj, key: string, required: boolean): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.fail(`missing '${key}'`);
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") {
      this.fail(`'${key}' must be a non-empty string`);
      return undefined;
    }
    return v;
  }
  strList(o: Obj, key: string): string[] | undefined {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x.trim() === "")) {
      this.fail(`'${key}' must be a list of non-empty strings`);
      return undefined;
    }
    return v as string[];
  }
}

function readYaml(path: string, c: Checker): unknown {
  try {
    return parseYaml(readFileSync(path, "utf8"));
  } catch (e) {
    c.fail(`cannot parse YAML: ${(e as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

function place(v: unknown, c: Checker): PlaceEntry | undefined {
  if (!isObj(v)) {
    c.fail("must be a mapping");
    return undefined;
  }
  c.keys(v, PLACE_KEYS);
  const name = c.str(v, "name", true);
  const nameAr = c.str(v, "nameAr", true);
  const aliases = c.strList(v, "aliases");
  if (!name || !nameAr) return undefined;
  return aliases ? { name, nameAr, aliases } : { name, nameAr };
}

function actorEntry(v: unknown, c: Checker): ActorEntry | undefined {
  if (!isObj(v)) {
    c.fail("entry must be a mapping");
    return undefined;
  }
  const kind = v.kind;
  if (typeof kind !== "string" || !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    c.fail(`'kind' must be one of ${ACTOR_KINDS.join(", ")}`);
    return undefined;
  }
  c.keys(v, kind === "COUNTRY" ? COUNTRY_KEYS : kind === "ORGANIZATION" ? ORGANIZATION_KEYS : ACTOR_KEYS);
  const id = c.str(v, "id", true);
  const name = c.str(v, "name", true);
  const nameAr = c.str(v, "nameAr", true);
  if (!id || !name || !nameAr) return undefined;
  const e: ActorEntry = { id, kind: kind as ActorEntry["kind"], name, nameAr };
  const aliases = c.strList(v, "aliases");
  if (aliases) e.aliases = aliases;
  const wd = c.str(v, "wikidataId", false);
  if (wd) {
    if (!/^Q\d+$/.test(wd)) c.fail(`wikidataId '${wd}' is not a Q-id`);
    e.wikidataId = wd;
  }
  const parent = c.str(v, "parent", false);
  if (parent) e.parent = parent;
  if (v.roles !== undefined) {
    if (!Array.isArray(v.roles)) c.fail("'roles' must be a list");
    else {
      e.roles = [];
      for (const r of v.roles as unknown[]) {
        if (!isObj(r)) {
          c.fail("role must be a mapping");
          continue;
        }
        c.keys(r, ROLE_KEYS);
        const title = c.str(r, "title", true);
        const of = c.str(r, "of", true);
        if (!title || !of) continue;
        const role: RoleEntry = { title, of };
        for (const k of ["titleAr", "from", "to"] as const) {
          const val = r[k];
          if (val === undefined) continue;
          const s = val instanceof Date ? val.toISOString().slice(0, 10) : String(val);
          if (k !== "titleAr" && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) c.fail(`role '${k}' must be an ISO date`);
          role[k] = s;
        }
        e.roles.push(role);
      }
    }
  }
  if (kind === "ORGANIZATION") {
    const nisba = c.strList(v, "nisba");
    if (nisba) e.nisba = nisba;
    const shortAr = c.strList(v, "shortAr");
    if (shortAr) e.shortAr = shortAr;
  }
  if (kind === "COUNTRY") {
    const demonym = c.str(v, "demonym", false);
    if (demonym) e.demonym = demonym;
    const nisba = c.strList(v, "nisba");
    if (nisba) e.nisba = nisba;
    const np = c.strList(v, "nisbaPlural");
    if (np) e.nisbaPlural = np;
    if (v.capital !== undefined) {
      const cap = place(v.capital, c.at(`${id}.capital`));
      if (cap) e.capital = cap;
    }
    if (v.cities !== undefined) {
      if (!Array.isArray(v.cities)) c.fail("'cities' must be a list");
      else
        e.cities = (v.cities as unknown[])
          .map((x) => place(x, c.at(`${id}.cities`)))
          .filter((x): x is PlaceEntry => !!x);
    }
    if (v.unMember !== undefined) {
      if (typeof v.unMember !== "boolean") c.fail("'unMember' must be a boolean");
      else e.unMember = v.unMember;
    }
  }
  return e;
}

function triggerSet(v: unknown, c: Checker): TriggerSet | undefined {
  if (!isObj(v)) {
    c.fail("trigger file must be a mapping");
    return undefined;
  }
  c.keys(v, SET_KEYS);
  const type = c.str(v, "type", true);
  const plover = c.str(v, "plover", true);
  const cameo = c.str(v, "cameo", true);
  if (type && !(RELATION_TYPES as readonly string[]).includes(type)) c.fail(`unknown relation type '${type}'`);
  if (!Array.isArray(v.triggers) || v.triggers.length === 0) c.fail("'triggers' must be a non-empty list");
  if (!type || !plover || !cameo || !Array.isArray(v.triggers)) return undefined;
  const triggers: TriggerEntry[] = [];
  (v.triggers as unknown[]).forEach((t, i) => {
    const tc = c.at(`${type}.triggers[${i}]`);
    if (!isObj(t)) {
      tc.fail("must be a mapping");
      return;
    }
    tc.keys(t, TRIGGER_KEYS);
    if (t.pos !== "verb" && t.pos !== "noun") tc.fail("'pos' must be verb or noun");
    // Lemmas ("هدد يهدد") are conjugated here so the YAML lists verbs, not paradigms (src/extract/conjugate.ts).
    const verbs = tc.strList(t, "verbs");
    if (verbs && t.pos !== "verb") tc.fail("'verbs' is only for verbs");
    for (const v of verbs ?? [])
      if (v.trim().split(/\s+/).length > 2) tc.fail(`'verbs' entry '${v}' must be "past [present]"`);
    const participles = tc.strList(t, "participles");
    if (participles && t.pos !== "verb") tc.fail("'participles' is only for verbs");
    const forms = [...new Set([...(tc.strList(t, "forms") ?? []), ...(verbs ?? []).flatMap(verbForms)])];
    if (forms.length === 0 && (participles ?? []).length === 0)
      tc.fail("'forms', 'verbs' or 'participles' must be a non-empty list");
    const object = tc.strList(t, "object");
    if (!object || object.length === 0) tc.fail("'object' must be a non-empty list");
    for (const p of object ?? [])
      if (!(PREPS as string[]).includes(p) && !EXTRA_PREPS.has(p)) tc.fail(`unknown object preposition '${p}'`);
    const entry: TriggerEntry = {
      pos: t.pos === "noun" ? "noun" : "verb",
      forms,
      object: (object ?? []) as ArgumentPrep[],
    };
    if (t.mode !== undefined) {
      if (type !== "MET") tc.fail("'mode' is only for MET");
      if (!(MEET_MODES as readonly unknown[]).includes(t.mode)) tc.fail(`unknown mode '${String(t.mode)}'`);
      else entry.mode = t.mode as TriggerEntry["mode"];
    }
    const tcameo = tc.str(t, "cameo", false);
    if (tcameo) entry.cameo = tcameo;
    for (const k of ["requires", "excludes", "purpose"] as const) {
      const l = tc.strList(t, k);
      if (l && l.length > 0) entry[k] = l;
    }
    const psp = tc.strList(t, "passiveSubjectPrep");
    if (psp) {
      for (const p of psp) if (!(PREPS as string[]).includes(p)) tc.fail(`unknown preposition '${p}'`);
      entry.passiveSubjectPrep = psp as ArgumentPrep[];
    }
    // Flags that only a verbal noun can carry.
    for (const key of [
      "genitiveIsObject",
      "clauseSubject",
      "speakerSubject",
      "predicate",
      "nationalAgent",
      "passiveParticiple",
      "attributive",
      "mutual",
      "circumstantial",
    ] as const) {
      const flag = t[key];
      if (flag === undefined) continue;
      if (typeof flag !== "boolean") tc.fail(`'${key}' must be a boolean`);
      // (A fight or an exchange of charges may be a verb with two coordinated subjects: "تبادلت X وY الاتهامات".)
      else if (t.pos !== "noun" && key !== "mutual") tc.fail(`'${key}' is only for nouns`);
      else entry[key] = flag;
    }
    const governedBy = tc.strList(t, "governedBy");
    if (governedBy) {
      if (t.clauseSubject !== true) tc.fail("'governedBy' needs 'clauseSubject: true'");
      else if (governedBy.length === 0) tc.fail("'governedBy' must be a non-empty list");
      else entry.governedBy = governedBy;
    }
    if (t.lightVerb !== undefined) {
      if (typeof t.lightVerb !== "boolean") tc.fail("'lightVerb' must be a boolean");
      else entry.lightVerb = t.lightVerb;
    }
    const writtenForms = tc.strList(t, "writtenForms");
    if (writtenForms) {
      if (writtenForms.length === 0 || writtenForms.some((w) => /\s/.test(w.trim())))
        tc.fail("'writtenForms' must be a non-empty list of single words");
      else entry.writtenForms = writtenForms.map((w) => w.trim());
    }
    if (t.negatedOnly !== undefined) {
      if (typeof t.negatedOnly !== "boolean") tc.fail("'negatedOnly' must be a boolean");
      else entry.negatedOnly = t.negatedOnly;
    }
    if (t.confidence !== undefined) {
      if (typeof t.confidence !== "number" || t.confidence <= 0 || t.confidence > 1)
        tc.fail("'confidence' must be in (0, 1]");
      else entry.confidence = t.confidence;
    }
    if (entry.forms.length > 0) triggers.push(entry);
    if (participles && participles.length > 0) {
      triggers.push({ ...entry, forms: [...new Set(participles.flatMap(participleForms))], circumstantial: true });
    }
  });
  return { type: type as TriggerSet["type"], plover, cameo, triggers };
}

/** Validates already-parsed data (exported for tests). Throws DataValidationError listing all problems. */
export function validateData(input: {
  actorFiles: { file: string; data: unknown }[];
  templates: { file: string; data: unknown } | null;
  triggerFiles: { file: string; data: unknown }[];
}): ExtractionData {
  const root = new Checker("data");
  const actors: ActorEntry[] = [];
  for (const { file, data } of input.actorFiles) {
    const c = root.at(file);
    if (!Array.isArray(data)) {
      c.fail("must be a YAML list of actor entries");
      continue;
    }
    data.forEach((v, i) => {
      const e = actorEntry(v, c.at(`${file}[${i}]${isObj(v) && typeof v.id === "string" ? ` (${v.id})` : ""}`));
      if (e) actors.push(e);
    });
  }
  const bodyTemplates: BodyTemplate[] = [];
  if (input.templates) {
    const c = root.at(input.templates.file);
    if (!Array.isArray(input.templates.data)) c.fail("must be a YAML list of body templates");
    else
      input.templates.data.forEach((v, i) => {
        const tc = c.at(`${input.templates?.file}[${i}]`);
        if (!isObj(v)) return tc.fail("must be a mapping");
        tc.keys(v, TEMPLATE_KEYS);
        const suffix = tc.str(v, "suffix", true);
        const name = tc.str(v, "name", true);
        const nameAr = tc.str(v, "nameAr", true);
        const aliases = tc.strList(v, "aliases");
        const kind = v.kind;
        if (kind !== undefined && kind !== "GOVERNMENT_BODY" && kind !== "PEOPLE")
          tc.fail("'kind' must be GOVERNMENT_BODY or PEOPLE");
        if (suffix && !/^[a-z][a-z0-9-]*$/.test(suffix)) tc.fail(`suffix '${suffix}' must be kebab-case`);
        if (suffix && name && nameAr)
          bodyTemplates.push({
            suffix,
            name,
            nameAr,
            ...(aliases ? { aliases } : {}),
            ...(kind === "PEOPLE" ? { kind: "PEOPLE" as const } : {}),
          });
        if (bodyTemplates.filter((b) => b.suffix === suffix).length > 1)
          tc.fail(`duplicate template suffix '${suffix}'`);
      });
  }
  const dictionary: Dictionary = { actors, bodyTemplates };
  const all = expandDictionary(dictionary);
  const ids = new Map<string, number>();
  for (const a of actors) ids.set(a.id, (ids.get(a.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) root.fail(`duplicate actor id '${id}'`);
  // Two listed actors with the same Arabic name are never matched at all (the matcher refuses to guess): a
  // duplicate entry, not a homonym, which cities and nationalities are for.
  const arabicNames = new Map<string, string>();
  for (const a of actors)
    for (const n of new Set([a.nameAr, ...(a.aliases ?? [])].map((x) => normalizeArabic(x)))) {
      if (!/[\u0621-\u064A]/.test(n)) continue;
      const other = arabicNames.get(n);
      if (other && other !== a.id) root.fail(`${a.id}: Arabic name '${n}' is also ${other}'s`);
      else arabicNames.set(n, a.id);
    }
  const known = new Set(all.map((a) => a.id));
  for (const a of all) {
    if (a.parent && !known.has(a.parent)) root.fail(`${a.id}: parent '${a.parent}' is not a known actor`);
    if (a.parent === a.id) root.fail(`${a.id}: is its own parent`);
    for (const r of a.roles ?? [])
      if (!known.has(r.of)) root.fail(`${a.id}: role '${r.title}' of unknown actor '${r.of}'`);
  }
  const sets: TriggerSet[] = [];
  for (const { file, data } of input.triggerFiles) {
    const s = triggerSet(data, root.at(file));
    if (!s) continue;
    if (sets.some((x) => x.type === s.type)) root.fail(`${file}: relation type ${s.type} is defined twice`);
    sets.push(s);
  }
  if (root.problems.length > 0) throw new DataValidationError(root.problems);
  return { dictionary, triggers: { sets } };
}

/** Reads and validates data/actors and data/triggers (cached per directory for the process). */
export function readExtractionData(dataDir: string = DEFAULT_DATA_DIR): ExtractionData {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  const c = new Checker(dataDir);
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort();
  const actorDir = join(dataDir, "actors");
  const triggerDir = join(dataDir, "triggers");
  const actorFiles: { file: string; data: unknown }[] = [];
  let templates: { file: string; data: unknown } | null = null;
  for (const f of yamlFiles(actorDir)) {
    const data = readYaml(join(actorDir, f), c.at(`actors/${f}`));
    if (f.startsWith("government-bodies.")) templates = { file: `actors/${f}`, data };
    else actorFiles.push({ file: `actors/${f}`, data });
  }
  const triggerFiles = yamlFiles(triggerDir).map((f) => ({
    file: `triggers/${f}`,
    data: readYaml(join(triggerDir, f), c.at(`triggers/${f}`)),
  }));
  if (c.problems.length > 0) throw new DataValidationError(c.problems);
  const result = validateData({ actorFiles, templates, triggerFiles });
  cache.set(dataDir, result);
  return result;
}
