import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NlpUnavailableError, resolveNlp, resolveTagger } from "../../../src/nlp/resolve-nlp.js";

// NLP_URL mode against a stand-in server of the protocol (no JVM in unit tests; the real tagger is tested in
// tests/integration/nlp).
let server: http.Server;
let url: string;
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      requests.push(`${req.method} ${req.url ?? ""}`);
      const sentences = body
        .split("\n")
        .map((line) => ({ tokens: line.split(" ").map((word) => ({ word, pos: "NN" })) }));
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ sentences }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (over: { url?: string; disabled?: boolean }) => ({
  disabled: false,
  cacheDir: path.join("/nonexistent", "corenlp"),
  ...over,
});

describe("resolveNlp", () => {
  it("uses NLP_URL when set, after checking that it answers the protocol, and starts nothing", async () => {
    const logs: string[] = [];
    const nlp = await resolveNlp({ config: config({ url }), log: (m) => logs.push(m) });
    expect(nlp.mode).toBe("url");
    expect(nlp.url).toBe(url);
    expect(await nlp.tagSentences([["أ", "ب"]])).toEqual([["NN", "NN"]]);
    expect(requests.every((r) => r.startsWith("POST /?properties="))).toBe(true);
    expect(logs).toEqual([`Using the Arabic tagger at ${url} (NLP_URL)`]);
    await nlp.stop();
  });

  it("fails with one error naming NLP_URL, both ways to get a tagger and how to go without", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await resolveNlp({ config: config({ url: `http://127.0.0.1:${port}` }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError);
    const message = (error as Error).message;
    expect(message).toMatch(/set NLP_URL/);
    expect(message).toMatch(/Java 17 and Maven/);
    expect(message).toMatch(/NLP_DISABLED=true/);
    expect(message).toContain(
      `NLP_URL=http://127.0.0.1:${port}: tagger at http://127.0.0.1:${port} could not be reached`,
    );
  });
});

describe("resolveTagger", () => {
  it("is off, with exactly one warning naming the switch, for NLP_DISABLED or a command-line flag", async () => {
    for (const [options, reason] of [
      [{ config: config({ disabled: true }) }, "NLP_DISABLED"],
      [{ config: config({ url }), off: "--no-tagger" }, "--no-tagger"],
    ] as const) {
      const warnings: string[] = [];
      expect(await resolveTagger({ ...options, warn: (m) => warnings.push(m) })).toBeNull();
      expect(warnings).toEqual([`Arabic tagger off (${reason}): extraction uses the rules and the dictionary only`]);
    }
  });

  it("resolves the tagger otherwise, without a warning", async () => {
    const warnings: string[] = [];
    const nlp = await resolveTagger({ config: config({ url }), warn: (m) => warnings.push(m) });
    expect(nlp?.mode).toBe("url");
    expect(warnings).toEqual([]);
  });
});
