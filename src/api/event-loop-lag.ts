/**
 * How late the Node event loop runs callbacks, for admission control (src/api/admission.ts). A request's clock starts
 * when our handler runs, not when its bytes arrived: while the process executes a heavy answer (a neighbourhood of
 * 10,000 edges is 200 ms of synchronous work, longer on a busy machine) the newcomers wait in the socket, unseen by
 * the queue. The delay of a periodic timer measures that unseen wait.
 *
 * Not perf_hooks.monitorEventLoopDelay: its histogram learns of a block only after it has ended, whereas a request
 * handled right after a long block (before the timers phase) must count that block; `current()` here includes the
 * lateness of the tick that is overdue now.
 */

/** A running sampler: the event-loop delay now, and how to stop it. */
export interface LagSampler {
  /** Recent event-loop delay in ms: the largest of the last window, or the current block if longer. */
  current: () => number;
  stop: () => void;
}

/** Options of a LagMeter; `now` is the clock (tests pass their own). */
export interface LagMeterOptions {
  /** Period of the sampling timer, ms: the resolution of the measure. */
  intervalMs: number;
  /** How long a delay is remembered, ms: between one and two windows. */
  windowMs: number;
  now?: () => number;
}

/**
 * The bookkeeping of the sampler without the timer: `tick()` is called each `intervalMs`, and its lateness is the
 * event-loop delay. The largest delay of the current window and of the previous one is kept, so that a block of
 * 200 ms every second reads as 200 ms, not as a mean of 20 ms: a newcomer may arrive during any such block.
 */
export class LagMeter {
  private readonly now: () => number;
  private nextTick: number;
  private windowStart: number;
  private windowMax = 0;
  private previousMax = 0;

  constructor(private readonly options: LagMeterOptions) {
    this.now = options.now ?? (() => performance.now());
    this.nextTick = this.now() + options.intervalMs;
    this.windowStart = this.now();
  }

  /** Records one timer callback (due at the previous tick plus intervalMs). */
  tick(): void {
    const t = this.now();
    const late = Math.max(0, t - this.nextTick);
    this.nextTick = t + this.options.intervalMs;
    if (t - this.windowStart >= this.options.windowMs) {
      // A window without any tick (a block longer than the window) leaves nothing to keep from before it.
      this.previousMax = t - this.windowStart >= 2 * this.options.windowMs ? late : this.windowMax;
      this.windowMax = 0;
      this.windowStart = t;
    }
    this.windowMax = Math.max(this.windowMax, late);
  }

  /** Event-loop delay now, ms. */
  current(): number {
    const overdue = Math.max(0, this.now() - this.nextTick);
    return Math.max(overdue, this.windowMax, this.previousMax);
  }
}

/** Starts sampling the event-loop delay with an unref'd timer (it never keeps the process alive). */
export function startLagSampler(options: LagMeterOptions = { intervalMs: 20, windowMs: 1_000 }): LagSampler {
  const meter = new LagMeter(options);
  const timer = setInterval(() => meter.tick(), options.intervalMs);
  timer.unref();
  return { current: () => meter.current(), stop: () => clearInterval(timer) };
}
