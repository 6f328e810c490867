/**
 * The network explorer page: static files that Vite built from src/web into dist/web (`npm run build:web`, run by
 * `prestart`/`pretest`). Only files of that folder are served, looked up by exact name: no path traversal possible.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";

/** Folder of the built page. */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, "dist", "web");

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Content-Security-Policy of the explorer: our own origin only (sigma draws with WebGL, no eval, no workers). */
export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

/** A built file of the explorer for a request path ("/" is index.html), undefined when absent. */
export function explorerFile(
  pathname: string,
  dir: string = EXPLORER_DIR,
): { body: Buffer; type: string; immutable: boolean } | undefined {
  const name = pathname === "/" ? "index.html" : pathname.slice(1);
  // index.html or assets/<hashed name>: nothing else, and never a path segment like "..".
  if (name !== "index.html" && !/^assets\/[\w.-]+$/.test(name)) return undefined;
  if (name.includes("..")) return undefined;
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return undefined;
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const text = type.startsWith("text/") || type === "image/svg+xml";
  return {
    body: fs.readFileSync(file),
    type: text ? `${type}; charset=utf-8` : type,
    // Vite puts a content hash in every asset name: those never change.
    immutable: name.startsWith("assets/"),
  };
}
