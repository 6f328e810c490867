/**
 * The Arabic POS tagger of Stanford CoreNLP as a local service for machines without a CoreNLP server: its jars come
 * from Maven Central (nlp-local/pom.xml) into a cache folder, and nlp-local/NlpServer.java serves it over HTTP on
 * 127.0.0.1 as a child JVM, with the same mechanism as the local Neo4j (src/services/local-jvm.ts).
 */
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { canRunLocalJvm, compiledLauncher, ensureMavenJars, startJvm } from "../services/local-jvm.js";

/** Keep in step with corenlp.version in nlp-local/pom.xml (a unit test checks it). */
export const CORENLP_VERSION = "4.5.10";

/** The Arabic Treebank POS model inside the models-arabic jar (the stock server loads it by this name too). */
export const ARABIC_TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

export interface LocalTaggerOptions {
  /** Cache root: jars go to `<cacheDir>/<version>/lib`. */
  cacheDir: string;
  /** Maximum heap; the model and a batch of a few hundred sentences need far less than the default. */
  heap?: string;
  log?: (message: string) => void;
  startTimeoutMs?: number;
}

export interface LocalTagger {
  /** Base URL of the server (http://127.0.0.1:PORT). */
  url: string;
  pid: number;
  /** Stops the JVM and waits for it to exit. */
  stop(): Promise<void>;
}

function libDir(cacheDir: string): string {
  return path.join(cacheDir, CORENLP_VERSION, "lib");
}

function markerFile(cacheDir: string): string {
  return path.join(cacheDir, CORENLP_VERSION, "complete");
}

/** True when `java` and `mvn` (or an already filled jar cache) make a local tagger possible; else why not. */
export function canRunLocalTagger(cacheDir: string): { ok: boolean; reason?: string } {
  return canRunLocalJvm({ name: "CoreNLP", markerFile: markerFile(cacheDir) });
}

/** Copies CoreNLP's code and Arabic models jars from Maven into the cache once; later calls return at once. */
export async function ensureTaggerJars(options: { cacheDir: string; log?: (m: string) => void }): Promise<string> {
  return ensureMavenJars({
    label: `CoreNLP ${CORENLP_VERSION} (Arabic models)`,
    pom: path.join(PROJECT_ROOT, "nlp-local", "pom.xml"),
    libDir: libDir(options.cacheDir),
    markerFile: markerFile(options.cacheDir),
    properties: { "corenlp.version": CORENLP_VERSION },
    downloadSize: "about 180 MB",
    ...(options.log ? { log: options.log } : {}),
  });
}

/** Starts the local tagger and resolves once it answers on 127.0.0.1. */
export async function startLocalTagger(options: LocalTaggerOptions): Promise<LocalTagger> {
  const log = options.log ?? (() => {});
  const lib = await ensureTaggerJars({ cacheDir: options.cacheDir, log });
  const source = path.join(PROJECT_ROOT, "nlp-local", "NlpServer.java");
  const classes = await compiledLauncher({
    source,
    libDir: lib,
    cacheDir: path.join(options.cacheDir, CORENLP_VERSION),
    log,
  });
  const jars = `${lib}${path.sep}*`;
  const args = [
    `-Xmx${options.heap ?? "256m"}`,
    // One small heap and two cores shared with Node: the serial collector is the lightest.
    "-XX:+UseSerialGC",
    "-cp",
    ...(classes ? [`${classes}${path.delimiter}${jars}`, "NlpServer"] : [jars, source]),
    "--bind",
    "127.0.0.1",
    "--port",
    "0",
    "--model",
    ARABIC_TAGGER_MODEL,
    "--watch-stdin",
  ];
  log(`Starting the local Arabic tagger (CoreNLP ${CORENLP_VERSION})…`);
  const child = await startJvm({
    name: "local tagger",
    args,
    readyPattern: /NLP_READY (http:\/\/\S+)/,
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
  });
  return { url: child.ready, pid: child.pid, stop: () => child.stop(10_000) };
}
