import { defineConfig } from "vitest/config";

// Two projects: unit tests need no database; integration tests share one real Neo4j per run,
// started (or found) once in globalSetup and handed over through provide/inject.
// graphql ships CJS ("main") and ESM ("module"): Node (and so @apollo/server, graphql-scalars) loads the CJS file,
// Vite would give our own imports the ESM one, and graphql-js refuses objects from the other copy. Use Node's choice.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

export default defineConfig({
  test: {
    // The usual output, then the slowest files and tests (tests/slowest-reporter.ts).
    reporters: ["default", "./tests/slowest-reporter.ts"],
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        resolve,
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
