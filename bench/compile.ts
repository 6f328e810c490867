/**
 * `tsx bench/compile.ts`: compiles src/ and bench/ with tsc (tsconfig.compiled.json) into .cache/compiled, a tree
 * that mirrors the checkout, and links the files the code reads at run time beside it (cypher/, schema.graphql, data/,
 * …), so that `node .cache/compiled/bench/serve-ours.js` runs our API as plain JavaScript: no tsx loader and no
 * source-map stack formatting. The scale benches use it with `BENCH_COMPILED=.cache/compiled` (bench/scale.ts) or
 * `--compiled` (bench/ab-api.ts), to measure what running compiled code would save per request.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config.js";

/** Where the compiled tree goes (outDir of tsconfig.compiled.json). */
export const COMPILED_DIR = path.join(PROJECT_ROOT, ".cache", "compiled");

// PROJECT_ROOT is the folder above src/ (src/config.ts), so in the mirrored tree it is COMPILED_DIR: these are what
// the server and the raw floor read from there.
const RUNTIME_FILES = ["cypher", "schema.graphql", "data", "dist", "neo4j-local", "nlp-local", "package.json"];

function main(): void {
  const tsc = path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(PROJECT_ROOT, "tsconfig.compiled.json")], {
    stdio: "inherit",
  });
  for (const name of RUNTIME_FILES) {
    const link = path.join(COMPILED_DIR, name);
    // lstat, not exists: a link to a folder not built yet (dist/) is dangling, and still there.
    if (!fs.lstatSync(link, { throwIfNoEntry: false })) fs.symlinkSync(path.join(PROJECT_ROOT, name), link);
  }
  process.stdout.write(`compiled into ${COMPILED_DIR}\n`);
}

if (process.argv[1]?.endsWith("compile.ts")) main();
