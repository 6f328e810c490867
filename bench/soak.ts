/**
 * A bounded soak on loopback: C workers post GraphQL operations to a local server for N seconds (and never more than
 * `maxRequests` in total), recording latency, errors and this process's memory.
 */

/** One operation of the mix. */
export interface SoakOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface MemorySample {
  atSeconds: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface SoakResult {
  seconds: number;
  concurrency: number;
  requests: number;
  errors: number;
  /** The first few error messages, to tell what failed. */
  errorSamples: string[];
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  byOperation: Record<string, { requests: number; p50: number; p95: number }>;
  memory: { start: MemorySample; middle: MemorySample; end: MemorySample; samples: MemorySample[] };
}

/** Value at quantile q (0..1) of sorted numbers (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}

function memory(startedAt: number): MemorySample {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { atSeconds: Math.round((Date.now() - startedAt) / 100) / 10, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Runs the soak; refuses any URL that is not on 127.0.0.1. */
export async function runSoak(options: {
  url: string;
  seconds: number;
  concurrency: number;
  operations: SoakOperation[];
  maxRequests: number;
}): Promise<SoakResult> {
  const target = new URL(options.url);
  if (target.hostname !== "127.0.0.1") throw new Error(`the soak only targets 127.0.0.1, not ${target.hostname}`);
  if (options.operations.length === 0) throw new Error("no operations to run");
  const startedAt = Date.now();
  const endAt = startedAt + options.seconds * 1000;
  const latencies: number[] = [];
  const perOperation = new Map<string, number[]>();
  const errorSamples: string[] = [];
  let errors = 0;
  let issued = 0;
  const samples: MemorySample[] = [memory(startedAt)];
  const sampler = setInterval(() => samples.push(memory(startedAt)), 1000);

  const worker = async (w: number) => {
    // Workers start at different places in the mix so that every operation runs concurrently with the others.
    let i = w * 7;
    while (Date.now() < endAt && issued < options.maxRequests) {
      issued++;
      const op = options.operations[i++ % options.operations.length] as SoakOperation;
      const t0 = performance.now();
      let failure: string | null = null;
      try {
        const res = await fetch(target, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const body = (await res.json()) as { errors?: { message: string }[] };
        if (res.status !== 200) failure = `HTTP ${res.status}`;
        if (body.errors?.length) failure = `${op.name}: ${body.errors.map((e) => e.message).join("; ")}`;
      } catch (e) {
        failure = `${op.name}: ${e instanceof Error ? e.message : String(e)}`;
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      let list = perOperation.get(op.name);
      if (!list) perOperation.set(op.name, (list = []));
      list.push(ms);
      if (failure) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(failure);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  } finally {
    clearInterval(sampler);
  }
  samples.push(memory(startedAt));
  const elapsed = (Date.now() - startedAt) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const byOperation: SoakResult["byOperation"] = {};
  for (const [name, list] of perOperation) {
    const s = [...list].sort((a, b) => a - b);
    byOperation[name] = { requests: s.length, p50: round(percentile(s, 0.5)), p95: round(percentile(s, 0.95)) };
  }
  return {
    seconds: round(elapsed),
    concurrency: options.concurrency,
    requests: latencies.length,
    errors,
    errorSamples,
    requestsPerSecond: round(latencies.length / elapsed),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[sorted.length - 1] ?? 0),
    },
    byOperation,
    memory: {
      start: samples[0] as MemorySample,
      middle: samples[Math.floor(samples.length / 2)] as MemorySample,
      end: samples[samples.length - 1] as MemorySample,
      samples,
    },
  };
}
