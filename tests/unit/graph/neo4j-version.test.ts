import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { NEO4J_IMAGE, NEO4J_VERSION } from "../../../src/graph/neo4j-version.js";

const read = (file: string) => fs.readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");

describe("one Neo4j version everywhere", () => {
  it("is a 5.26 LTS release (the last line that runs on Java 17)", () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });

  it("docker-compose.yml runs the image the tests use, with a healthcheck the app waits for", () => {
    const compose = parse(read("docker-compose.yml")) as {
      services: Record<
        string,
        {
          image?: string;
          healthcheck?: unknown;
          depends_on?: Record<string, { condition: string }>;
          environment?: Record<string, string>;
        }
      >;
    };
    expect(compose.services.neo4j?.image).toBe(NEO4J_IMAGE);
    expect(compose.services.neo4j?.healthcheck).toBeTruthy();
    expect(compose.services.app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(compose.services.app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
  });

  it("neo4j-local/pom.xml fetches the same version from Maven Central", () => {
    const pom = read("neo4j-local/pom.xml");
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
  });
});
