/**
 * API-key check for mutations. Keys are compared through their SHA-256 digests with timingSafeEqual, so neither the
 * content nor the length of the configured key leaks through response times.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";

export type AuthState = "authorized" | "missing" | "wrong" | "disabled";

function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}

/** Classifies the Authorization header against the configured key. */
export function checkAuthorization(header: string | undefined, apiKey: string | undefined): AuthState {
  if (!apiKey) return "disabled";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return "missing";
  return timingSafeEqual(digest(match[1]), digest(apiKey)) ? "authorized" : "wrong";
}

/** Throws unless the request may write: FORBIDDEN when writes are disabled, UNAUTHENTICATED without a valid key. */
export function requireWriteAccess(state: AuthState): void {
  if (state === "authorized") return;
  if (state === "disabled") {
    throw new GraphQLError("Mutations are disabled on this server: set API_KEY in its environment to enable them.", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  throw new GraphQLError(
    state === "missing"
      ? "This mutation needs an API key: send `Authorization: Bearer <key>`."
      : "The API key is not valid.",
    { extensions: { code: "UNAUTHENTICATED" } },
  );
}
