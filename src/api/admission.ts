/**
 * Admission control for GraphQL requests: at most `maxConcurrent` run at once, at most `maxQueued` wait in line, and
 * everyone else is refused at once (HTTP 503 with Retry-After), so that overload costs the refused clients a
 * millisecond instead of costing every client a timeout. The line is bounded in time too: from the recent run times
 * (a moving average) the queue tells how long a newcomer would wait, and refuses at once whoever would wait longer
 * than queueTimeoutMs — with heavy requests (a 2 MB neighbourhood costs a second of CPU) a line of 48 would otherwise
 * be a line of people who all time out. Pure bookkeeping: no I/O, no timers except queue waits.
 */

/** Bounds of the admission queue. */
export interface AdmissionLimits {
  /** GraphQL requests executing at once (each holds at most a few database sessions). */
  maxConcurrent: number;
  /** Requests waiting for a slot; beyond that, 503 at once. */
  maxQueued: number;
  /** A request that waited this long for a slot is refused (503) instead of starting late. */
  queueTimeoutMs: number;
  /** Time a request may take from its arrival, queue wait included: the deadline of its Neo4j transactions. */
  requestTimeoutMs: number;
  /** Retry-After of a refusal, in seconds. */
  retryAfterSeconds: number;
}

/**
 * Defaults: eight requests run at once and the rest wait in line, up to 56 of them and for at most 5 s (fewer when the
 * recent run times say the line would not move within 5 s); anything beyond is refused at once. Eight, not sixteen:
 * the Node process executes one request at a time and the database has two cores here, so more requests in flight
 * add no throughput, only time to each of them — sixteen heavy neighbourhoods running together each took sixteen
 * times their CPU time, past the clients' timeouts. Sixteen clients still get answers, not refusals: the eight beyond
 * the running ones wait less than 5 s unless each request takes seconds. A cluster behind several instances wants a
 * smaller maxConcurrent each (docs/scaling.md).
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  maxConcurrent: 8,
  maxQueued: 56,
  queueTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  retryAfterSeconds: 1,
};

/** Why a request was not admitted. */
export type Refusal = "full" | "waited-too-long" | "gone";

/** The rejection of `acquire`. */
export class AdmissionRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(`request not admitted: ${reason}`);
    this.name = "AdmissionRefused";
  }
}

interface Waiter {
  admit: () => void;
  refuse: (why: Refusal) => void;
}

/** Weight of the newest run time in the moving average: about the last ten requests count. */
const SMOOTHING = 0.1;

/** Counts running requests and holds a bounded FIFO of waiting ones. */
export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Moving average of run times (admission to release), ms; 0 until a request has finished. */
  private averageRunMs = 0;

  constructor(
    private readonly limits: Pick<AdmissionLimits, "maxConcurrent" | "maxQueued" | "queueTimeoutMs">,
    /** The clock (tests pass their own). */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Requests running and waiting now (for tests and logs). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * How long a request arriving now would wait for a slot, from the recent run times: the requests ahead of it (the
   * line, then itself) leave at maxConcurrent per average run time.
   */
  expectedWaitMs(): number {
    if (this.running < this.limits.maxConcurrent) return 0;
    return ((this.waiting.length + 1) * this.averageRunMs) / Math.max(1, this.limits.maxConcurrent);
  }

  /**
   * Waits for a slot; resolves with the function that frees it (call it exactly once), or rejects (AdmissionRefused):
   * "full" at once when the line is full, "waited-too-long" after queueTimeoutMs, "gone" when `signal` fires first.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new AdmissionRefused("gone"));
    if (this.running < this.limits.maxConcurrent) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    // Full: no place in line, or a place from which the request would be refused for waiting too long anyway.
    if (this.waiting.length >= this.limits.maxQueued || this.expectedWaitMs() > this.limits.queueTimeoutMs) {
      return Promise.reject(new AdmissionRefused("full"));
    }
    return new Promise<() => void>((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
      };
      const waiter: Waiter = {
        admit: () => {
          leave();
          resolve(this.releaser());
        },
        refuse: (why) => {
          leave();
          reject(new AdmissionRefused(why));
        },
      };
      const onAbort = () => waiter.refuse("gone");
      const timer = setTimeout(() => waiter.refuse("waited-too-long"), this.limits.queueTimeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    const started = this.now();
    return () => {
      if (released) return;
      released = true;
      const ran = this.now() - started;
      this.averageRunMs = this.averageRunMs === 0 ? ran : this.averageRunMs + SMOOTHING * (ran - this.averageRunMs);
      const next = this.waiting[0];
      // The slot passes straight to the first in line: the running count stays the same.
      if (next) next.admit();
      else this.running--;
    };
  }
}
