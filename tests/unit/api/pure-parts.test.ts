import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { checkAuthorization, requireWriteAccess } from "../../../src/api/auth.js";
import { encodeCursor, MAX_CURSOR_OFFSET, offsetAfter } from "../../../src/api/cursor.js";
import { formatError, isUnexpected } from "../../../src/api/errors.js";
import { DatabaseUnavailableError, QueryTimeoutError } from "../../../src/graph/db.js";
import { toLuceneQuery } from "../../../src/graph/queries.js";
import { actorSearchNames, normaliseName } from "../../../src/graph/write-articles.js";

function codeOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return undefined;
}

describe("cursors", () => {
  it("round-trip and are opaque", () => {
    const c = encodeCursor("actors", 19);
    expect(c).not.toContain("actors");
    expect(offsetAfter("actors", c)).toBe(20);
    expect(offsetAfter("actors", null)).toBe(0);
  });

  it("reject forged, foreign and too deep cursors", () => {
    expect(codeOf(() => offsetAfter("actors", "garbage!"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => offsetAfter("actors", encodeCursor("articles", 3)))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => offsetAfter("actors", Buffer.from("actors:-1").toString("base64url")))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => offsetAfter("actors", encodeCursor("actors", MAX_CURSOR_OFFSET)))).toBe("BAD_USER_INPUT");
  });
});

describe("toLuceneQuery", () => {
  it("escapes every special character and neutralises operators", () => {
    expect(toLuceneQuery(`"}) MATCH (n) DETACH DELETE n //`)).toBe(`\\"\\}\\) MATCH \\(n\\) DETACH DELETE n \\/\\/`);
    expect(toLuceneQuery("name:* OR id:~1", { all: true })).toBe("name\\:\\* AND or AND id\\:\\~1");
    expect(toLuceneQuery("a && b || !c ^2 [x TO y] {z}")).toBe("a \\&\\& b \\|\\| \\!c \\^2 \\[x to y\\] \\{z\\}");
    expect(toLuceneQuery("  ")).toBeNull();
  });
});

describe("name normalisation", () => {
  it("folds Arabic letter variants, diacritics, tatweel, Latin accents and case", () => {
    expect(normaliseName("أبو مرزوق")).toBe(normaliseName("ابو مرزوق"));
    expect(normaliseName("بِيسْكُوف")).toBe("بيسكوف");
    expect(normaliseName("مـــوسكو")).toBe("موسكو");
    expect(normaliseName("Bagheri Kâni")).toBe("bagheri kani");
    expect(normaliseName("الأمم المتحدة")).toBe("الامم المتحده");
  });

  it("builds searchNames from names, aliases and their normalised forms", () => {
    const s = actorSearchNames({ name: "Mousa Abu Marzouk", nameAr: "موسى أبو مرزوق", aliases: ["أبو مرزوق"] });
    expect(s.searchNames.split(" | ")).toEqual(
      expect.arrayContaining(["Mousa Abu Marzouk", "موسى أبو مرزوق", "أبو مرزوق", "mousa abu marzouk", "ابو مرزوق"]),
    );
    expect(s.searchKeys).toContain("ابو مرزوق");
  });
});

describe("API key", () => {
  it("classifies the Authorization header", () => {
    expect(checkAuthorization("Bearer k1", "k1")).toBe("authorized");
    expect(checkAuthorization("bearer   k1", "k1")).toBe("authorized");
    expect(checkAuthorization(undefined, "k1")).toBe("missing");
    expect(checkAuthorization("k1", "k1")).toBe("missing");
    expect(checkAuthorization("Bearer k2", "k1")).toBe("wrong");
    expect(checkAuthorization("Bearer k1", undefined)).toBe("disabled");
  });

  it("maps states to error codes", () => {
    expect(codeOf(() => requireWriteAccess("authorized"))).toBeUndefined();
    expect(codeOf(() => requireWriteAccess("missing"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireWriteAccess("wrong"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireWriteAccess("disabled"))).toBe("FORBIDDEN");
  });
});

describe("formatError", () => {
  it("keeps client errors, explains an unavailable database and masks the rest", () => {
    const bad = new GraphQLError("first too big", { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
    expect(
      formatError({ message: bad.message, extensions: { code: "BAD_USER_INPUT", stacktrace: ["x"] } }, bad),
    ).toEqual({
      message: "first too big",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const db = new GraphQLError("wrapped", {
      path: ["stats"],
      originalError: new DatabaseUnavailableError(new Error("refused")),
    });
    expect(formatError({ message: "wrapped" }, db).extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const timeout = Object.assign(new Error("terminated"), {
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    });
    const slow = new GraphQLError("terminated", { path: ["path"], originalError: timeout });
    expect(formatError({ message: "terminated" }, slow).extensions?.code).toBe("QUERY_TIMEOUT");
    // A timeout is expected (the deadline at work): coded for the client, not logged as an internal error.
    expect(isUnexpected(slow)).toBe(false);
    const stopped = new GraphQLError("x", { path: ["whoMet"], originalError: new QueryTimeoutError(timeout.code) });
    expect(formatError({ message: "x" }, stopped).extensions?.code).toBe("QUERY_TIMEOUT");
    expect(isUnexpected(stopped)).toBe(false);
    expect(isUnexpected(new GraphQLError("y", { path: ["x"], originalError: new Error("boom") }))).toBe(true);
    const boom = new GraphQLError("Neo.ClientError.Statement.SyntaxError at line 3", { originalError: new Error("x") });
    expect(formatError({ message: boom.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, boom)).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
      locations: undefined,
      path: undefined,
    });
  });
});
