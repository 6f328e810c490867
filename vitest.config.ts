import { defineConfig } from "vitest/config";

// Three projects:
// - unit: no database;
// - integration: files that share one real Neo4j per run, started (or found) once in globalSetup and handed over
//   through provide/inject; they run one after another so that their data do not race;
// - own-neo4j: the tests about starting, restarting and crashing Neo4j (and npm start itself), each with a server of its
//   own on its own port and data folder. They do not touch the shared one, so they run beside the unit tests (two
//   files at a time) instead of after everything else: most of their time is spent waiting for a JVM or a retry window.
// graphql ships CJS ("main") and ESM ("module"): Node (and so @apollo/server, graphql-scalars) loads the CJS file,
// Vite would give our own imports the ESM one, and graphql-js refuses objects from the other copy. Use Node's choice.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

/** Test files that start their own Neo4j (tests/integration/reliability/helpers/own-neo4j.ts, npm start …). */
const OWN_NEO4J = [
  "tests/integration/foundation/local-neo4j-lifetime.test.ts",
  "tests/integration/foundation/npm-start.test.ts",
  "tests/integration/reliability/api-restart.test.ts",
  "tests/integration/reliability/loader-faults.test.ts",
];

// Projects in the same group share one worker limit: the unit tests and the own-Neo4j files run two at a time.
const PARALLEL = { maxWorkers: 2, sequence: { groupOrder: 0 } };

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
          // Generous: on a shared 2-core machine a test that reads the dictionaries can wait for the CPU.
          testTimeout: 30_000,
          ...PARALLEL,
        },
      },
      {
        resolve,
        test: {
          name: "own-neo4j",
          include: OWN_NEO4J,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          ...PARALLEL,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: OWN_NEO4J,
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
