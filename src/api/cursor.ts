/**
 * Opaque Relay cursors. They encode the list they belong to and an offset; a cursor from another list, a forged or
 * a too-deep one is a BAD_USER_INPUT, never a database error.
 */
import { badInput } from "./errors.js";

/** Deep offsets make the database skip that many rows; narrow the filter instead. */
export const MAX_CURSOR_OFFSET = 10_000;

/** Encodes the position after the item at `offset` of list `kind`. */
export function encodeCursor(kind: string, offset: number): string {
  return Buffer.from(`${kind}:${offset}`, "utf8").toString("base64url");
}

/** Returns the offset of the first item after `cursor` (0 without a cursor). */
export function offsetAfter(kind: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === "") return 0;
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^([a-z]+):(\d{1,9})$/.exec(text);
  if (!match || match[1] !== kind) throw badInput(`"after" is not a cursor of this list (${kind}).`);
  const offset = Number(match[2]) + 1;
  if (offset > MAX_CURSOR_OFFSET) {
    throw badInput(`Paging deeper than ${MAX_CURSOR_OFFSET} items is not supported; narrow the query instead.`);
  }
  return offset;
}
