import { describe, expect, it } from "vitest";
import {
  batchSentences,
  createTaggerClient,
  isConnectionError,
  parseTagResponse,
  requestUrl,
  TAGGING_PROPERTIES,
  wireWord,
} from "../../../src/nlp/tagger-client.js";

/** A CoreNLP JSON answer tagging every word of a body "T<index of the word in its line>". */
function answer(body: string): unknown {
  return {
    sentences: body.split("\n").map((line, index) => ({
      index,
      tokens: line.split(" ").map((word, k) => ({ index: k + 1, word, pos: `T${k}` })),
    })),
  };
}

const refused = () => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });

describe("requestUrl", () => {
  it("asks the stock server's protocol: whitespace tokens, one sentence per line, the Arabic model, JSON", () => {
    const url = new URL(requestUrl("http://corenlp:9000"));
    expect(url.pathname).toBe("/");
    expect(JSON.parse(url.searchParams.get("properties") ?? "")).toEqual({
      annotators: "tokenize,ssplit,pos",
      "tokenize.whitespace": "true",
      "ssplit.eolonly": "true",
      "pos.model": "edu/stanford/nlp/models/pos-tagger/arabic.tagger",
      outputFormat: "json",
    });
    expect(TAGGING_PROPERTIES.annotators).toBe("tokenize,ssplit,pos");
  });

  it("keeps a path prefix (a server behind a proxy)", () => {
    expect(new URL(requestUrl("https://nlp.example/corenlp")).pathname).toBe("/corenlp/");
  });
});

describe("wireWord", () => {
  it("leaves our words alone and turns any whitespace inside a word into _ so tags cannot shift", () => {
    expect(wireWord("الرئيس")).toBe("الرئيس");
    expect(wireWord("a b\tc\u00a0d\u2009e\u001ff")).toBe("a_b_c_d_e_f");
    expect(wireWord("")).toBe("_");
  });
});

describe("batchSentences", () => {
  it("sends each non-empty sentence once, one per line, in order, within the sentence limit", () => {
    const words = [["a", "b"], [], ["c"], ["d", "e", "f"], ["g"]];
    const batches = batchSentences(words, { sentences: 2, chars: 1000 });
    expect(batches).toEqual([
      { sentences: [0, 2], body: "a b\nc" },
      { sentences: [3, 4], body: "d e f\ng" },
    ]);
  });

  it("starts a new request before the character limit, and sends a longer sentence alone", () => {
    const long = Array.from({ length: 50 }, () => "كلمة");
    const batches = batchSentences([["x"], long, ["y"]], { sentences: 100, chars: 40 });
    expect(batches.map((b) => b.sentences)).toEqual([[0], [1], [2]]);
  });

  it("has nothing to send for nothing to tag", () => {
    expect(batchSentences([[], []])).toEqual([]);
  });
});

describe("parseTagResponse", () => {
  const sent = [["a", "b"], ["c"]];
  it("returns one tag per word", () => {
    expect(parseTagResponse({ json: answer("a b\nc"), sent, server: "S" })).toEqual([["T0", "T1"], ["T0"]]);
  });

  it("refuses an answer that was split or tokenised differently, naming the server and the property", () => {
    expect(() => parseTagResponse({ json: answer("a b c"), sent, server: "http://s" })).toThrow(
      /http:\/\/s answered 1 sentence\(s\) for 2.*eolonly/,
    );
    expect(() => parseTagResponse({ json: answer("a\nc"), sent, server: "S" })).toThrow(/1 token\(s\).*whitespace/);
    expect(() => parseTagResponse({ json: { nope: 1 }, sent, server: "S" })).toThrow(/"sentences"/);
    const noPos = { sentences: [{ tokens: [{ pos: "NN" }, { word: "b" }] }, { tokens: [{ pos: "NN" }] }] };
    expect(() => parseTagResponse({ json: noPos, sent, server: "S" })).toThrow(/no tag for word 2 of sentence 1/);
  });
});

describe("createTaggerClient", () => {
  it("batches, tags concurrently and puts every answer back in place; empty sentences get no tags", async () => {
    const bodies: string[] = [];
    const tag = createTaggerClient({
      url: "http://tagger",
      batch: { sentences: 2, chars: 1000 },
      fetch: async (_url, init) => {
        const body = String(init?.body);
        bodies.push(body);
        // Answer the first request last: the order of answers must not matter.
        if (bodies.length === 1) await new Promise((r) => setTimeout(r, 20));
        return Response.json(answer(body));
      },
    });
    const words = [["a", "b"], ["c"], [], ["d"], ["e", "f", "g"]];
    expect(await tag(words)).toEqual([["T0", "T1"], ["T0"], [], ["T0"], ["T0", "T1", "T2"]]);
    expect(bodies.sort()).toEqual(["a b\nc", "d\ne f g"]);
  });

  it("retries once after a connection error", async () => {
    let calls = 0;
    const tag = createTaggerClient({
      url: "http://tagger",
      fetch: async (_url, init) => {
        if (++calls === 1) throw refused();
        return Response.json(answer(String(init?.body)));
      },
    });
    expect(await tag([["a"]])).toEqual([["T0"]]);
    expect(calls).toBe(2);
  });

  it("fails with the server's name after a second connection error, or at once on an HTTP error", async () => {
    let calls = 0;
    const down = createTaggerClient({
      url: "http://tagger:9000",
      fetch: async () => {
        calls++;
        throw refused();
      },
    });
    await expect(down([["a"]])).rejects.toThrow(/tagger at http:\/\/tagger:9000 could not be reached: fetch failed/);
    expect(calls).toBe(2);

    calls = 0;
    const failing = createTaggerClient({
      url: "http://tagger:9000",
      fetch: async () => {
        calls++;
        return new Response("this server has another model loaded", { status: 400 });
      },
    });
    await expect(failing([["a"]])).rejects.toThrow(
      /tagger at http:\/\/tagger:9000 answered HTTP 400: this server has another model loaded/,
    );
    expect(calls).toBe(1);
  });

  it("sends nothing when there is nothing to tag", async () => {
    const tag = createTaggerClient({
      url: "http://tagger",
      fetch: () => Promise.reject(new Error("must not be called")),
    });
    expect(await tag([[], []])).toEqual([[], []]);
  });
});

describe("isConnectionError", () => {
  it("recognises refused and reset connections through the error's causes, and nothing else", () => {
    expect(isConnectionError(refused())).toBe(true);
    expect(isConnectionError({ cause: { cause: { code: "ECONNRESET" } } })).toBe(true);
    expect(isConnectionError(new DOMException("timed out", "TimeoutError"))).toBe(false);
    expect(isConnectionError(new Error("HTTP 500"))).toBe(false);
  });
});
