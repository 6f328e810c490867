/**
 * Cypher lives in cypher/*.cypher, one statement per file, named verb-noun. This registry loads them all once at
 * start-up so that a missing or misnamed file fails fast, and code refers to statements by name only.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";

/** Default folder of the project's Cypher files. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

const NAME = /^[a-z]+(-[a-z0-9]+)+$/;

export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  /** Reads every `*.cypher` file of a folder; names must be kebab-case verb-noun. */
  static load(dir: string = CYPHER_DIR): CypherRegistry {
    const map = new Map<string, string>();
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith(".cypher")) continue;
      const name = file.slice(0, -".cypher".length);
      if (!NAME.test(name)) throw new Error(`cypher/${file}: name must be kebab-case verb-noun`);
      const text = fs
        .readFileSync(path.join(dir, file), "utf8")
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("//"))
        .join("\n")
        .trim()
        .replace(/;\s*$/, "");
      if (!text) throw new Error(`cypher/${file} is empty`);
      map.set(name, text);
    }
    return new CypherRegistry(map);
  }

  /** The statement of that name; throws for an unknown name. */
  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) throw new Error(`no Cypher statement named "${name}" in cypher/`);
    return text;
  }

  /** All statement names, sorted. */
  names(): string[] {
    return [...this.statements.keys()];
  }
}
