/**
 * Admission control for GraphQL requests: at most `maxConcurrent` run at once, at most `maxQueued` wait in line, and
 * everyone else is refused at once (HTTP 503 with Retry-After), so that overload costs the refused clients a
 * millisecond instead of costing every client a timeout. The line is bounded in time too: from the recent run times
 * (a moving average, or how long the line has stood still when that is longer) the queue tells how long a
 * newcomer would wait, and refuses at once whoever would wait longer than queueTimeoutMs, or whose wait and run
 * together would pass requestTimeoutMs — with heavy requests (a 2 MB neighbourhood costs a second of CPU) a line of
 * 48 would otherwise be a line of people who all time out. The event loop's delay counts into that deadline check
 * only: it is time a newcomer already spent unseen before its handler ran, so it shortens what is left of the
 * client's patience, but it says nothing about how fast the line moves (counted into the 5 s bound too, it refused
 * sixteen clients of heavy questions, a line that does move). Once in line a request is refused only when its deadline
 * can no longer be met, and then as soon as the line's speed says so, not when its turn comes: the refusals are
 * decided at arrival, where they cost a millisecond, and the few made in line are not made seconds later than they
 * need to be. Pure bookkeeping: no I/O, no timers except queue waits; the clock and the delay are passed in.
 */

/** Bounds of the admission queue. */
export interface AdmissionLimits {
  /** GraphQL requests executing at once (each holds at most a few database sessions). */
  maxConcurrent: number;
  /** Requests waiting for a slot; beyond that, 503 at once. */
  maxQueued: number;
  /**
   * Longest expected wait for a slot at arrival (from the line's speed, the event loop's delay not included); a
   * newcomer who would wait longer is refused at once.
   */
  queueTimeoutMs: number;
  /**
   * Time a request may take from its arrival, queue wait included: the deadline of its Neo4j transactions. A newcomer
   * whose event-loop delay, expected wait and expected run pass it is refused at once; a waiter whose wait and
   * expected run pass it, as soon as the line's speed says so.
   */
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
 * Defaults: eight requests run at once and the rest wait in line, up to 56 of them and as many as the recent run times
 * say will get a slot within 5 s; anything beyond is refused at once. Eight, not sixteen:
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

/**
 * Why a request was not admitted: "full" at arrival (no place in line within the bounds), "waited-too-long" in line
 * (its deadline could no longer be met), "gone" (the client left), "behind" at arrival when the event loop's delay and
 * a run alone pass the deadline.
 */
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
  /** When it joined the line: its deadline is since + requestTimeoutMs. */
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
  /** When a request last finished (the line last moved). */
  private lastDepartureAt = -Infinity;
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

  /**
   * How long the line has stood still, when every slot is taken (else 0): since the last departure, or since the
   * oldest running request started if that came later. Not the oldest request's age alone: when the limit falls (the
   * event loop is late) the oldest one started among more and has run long, while the line keeps moving; read as a
   * stall, its age refused whole lines of waiters within a second of each fall.
   */
  private stillMs(): number {
    const oldest = this.started[0];
    if (oldest === undefined || this.started.length < this.limit) return 0;
    return this.now() - Math.max(oldest.at, this.lastDepartureAt);
  }

  /**
   * How long a request started now would run, judging by the recent ones: the number running with it (the limit when
   * every slot is taken) times the time between two departures (Little's law; it holds at any limit, whereas run times
   * measured among eight overstate a run among two), or the time the line has stood still when that is longer — a
   * run time is only learnt when a request finishes, and when the machine or the Node process falls behind the
   * running requests show it seconds before.
   */
  expectedRunMs(): number {
    return Math.max(Math.min(this.limit, this.started.length + 1) * this.averageSlotMs, this.stillMs());
  }

  /**
   * Time between two departures when every slot is taken, for the deadline: the recent average, or longer when the
   * line has stood still for longer than the limit times that (a stall shows there before any request finishes).
   */
  private slotMs(): number {
    return Math.max(this.averageSlotMs, this.stillMs() / Math.max(1, this.limit));
  }

  /**
   * How long a request arriving now would wait for a slot at the line's recent speed: 0 with a slot free, else its
   * place in line times the average time between two departures. Compared with queueTimeoutMs at arrival. Neither the
   * event loop's delay (already behind the newcomer; it does not slow the line) nor a stall of the line is in it: the
   * bound is about how fast the line moves, and a bound that swung with every late tick or slow answer refused sixteen
   * clients whose line did move. Both count into the deadline (`expectedDelayMs`).
   */
  expectedWaitMs(): number {
    if (this.started.length < this.limit) return 0;
    return (this.waiting.length + 1) * this.averageSlotMs;
  }

  /**
   * How long after its client sent it a request arriving now would have its answer: the event loop's delay (time it
   * spent unseen in its socket), its wait for a slot (slower when the running requests have run longer than the
   * average) and its run. Compared with requestTimeoutMs at arrival.
   */
  expectedDelayMs(): number {
    const wait = this.started.length < this.limit ? 0 : (this.waiting.length + 1) * this.slotMs();
    return this.lag() + wait + this.expectedRunMs();
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
   * at once "behind" when the event loop's delay and a run pass requestTimeoutMs (unless nothing runs), at once "full"
   * when the line is full, the newcomer's expected wait is over queueTimeoutMs or its delay, wait and run are over
   * requestTimeoutMs; "waited-too-long" in line as soon as its wait and run can no longer end within
   * requestTimeoutMs; "gone" when `signal` fires first.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new AdmissionRefused("gone"));
    const lag = this.lag();
    // A process this far behind answers nobody in time; one more request only makes it later. But one request runs
    // whatever the estimate says: run times are learnt from finished requests, and refusing everyone on an old,
    // slow one (a cold server's first answer) would refuse everyone for ever.
    if (this.started.length > 0 && lag + this.expectedRunMs() > this.limits.requestTimeoutMs) {
      return Promise.reject(new AdmissionRefused("behind"));
    }
    if (this.started.length < this.limit) {
      return Promise.resolve(this.start());
    }
    // Full: no place in line, or a place from which the line would not move within queueTimeoutMs, or one from which
    // its answer would come after its deadline (the client's own timeout is not far beyond).
    if (
      this.waiting.length >= this.limits.maxQueued ||
      this.expectedWaitMs() > this.limits.queueTimeoutMs ||
      this.expectedDelayMs() > this.limits.requestTimeoutMs
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
      // Departures check the line (`dropHopeless`); this is for a line that stops moving: no slot can come in time
      // once less than a run is left before the deadline.
      const timer = setTimeout(
        () => waiter.refuse("waited-too-long"),
        Math.max(0, this.limits.requestTimeoutMs - this.expectedRunMs()),
      );
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
      this.lastDepartureAt = t;
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
        if (!next) break;
        if (this.now() - next.since + this.expectedRunMs() > this.limits.requestTimeoutMs) {
          next.refuse("waited-too-long");
          continue;
        }
        next.admit(this.start());
      }
      this.dropHopeless();
    };
  }

  /**
   * Refuses now every waiter whose turn, at the line's present speed, would come too late to run before its deadline,
   * instead of when its turn comes: a refusal in line is then made as early as the line can tell, not seconds later.
   * A refused waiter's place goes to those behind it.
   */
  private dropHopeless(): void {
    const t = this.now();
    const slot = this.slotMs();
    const run = this.expectedRunMs();
    const hopeless: Waiter[] = [];
    let place = 0;
    for (const waiter of this.waiting) {
      if (t - waiter.since + (place + 1) * slot + run > this.limits.requestTimeoutMs) hopeless.push(waiter);
      else place++;
    }
    for (const waiter of hopeless) waiter.refuse("waited-too-long");
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
