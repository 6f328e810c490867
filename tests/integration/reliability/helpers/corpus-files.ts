/** Writing test corpora to temporary folders. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh temporary folder for one test's files. */
export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
}

/** Writes files (name → text or bytes) into a folder and returns their paths by name. */
export function writeCorpus(dir: string, files: Record<string, string | Uint8Array>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    paths[name] = file;
  }
  return paths;
}
