/** Small deterministic hashes for ids (createHash is computation, not I/O). */
import { createHash } from "node:crypto";

/** sha256 hex of a string. */
export function sha256(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex");
}

/** A short stable id: the first 16 hex digits of sha256 of the parts joined by "|". */
export function shortId(...parts: string[]): string {
  return sha256(parts.join("|")).slice(0, 16);
}
