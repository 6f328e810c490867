import { defineConfig } from "vitest/config";

// Two projects: unit tests need no database; integration tests share one real Neo4j per run,
// started (or found) once in globalSetup and handed over through provide/inject.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One database is shared: files run one after another so that their data do not race.
          fileParallelism: false,
        },
      },
    ],
  },
});
