/**
 * BENCH_GC_LOG=FILE: the bench's servers (serve-ours.ts, raw-server.ts) append each of their garbage collections to
 * FILE as a JSON line (wall-clock start, duration, kind, which server), so that the slowest answers of a run
 * (BENCH_SLOW_LOG in scale.ts) can be laid beside the Node pauses of the same moments.
 */
import fs from "node:fs";
import { PerformanceObserver, performance, type PerformanceEntry } from "node:perf_hooks";

/** Starts logging this process's GC pauses into BENCH_GC_LOG, labelled `server`; does nothing when it is unset. */
export function logGcPauses(server: string): void {
  const file = process.env.BENCH_GC_LOG;
  if (!file) return;
  const fd = fs.openSync(file, "a");
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      const line = { t: Math.round(performance.timeOrigin + entry.startTime), ms: entry.duration, kind, server };
      fs.writeSync(fd, `${JSON.stringify(line)}\n`);
    }
  });
  observer.observe({ entryTypes: ["gc"] });
}
