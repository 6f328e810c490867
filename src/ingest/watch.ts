/**
 * Keeps a folder in the graph (`npm run load -- --watch DIR`): loads what is there, then new and changed files as they
 * arrive, and removes the articles of deleted files. Changes are found by comparing scans of the folder (size and
 * modification time of every article file), so a missed or duplicated file-system event costs nothing: fs.watch
 * (recursive) only says when to scan, after a quiet period, and a slow periodic scan is the safety net (and the only
 * trigger where fs.watch is not available). Writes are the loader's, so a batch is idempotent.
 *
 * When the database is unavailable nothing is forgotten: what was not written stays pending, the watcher says once
 * that it waits, retries with backoff (asking the caller to reconnect, for a server that came back elsewhere), and
 * catches up.
 */
import fs from "node:fs";
import { collectFiles, loadPaths, type LoadSummary, type LoaderDeps } from "./loader.js";

export interface WatchDeps {
  dir: string;
  /** The loader's dependencies (extraction, batch writes, limits). */
  loader: Omit<LoaderDeps, "onWritten" | "onProgress">;
  /** Deletes articles with their evidence and what only they supported. */
  deleteArticles: (articleIds: string[]) => Promise<void>;
  /** One line per batch, and the waiting / caught-up notices. */
  print: (line: string) => void;
  /** Called before a retry after the database was unavailable (e.g. to find a server that restarted elsewhere). */
  reconnect?: () => Promise<void>;
  /** Quiet period after the last file-system event before a batch starts. */
  debounceMs?: number;
  /** Periodic scan even without events (the only trigger when fs.watch fails). */
  pollMs?: number;
  /** First wait before retrying an unavailable database; doubles up to 10 s (so catching up starts soon after). */
  retryMs?: number;
}

export interface Watcher {
  /** Resolves after the first batch (what was in the folder at start). */
  ready: Promise<void>;
  /** Stops watching and waits for a batch in progress to finish. */
  stop(): Promise<void>;
}

interface FileState {
  size: number;
  mtimeMs: number;
  /** Articles written from this file, removed when it is deleted or no longer yields them. */
  articleIds: string[];
}

/** What one batch did, for its one line. */
export interface BatchReport {
  loadedFiles: number;
  summary: LoadSummary | null;
  removedFiles: number;
  removedArticles: number;
}

const filesWritten = (s: LoadSummary | null) => (s ? s.files - s.failed.length : 0);

/** Starts watching `deps.dir`. */
export function watchFolder(deps: WatchDeps): Watcher {
  const known = new Map<string, FileState>();
  /** Articles that a changed file no longer yields, to delete (kept across an unavailable database). */
  const stale = new Set<string>();
  const debounceMs = deps.debounceMs ?? 500;
  const retryBase = deps.retryMs ?? 2000;
  let retryMs = retryBase;
  let waiting = false;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let first = true;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  const run = async (): Promise<void> => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = batch()
      .then((unavailable) => {
        if (unavailable) {
          schedule(retryMs);
          retryMs = Math.min(retryMs * 2, 10_000);
        } else retryMs = retryBase;
      })
      .catch((e: unknown) => {
        deps.print(`watch: ${e instanceof Error ? e.message : String(e)}`);
        schedule(retryMs);
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(debounceMs);
        }
      });
    await running;
  };

  /** One scan and its writes; true when the database was unavailable (work remains pending). */
  const batch = async (): Promise<boolean> => {
    const { files } = collectFiles([deps.dir]);
    const current = new Map<string, { size: number; mtimeMs: number }>();
    for (const file of files) {
      try {
        const st = fs.statSync(file);
        current.set(file, { size: st.size, mtimeMs: st.mtimeMs });
      } catch {
        // deleted between the listing and now: the next scan sees it gone
      }
    }
    const changed = [...current].filter(([f, st]) => {
      const k = known.get(f);
      return !k || k.size !== st.size || k.mtimeMs !== st.mtimeMs;
    });
    const deleted = [...known.keys()].filter((f) => !current.has(f));
    if (!changed.length && !deleted.length && !stale.size && !first) return false;
    if (waiting && deps.reconnect) await deps.reconnect();

    let unavailable: string | null = null;
    let summary: LoadSummary | null = null;
    if (changed.length) {
      const written = new Map<string, string[]>();
      summary = await loadPaths(
        changed.map(([f]) => f),
        // One retry inside the batch is enough: the watcher itself retries until the database is back.
        { retries: 1, ...deps.loader, onWritten: (file, ids) => written.set(file, ids) },
      );
      for (const [file, st] of changed) {
        const ids = written.get(file);
        const failure = summary.failed.find((f) => f.file === file);
        if (ids) {
          // A changed file that no longer yields one of its articles (a "read also" story removed) loses it.
          for (const id of known.get(file)?.articleIds ?? []) if (!ids.includes(id)) stale.add(id);
          known.set(file, { ...st, articleIds: ids });
        } else if (failure?.unavailable) {
          // Not remembered: the next scan finds it changed again and writes it.
          unavailable ??= failure.message;
        } else {
          // Unreadable, too large or refused: reported once, tried again when the file changes.
          known.set(file, { ...st, articleIds: known.get(file)?.articleIds ?? [] });
        }
      }
    }
    // Deleted files that never gave an article (failed ones) are simply forgotten.
    for (const f of deleted) if (!known.get(f)?.articleIds.length) known.delete(f);
    const gone = deleted.filter((f) => known.has(f));
    let removedArticles = 0;
    if (!unavailable && (gone.length || stale.size)) {
      const ids = [...stale, ...gone.flatMap((f) => known.get(f)?.articleIds ?? [])];
      try {
        await deps.deleteArticles(ids);
        removedArticles = ids.length;
        for (const f of gone) known.delete(f);
        stale.clear();
      } catch (e) {
        if (!(e instanceof Error && e.name === "DatabaseUnavailableError")) throw e;
        unavailable = e.message;
      }
    }
    if (unavailable) {
      if (!waiting) {
        const head = unavailable.split("\n")[0] ?? "";
        const reason = head.length > 120 ? `${head.slice(0, 117)}…` : head;
        deps.print(`${stamp()} Neo4j is unavailable (${reason}): changes stay pending, retrying until it is back`);
      }
      waiting = true;
      return true;
    }
    const line = formatBatch({
      loadedFiles: filesWritten(summary),
      summary,
      removedFiles: gone.length,
      removedArticles,
    });
    deps.print(`${stamp()} ${waiting ? "Neo4j is back, caught up: " : ""}${line}`);
    waiting = false;
    if (first) {
      first = false;
      resolveReady();
    }
    return false;
  };

  let watcher: fs.FSWatcher | null = null;
  try {
    // Recursive watching works on Linux from Node 20; events only trigger a scan, so their details do not matter.
    watcher = fs.watch(deps.dir, { recursive: true }, () => schedule(debounceMs));
    watcher.on("error", () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null;
  }
  const poll = setInterval(
    () => {
      if (!timer && !running) schedule(0);
    },
    deps.pollMs ?? (watcher ? 10_000 : 1000),
  );
  schedule(0);

  return {
    ready,
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      watcher?.close();
      await running;
    },
  };
}

function stamp(): string {
  return new Date().toISOString().slice(11, 19);
}

/** The batch's one line: files loaded with their figures, removals, failures. */
export function formatBatch(r: BatchReport): string {
  const parts: string[] = [];
  const s = r.summary;
  if (s) {
    parts.push(`loaded ${r.loadedFiles} file(s): ${s.articles} article(s), ${s.events} event(s)`);
    if (s.failed.length) {
      parts.push(`${s.failed.length} failed (${s.failed.map((f) => `${f.file}: ${f.message}`).join("; ")})`);
    }
  }
  if (r.removedFiles || r.removedArticles) {
    parts.push(`removed ${r.removedArticles} article(s) of ${r.removedFiles} deleted file(s)`);
  }
  return parts.length ? parts.join("; ") : "nothing to do";
}
