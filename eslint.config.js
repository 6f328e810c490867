// Lint rules: typescript-eslint's recommended type-aware set, plus the house layering rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", ".cache", "dist", "coverage", "neo4j-local/target", "test-artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // src/extract is pure: no I/O, no database, no server.
    files: ["src/extract/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:fs*", "fs", "fs/*", "node:child_process", "node:net", "node:http*"],
              message: "src/extract is pure: no I/O.",
            },
            {
              group: [
                "neo4j-driver",
                "@apollo/*",
                "**/graph/**",
                "**/api/**",
                "**/ingest/**",
                "**/nlp/**",
                "**/services/**",
              ],
              message: "src/extract must not depend on other layers.",
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/graph talks to Neo4j; only src/api talks to Apollo.
    files: ["src/**/*.ts"],
    ignores: ["src/graph/**", "src/extract/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["neo4j-driver"], message: "Only src/graph imports neo4j-driver." },
            { group: ["@apollo/*"], message: "Only src/api imports @apollo/server." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["neo4j-driver"], message: "Only src/graph imports neo4j-driver." }] },
      ],
    },
  },
  {
    // src/services is the generic machinery of local services (Maven jar cache, child JVMs): it knows none of them.
    files: ["src/services/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["neo4j-driver"], message: "Only src/graph imports neo4j-driver." },
            { group: ["@apollo/*"], message: "Only src/api imports @apollo/server." },
            {
              group: ["**/graph/**", "**/nlp/**", "**/api/**", "**/ingest/**", "**/extract/**"],
              message: "src/services is generic: the services use it, not the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // src/nlp, beside src/graph, is the only code that talks to the tagger; it needs no other layer.
    files: ["src/nlp/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["neo4j-driver"], message: "Only src/graph imports neo4j-driver." },
            { group: ["@apollo/*"], message: "Only src/api imports @apollo/server." },
            {
              group: ["**/graph/**", "**/api/**", "**/ingest/**", "**/extract/**"],
              message: "src/nlp must not depend on other layers.",
            },
          ],
        },
      ],
    },
  },
  {
    // src/web is browser code: it talks to the server through the public GraphQL API and /export only.
    files: ["src/web/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "src/web runs in the browser: no Node built-ins." },
            {
              group: ["neo4j-driver", "@apollo/*", "../*", "!./*"],
              message: "src/web is a client of the public API: import only browser libraries and src/web files.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/graph/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@apollo/*", "**/api/**"], message: "src/graph must not depend on the API layer." }] },
      ],
    },
  },
);
