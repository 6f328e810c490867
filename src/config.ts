/**
 * Configuration from the environment, read in one place. Secrets (passwords, API keys) are only ever read here and
 * never logged: `describeConfig` prints a redacted view.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (where package.json lives). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Neo4jConfig {
  uri?: string;
  username: string;
  password?: string;
  database?: string;
}

export interface NlpConfig {
  /** An existing CoreNLP server (stock StanfordCoreNLPServer or nlp-local/NlpServer.java); else a local one. */
  url?: string;
  /** No tagger at all: rules and dictionary only (ablation, machines without Java). */
  disabled: boolean;
  /** Where the local tagger's jars are cached. */
  cacheDir: string;
}

export interface AppConfig {
  neo4j: Neo4jConfig;
  nlp: NlpConfig;
  host: string;
  port: number;
  /** Key required (as `Authorization: Bearer …`) for mutations; mutations are disabled when unset. */
  apiKey?: string;
  /** Folder of sample articles loaded by `npm start`. */
  articlesDir: string;
  /** Where the local Neo4j jars and data live (no Docker, no NEO4J_URI). */
  cacheDir: string;
  /** Database folder of the local Neo4j used by `npm start` and `npm run load`. */
  localDataDir: string;
  introspection: boolean;
  playground: boolean;
  corsOrigins: string[];
  maxArticleBytes: number;
  logLevel: "debug" | "info" | "warn" | "error";
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Closures over env keep the helpers to two parameters and let errors name the variable.
  const bool = (name: string, fallback: boolean): boolean => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    if (/^(1|true|yes|on)$/i.test(value)) return true;
    if (/^(0|false|no|off)$/i.test(value)) return false;
    throw new Error(`${name} must be a boolean (true/false), got "${value}"`);
  };
  const int = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
    return n;
  };
  const url = (name: string): string | undefined => {
    const value = env[name];
    if (value === undefined || value === "") return undefined;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new Error(`${name} must be an http(s) URL such as http://localhost:9000, got "${value}"`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new Error(`${name} must be an http(s) URL such as http://localhost:9000, got "${value}"`);
    }
    return value;
  };
  const production = env.NODE_ENV === "production";
  const cacheDir = path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR || ".cache/neo4j");
  const logLevel = (env.LOG_LEVEL ?? "info") as AppConfig["logLevel"];
  if (!["debug", "info", "warn", "error"].includes(logLevel)) throw new Error(`LOG_LEVEL "${logLevel}" is not valid`);
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      username: env.NEO4J_USERNAME || "neo4j",
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    },
    nlp: {
      url: url("NLP_URL"),
      disabled: bool("NLP_DISABLED", false),
      cacheDir: path.resolve(PROJECT_ROOT, env.NLP_LOCAL_DIR || ".cache/corenlp"),
    },
    host: env.HOST || "127.0.0.1",
    port: int("PORT", 4000),
    apiKey: env.API_KEY || undefined,
    articlesDir: path.resolve(PROJECT_ROOT, env.ARTICLES_DIR || "data/articles"),
    cacheDir,
    localDataDir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DATA_DIR || path.join(cacheDir, "data", "default")),
    introspection: bool("GRAPHQL_INTROSPECTION", !production),
    playground: bool("GRAPHQL_PLAYGROUND", !production),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    maxArticleBytes: int("MAX_ARTICLE_BYTES", 2 * 1024 * 1024),
    logLevel,
  };
}
