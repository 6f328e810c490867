/**
 * Admission control for GraphQL requests: at most `maxConcurrent` run at once, at most `maxQueued` wait in line, and
 * everyone else is refused at once (HTTP 503 with Retry-After), so that overload costs the refused clients a
 * millisecond instead of costing every client a timeout. The line is bounded in time too: from the recent run times
 * (a moving average, or the age of the running requests when they are slower than that) the queue tells how long a
 * newcomer would wait, and refuses at once whoever would wait longer than queueTimeoutMs, or whose wait and run
 * together would pass requestTimeoutMs — with heavy requests (a 2 MB neighbourhood costs a second of CPU) a line of
 * 48 would otherwise be a line of people who all time out. The event loop's delay counts into the wait: it is time a
 * newcomer already spent unseen before its handler ran, and when the Node process itself is the bottleneck it is the
 * first figure to grow. Pure bookkeeping: no I/O, no timers except queue waits; the clock and the delay are passed in.
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
  /**
   * Event-loop delay above which fewer requests run at once (one fewer per finished request, down to minConcurrent),
   * and below half of which more do again (up to maxConcurrent).
   */
  targetLagMs: number;
  /** Requests that run at once however late the event loop is. */
  minConcurrent: number;
}

/**
 * Defaults: eight requests run at once and the rest wait in line, up to 56 of them and for at most 5 s (fewer when the
 * recent run times say the line would not move within 5 s); anything beyond is refused at once. Eight, not sixteen:
 * the Node process executes one request at a time and the database has two cores here, so more requests in flight
 * add no throughput, only time to each of them — sixteen heavy neighbourhoods running together each took sixteen
 * times their CPU time, past the clients' timeouts. Sixteen clients still get answers, not refusals: the eight beyond
 * the running ones wait less than 5 s unless each request takes seconds. Eight is a ceiling: while the event loop runs
 * more than half a second late (heavy answers, each a block of synchronous work, finishing back to back), as few as
 * two run at once, so that no block of eight answers stalls every socket for seconds. A cluster behind several
 * instances wants a smaller maxConcurrent each (docs/scaling.md).
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  maxConcurrent: 8,
  maxQueued: 56,
  queueTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  retryAfterSeconds: 1,
  targetLagMs: 500,
  minConcurrent: 2,
};

/** Why a request was not admitted: "behind" when the event loop alone is later than a request may wait. */
export type Refusal = "full" | "waited-too-long" | "gone" | "behind";

/** The rejection of `acquire`. */
export class AdmissionRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(`request not admitted: ${reason}`);
    this.name = "AdmissionRefused";
  }
}

/** Where the queue reads the time and the event-loop delay (the server passes real ones, tests their own). */
export interface AdmissionSources {
  /** The clock, ms. */
  now?: () => number;
  /** Current event-loop delay, ms (src/api/event-loop-lag.ts); 0 when not given. */
  lag?: () => number;
}

interface Waiter {
  /** When it joined the line. */
  since: number;
  /** Takes the slot started for it: `release` frees it. */
  admit: (release: () => void) => void;
  refuse: (why: Refusal) => void;
}

/** Weight of the newest run time in the moving average: about the last ten requests count. */
const SMOOTHING = 0.1;

/** The bounds the queue reads: AdmissionLimits without Retry-After; the adaptive ones have defaults. */
export type QueueLimits = Pick<AdmissionLimits, "maxConcurrent" | "maxQueued" | "queueTimeoutMs" | "requestTimeoutMs"> &
  Partial<Pick<AdmissionLimits, "targetLagMs" | "minConcurrent">>;

/** Counts running requests and holds a bounded FIFO of waiting ones. */
export class AdmissionQueue {
  private readonly waiting: Waiter[] = [];
  /** The running requests, in order of admission (a released one is removed): start time and `busy` then. */
  private readonly started: { at: number; busy: number }[] = [];
  /**
   * Moving average of run time (admission to release) over the number of requests running meanwhile, ms; 0 until a
   * request has finished: how often the line moves by one place. Not the run time over the limit now: when the limit falls from eight to two, runs measured among eight
   * would say the line moves four times slower than it does.
   */
  private averageSlotMs = 0;
  /** Integral of the number of running requests over time (request·ms), up to `busyAt`. */
  private busy = 0;
  private busyAt: number;
  /** Requests allowed to run at once now: maxConcurrent, fewer while the event loop is late. */
  private limit: number;
  private readonly targetLagMs: number;
  private readonly minConcurrent: number;
  private readonly now: () => number;
  private readonly lag: () => number;

  constructor(
    private readonly limits: QueueLimits,
    sources: AdmissionSources = {},
  ) {
    this.now = sources.now ?? (() => performance.now());
    this.lag = sources.lag ?? (() => 0);
    this.limit = limits.maxConcurrent;
    this.busyAt = this.now();
    this.targetLagMs = limits.targetLagMs ?? DEFAULT_ADMISSION.targetLagMs;
    this.minConcurrent = Math.min(limits.maxConcurrent, limits.minConcurrent ?? DEFAULT_ADMISSION.minConcurrent);
  }

  /** Requests running and waiting now, and how many may run at once now (for tests and logs). */
  get load(): { running: number; waiting: number; limit: number } {
    return { running: this.started.length, waiting: this.waiting.length, limit: this.limit };
  }

  /** Age of the oldest running request when every slot is taken (the line waits for it), else 0. */
  private oldestAgeMs(): number {
    const oldest = this.started[0];
    return oldest === undefined || this.started.length < this.limit ? 0 : this.now() - oldest.at;
  }

  /**
   * How long a request would run with every slot taken, judging by the recent ones: the limit times the time between
   * two departures (Little's law; it holds at any limit, whereas run times measured among eight overstate a run among
   * two), or the age of the oldest running request when that is longer — a run time is only learnt when a request
   * finishes, and when the machine or the Node process falls behind the running requests show it seconds before.
   */
  expectedRunMs(): number {
    return Math.max(this.limit * this.averageSlotMs, this.oldestAgeMs());
  }

  /**
   * How long a request arriving now would wait for a slot: the event-loop delay (which it has waited before it could
   * be counted, and which every step of the line waits again), plus, when every slot is taken, its place in line
   * times the time between two departures (longer when the running requests have run longer than the average).
   */
  expectedWaitMs(): number {
    const lag = this.lag();
    if (this.started.length < this.limit) return lag;
    const line = this.waiting.length + 1;
    return lag + line * Math.max(this.averageSlotMs, this.oldestAgeMs() / Math.max(1, this.limit));
  }

  /** Brings the integral of running requests up to now (before each change of their number). */
  private count(): number {
    const t = this.now();
    this.busy += this.started.length * (t - this.busyAt);
    this.busyAt = t;
    return t;
  }

  /** Takes a slot; returns the function that frees exactly this one. */
  private start(): () => void {
    const run = { at: this.count(), busy: this.busy };
    this.started.push(run);
    return this.releaser(run);
  }

  /**
   * Waits for a slot; resolves with the function that frees it (call it exactly once), or rejects (AdmissionRefused):
   * at once "behind" when the event loop is later than queueTimeoutMs, at once "full" when the line is full or the
   * newcomer's expected wait (or wait and run) is over its bounds, "waited-too-long" after queueTimeoutMs in line or
   * when its turn comes too late to run before requestTimeoutMs, "gone" when `signal` fires first.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new AdmissionRefused("gone"));
    // A process this far behind answers nobody in time; one more request only makes it later.
    if (this.lag() > this.limits.queueTimeoutMs) return Promise.reject(new AdmissionRefused("behind"));
    if (this.started.length < this.limit) {
      return Promise.resolve(this.start());
    }
    // Full: no place in line, or a place from which the request would be refused for waiting too long anyway, or
    // one from which its answer would come after its deadline (the client's own timeout is not far beyond).
    const wait = this.expectedWaitMs();
    if (
      this.waiting.length >= this.limits.maxQueued ||
      wait > this.limits.queueTimeoutMs ||
      wait + this.expectedRunMs() > this.limits.requestTimeoutMs
    ) {
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
        since: this.now(),
        admit: (release) => {
          leave();
          resolve(release);
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

  private releaser(started: { at: number; busy: number }): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const t = this.count();
      const ran = t - started.at;
      // The mean number running during this run (itself included), from the integral.
      const meanRunning = ran > 0 ? Math.max(1, (this.busy - started.busy) / ran) : Math.max(1, this.started.length);
      const average = (old: number, value: number) => (old === 0 ? value : old + SMOOTHING * (value - old));
      this.averageSlotMs = average(this.averageSlotMs, ran / meanRunning);
      const i = this.started.indexOf(started);
      if (i >= 0) this.started.splice(i, 1);
      this.adapt();
      // The freed slots pass straight to the first in line whose answer can still come before its deadline; one that
      // waited so long that its run would end past requestTimeoutMs is refused now rather than answered too late (or
      // not at all) at the cost of everyone behind it.
      while (this.started.length < this.limit) {
        const next = this.waiting[0];
        if (!next) return;
        if (this.now() - next.since + this.expectedRunMs() > this.limits.requestTimeoutMs) {
          next.refuse("waited-too-long");
          continue;
        }
        next.admit(this.start());
      }
    };
  }

  /**
   * One step of the concurrency limit, at each finished request: one fewer while the event loop is later than
   * targetLagMs, one more when it is back under half of that. The Node process runs one answer at a time, so fewer
   * heavy requests at once cost no throughput, and each block of synchronous work between two looks at the sockets
   * is shorter.
   */
  private adapt(): void {
    const lag = this.lag();
    if (lag > this.targetLagMs) this.limit = Math.max(this.minConcurrent, this.limit - 1);
    else if (lag < this.targetLagMs / 2) this.limit = Math.min(this.limits.maxConcurrent, this.limit + 1);
  }
}
