/**
 * Builds the explorer page (src/web) with Vite into dist/web, which the server serves at "/". Run by `prestart` and
 * `pretest`: it builds when the output is missing or older than any source, so a fresh clone builds once and later
 * starts cost nothing. `--force` always builds.
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "vite";
import { PROJECT_ROOT } from "./config.js";

const SOURCE_DIR = path.join(PROJECT_ROOT, "src", "web");
const OUT_DIR = path.join(PROJECT_ROOT, "dist", "web");
const INPUTS = [SOURCE_DIR, path.join(PROJECT_ROOT, "package-lock.json")];

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** True when dist/web is missing or older than a source file. */
export function webBuildIsStale(): boolean {
  const index = path.join(OUT_DIR, "index.html");
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return INPUTS.some((p) => fs.existsSync(p) && newestMtime(p) > built);
}

/** Builds the page into dist/web. */
export async function buildWeb(): Promise<void> {
  await build({
    root: SOURCE_DIR,
    base: "/",
    logLevel: "warn",
    configFile: false,
    publicDir: false,
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 1_000, sourcemap: false },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const force = process.argv.includes("--force");
  if (force || webBuildIsStale()) {
    const started = Date.now();
    await buildWeb();
    process.stdout.write(`explorer page built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
