import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ARABIC_TAGGER_MODEL, CORENLP_VERSION } from "../../../src/nlp/local-tagger.js";

const read = (file: string) => fs.readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");

describe("one CoreNLP version and model everywhere", () => {
  it("nlp-local/pom.xml fetches the version the code names, with its Arabic models", () => {
    const pom = read("nlp-local/pom.xml");
    expect(pom).toContain(`<corenlp.version>${CORENLP_VERSION}</corenlp.version>`);
    expect(pom).toContain("<classifier>models-arabic</classifier>");
  });

  it("nlp-local/NlpServer.java loads the same model by default", () => {
    expect(read("nlp-local/NlpServer.java")).toContain(`DEFAULT_MODEL = "${ARABIC_TAGGER_MODEL}"`);
  });

  it("docker-compose.yml builds the tagger service from nlp-local and points the app at it", () => {
    const compose = parse(read("docker-compose.yml")) as {
      services: Record<
        string,
        {
          build?: { context?: string };
          healthcheck?: unknown;
          ports?: string[];
          depends_on?: Record<string, { condition: string }>;
          environment?: Record<string, string>;
        }
      >;
    };
    expect(compose.services.corenlp?.build?.context).toBe("./nlp-local");
    expect(compose.services.corenlp?.healthcheck).toBeTruthy();
    expect(compose.services.corenlp?.ports?.every((p) => p.startsWith("127.0.0.1:"))).toBe(true);
    expect(compose.services.app?.environment?.NLP_URL).toBe("http://corenlp:9000");
    expect(compose.services.app?.depends_on?.corenlp?.condition).toBe("service_healthy");
  });
});
