import { describe, expect, it, vi } from "vitest";
import { AdmissionQueue, type AdmissionRefused } from "../../../src/api/admission.js";

const reason = (p: Promise<unknown>) =>
  p.then(
    () => "admitted",
    (e: unknown) => (e as AdmissionRefused).reason,
  );

describe("AdmissionQueue", () => {
  it("runs up to maxConcurrent, queues up to maxQueued and refuses the rest at once", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 2, maxQueued: 1, queueTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    const a = await q.acquire();
    await q.acquire();
    const queued = q.acquire();
    expect(q.load).toMatchObject({ running: 2, waiting: 1 });
    expect(await reason(q.acquire())).toBe("full");
    a();
    const release = await queued;
    expect(q.load).toMatchObject({ running: 2, waiting: 0 });
    release();
    release(); // twice is once
    expect(q.load).toMatchObject({ running: 1, waiting: 0 });
  });

  it("a queued request whose client leaves gives up its place", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    const first = await q.acquire();
    const gone = new AbortController();
    const leaving = reason(q.acquire(gone.signal));
    const staying = q.acquire();
    gone.abort();
    expect(await leaving).toBe("gone");
    first();
    await staying;
    expect(q.load).toMatchObject({ running: 1, waiting: 0 });
  });

  it("refuses a waiter in a line that stops moving once no run can end before its deadline", async () => {
    // The real clock: nobody leaves, so only the waiter's own timer can refuse it.
    const q = new AdmissionQueue({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 60_000, requestTimeoutMs: 20 });
    await q.acquire();
    expect(await reason(q.acquire())).toBe("waited-too-long");
    expect(q.load).toMatchObject({ running: 1, waiting: 0 });
  });

  it("refuses an already abandoned request", async () => {
    const gone = new AbortController();
    gone.abort();
    expect(
      await reason(
        new AdmissionQueue({ maxConcurrent: 1, maxQueued: 1, queueTimeoutMs: 1, requestTimeoutMs: 60_000 }).acquire(
          gone.signal,
        ),
      ),
    ).toBe("gone");
  });

  it("refuses at once a newcomer who would wait longer than queueTimeoutMs, judging by recent run times", async () => {
    let clock = 0;
    const q = new AdmissionQueue(
      { maxConcurrent: 2, maxQueued: 10, queueTimeoutMs: 3_000, requestTimeoutMs: 60_000 },
      { now: () => clock },
    );
    // Two requests of 2 s each set the average run time.
    const first = await q.acquire();
    const second = await q.acquire();
    clock = 2_000;
    first();
    second();
    const running = [await q.acquire(), await q.acquire()];
    expect(q.expectedWaitMs()).toBe(1_000);
    // Places 1 to 3 of the line wait 1, 2 and 3 s: admitted to the line; the fourth would wait 4 s: refused now.
    const queued = [q.acquire(), q.acquire(), q.acquire()];
    expect(q.load).toMatchObject({ running: 2, waiting: 3 });
    expect(await reason(q.acquire())).toBe("full");
    // Run times fall (the line moves faster): the line takes newcomers again.
    for (const release of running) release();
    const next = await Promise.all(queued.slice(0, 2));
    clock = 2_010;
    for (const release of next) release();
    expect(q.expectedWaitMs()).toBeLessThan(1_000);
    await queued[2];
    expect(await reason(Promise.race([q.acquire(), Promise.resolve("queued")]))).not.toBe("full");
  });

  /** A queue whose recent requests each ran `runMs` (so that the moving average is `runMs`), all slots free again. */
  async function warmed(
    limits: { maxConcurrent: number; queueTimeoutMs: number; requestTimeoutMs: number },
    runMs: number,
  ) {
    const state = { clock: 0, lag: 0 };
    const q = new AdmissionQueue({ maxQueued: 10, ...limits }, { now: () => state.clock, lag: () => state.lag });
    const releases = [];
    for (let i = 0; i < limits.maxConcurrent; i++) releases.push(await q.acquire());
    state.clock += runMs;
    for (const release of releases) release();
    return { q, state };
  }

  it("counts the event-loop delay into a newcomer's deadline, not into the line's bound", async () => {
    const { q, state } = await warmed({ maxConcurrent: 2, queueTimeoutMs: 3_000, requestTimeoutMs: 10_000 }, 2_000);
    await q.acquire();
    await q.acquire();
    // Place 1 waits 1 s and runs 2 s; 2.5 s of event-loop delay is behind it and does not slow the line: in line.
    state.lag = 2_500;
    expect(q.expectedWaitMs()).toBe(1_000);
    expect(q.expectedDelayMs()).toBe(5_500);
    void q.acquire().catch(() => {});
    // Place 2 and 3 wait 2 and 3 s: within the line's 3 s (the delay would have put them past it), and with the delay
    // and the run within the deadline (7.5 s).
    void q.acquire().catch(() => {});
    void q.acquire().catch(() => {});
    expect(q.load.waiting).toBe(3);
    // Place 4 would wait 4 s: past the line's bound, delay or not.
    state.lag = 0;
    expect(await reason(q.acquire())).toBe("full");
    // With 6 s of delay place 4 passes the deadline too (6 + 4 + 2 s), and so would place 3 (11 s).
    state.lag = 6_000;
    expect(q.expectedDelayMs()).toBe(12_000);
    expect(await reason(q.acquire())).toBe("full");
    expect(q.load.waiting).toBe(3);
  });

  it("refuses at once, free slots or not, while the event loop's delay and a run pass the deadline", async () => {
    const { q, state } = await warmed({ maxConcurrent: 3, queueTimeoutMs: 3_000, requestTimeoutMs: 10_000 }, 1_500);
    // Nothing runs: one request is admitted however late the loop is (a stale estimate must not refuse for ever).
    state.lag = 20_000;
    expect(await reason(q.acquire())).toBe("admitted");
    // The line's bound is no longer the test: 5 s of delay and a run of 1 s (two at once) answer within 10 s.
    state.lag = 5_000;
    expect(await reason(q.acquire())).toBe("admitted");
    // 9 s of delay and a run of 1.5 s (three at once) do not: refused with a slot free.
    state.lag = 9_001;
    expect(await reason(q.acquire())).toBe("behind");
    expect(q.load).toMatchObject({ running: 2, waiting: 0 });
    state.lag = 200;
    expect(await reason(q.acquire())).toBe("admitted");
  });

  it("refuses a newcomer whose expected wait and run together pass requestTimeoutMs", async () => {
    const { q } = await warmed({ maxConcurrent: 4, queueTimeoutMs: 5_000, requestTimeoutMs: 10_000 }, 8_000);
    for (let i = 0; i < 4; i++) await q.acquire();
    // Place 1 waits 2 s and runs 8 s: within 10 s. Place 2 would wait 4 s (under queueTimeoutMs) and answer at 12 s.
    void q.acquire().catch(() => {});
    expect(q.load.waiting).toBe(1);
    expect(q.expectedWaitMs()).toBe(4_000);
    expect(await reason(q.acquire())).toBe("full");
    expect(q.load.waiting).toBe(1);
  });

  it("judges the deadline by the running requests when they run longer than the recent average", async () => {
    const { q, state } = await warmed({ maxConcurrent: 2, queueTimeoutMs: 3_000, requestTimeoutMs: 10_000 }, 1_000);
    await q.acquire();
    await q.acquire();
    expect(q.expectedRunMs()).toBe(1_000);
    // Nobody has finished for 4 s: the line moves at most one place per 2 s, not per 0.5 s as the average says. The
    // line's bound stays with the average (place 1 waits 0.5 s); the deadline counts the stall: 2 s + a run of 4 s.
    state.clock += 4_000;
    expect(q.expectedRunMs()).toBe(4_000);
    expect(q.expectedWaitMs()).toBe(500);
    expect(q.expectedDelayMs()).toBe(6_000);
    // Places 1 and 2 answer within 6 and 8 s; place 3 only at 10 s, place 4 past the deadline.
    for (let i = 0; i < 3; i++) void q.acquire().catch(() => {});
    expect(q.load.waiting).toBe(3);
    expect(await reason(q.acquire())).toBe("full");
    expect(q.load).toMatchObject({ running: 2, waiting: 3 });
  });

  it("refuses, when its turn comes, a waiter whose run would end past requestTimeoutMs, and admits the next", async () => {
    const { q, state } = await warmed({ maxConcurrent: 1, queueTimeoutMs: 60_000, requestTimeoutMs: 10_000 }, 1_000);
    const first = await q.acquire();
    const late = reason(q.acquire());
    state.clock += 3_000;
    const inTime = q.acquire();
    state.clock += 6_500;
    // The first ran 9.5 s (the average becomes 1.85 s): the first waiter has waited 9.5 s and would answer at
    // 11.35 s, past its deadline; the second has waited 6.5 s and answers at about 8.35 s.
    first();
    expect(await late).toBe("waited-too-long");
    expect(await reason(inTime)).toBe("admitted");
    expect(q.load).toMatchObject({ running: 1, waiting: 0 });
  });

  it("runs fewer at once while the event loop is later than targetLagMs, and more again when it catches up", async () => {
    const state = { lag: 0 };
    const q = new AdmissionQueue(
      {
        maxConcurrent: 4,
        maxQueued: 10,
        queueTimeoutMs: 60_000,
        requestTimeoutMs: 60_000,
        targetLagMs: 500,
        minConcurrent: 2,
      },
      { lag: () => state.lag },
    );
    const running = [await q.acquire(), await q.acquire(), await q.acquire(), await q.acquire()];
    const queued = [q.acquire(), q.acquire(), q.acquire()];
    expect(q.load).toEqual({ running: 4, waiting: 3, limit: 4 });
    // Late by 800 ms: each finished request takes its slot with it, down to minConcurrent (the third frees one).
    state.lag = 800;
    for (const release of running.slice(0, 3)) release();
    expect(q.load).toEqual({ running: 2, waiting: 2, limit: 2 });
    // In time again: each finished request gives back a slot, and the line moves into both.
    state.lag = 100;
    running[3]?.();
    expect(q.load).toEqual({ running: 3, waiting: 0, limit: 3 });
    await Promise.all(queued);
  });

  it("judges the line by departures, not by run times measured when more ran at once", async () => {
    const state = { clock: 0, lag: 0 };
    const q = new AdmissionQueue(
      { maxConcurrent: 4, maxQueued: 10, queueTimeoutMs: 5_000, requestTimeoutMs: 60_000, targetLagMs: 500 },
      { now: () => state.clock, lag: () => state.lag },
    );
    // Four at once, 4 s each: one leaves every second.
    const four = [await q.acquire(), await q.acquire(), await q.acquire(), await q.acquire()];
    state.clock += 4_000;
    state.lag = 800; // the event loop is late: each release takes a slot away, down to two
    for (const release of four) release();
    expect(q.load.limit).toBe(2);
    state.lag = 300; // between half the target and the target: the limit stays
    await q.acquire();
    await q.acquire();
    // Among two the same work leaves every second too: place 1 waits 1 s, not 4 s / 2, and has its answer 0.3 s of
    // delay + 1 s + a run of 2 s after it was sent.
    expect(q.expectedWaitMs()).toBe(1_000);
    expect(q.expectedRunMs()).toBe(2_000);
    expect(q.expectedDelayMs()).toBe(3_300);
  });

  it("keeps a waiter past queueTimeoutMs while its deadline can still be met", async () => {
    // Fake timers too: a timer at queueTimeoutMs in line would fire while the clock moves on.
    vi.useFakeTimers();
    try {
      const { q, state } = await warmed({ maxConcurrent: 1, queueTimeoutMs: 1_000, requestTimeoutMs: 10_000 }, 1_000);
      const first = await q.acquire();
      const waiting = reason(q.acquire());
      // The run takes 4 s, not 1 s: the waiter has waited four times the line's bound, and runs (1.3 s) within 10 s.
      state.clock += 4_000;
      vi.advanceTimersByTime(4_000);
      first();
      expect(await waiting).toBe("admitted");
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a waiter as soon as the line's speed says its turn comes too late, not when the turn comes", async () => {
    const { q, state } = await warmed({ maxConcurrent: 1, queueTimeoutMs: 60_000, requestTimeoutMs: 10_000 }, 1_000);
    const first = await q.acquire();
    // Places 1 to 3: turns expected after 1, 2 and 3 s, runs of 1 s: all within 10 s.
    const waiters = [reason(q.acquire()), reason(q.acquire()), reason(q.acquire())];
    const settled: string[] = [];
    waiters.forEach((w, i) => void w.then((r) => (settled[i] = r)));
    // The first run takes 6 s: the average becomes 1.5 s. The first waiter runs (6 + 1.5 s); the second would start
    // at 7.5 s and end at 9 s; the third would start at 9 s and end at 10.5 s, past its deadline: refused now, with the
    // clock still at 6 s, and the second keeps its place.
    state.clock += 6_000;
    first();
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toEqual(["admitted", undefined, "waited-too-long"]);
    expect(q.load).toMatchObject({ running: 1, waiting: 1 });
  });

  it("does not read a falling limit as a stall of the line", async () => {
    const state = { clock: 0, lag: 0 };
    const q = new AdmissionQueue(
      { maxConcurrent: 4, maxQueued: 10, queueTimeoutMs: 5_000, requestTimeoutMs: 10_000, targetLagMs: 500 },
      { now: () => state.clock, lag: () => state.lag },
    );
    const warm = [await q.acquire(), await q.acquire(), await q.acquire(), await q.acquire()];
    state.clock += 1_000;
    for (const release of warm) release();
    // Four run (one leaves every 250 ms, so far) and six wait.
    const running = [await q.acquire(), await q.acquire(), await q.acquire(), await q.acquire()];
    const waiters = Array.from({ length: 6 }, () => reason(q.acquire()));
    const settled: string[] = [];
    waiters.forEach((w, i) => void w.then((r) => (settled[i] = r)));
    // They run 3 s and the event loop is late: two departures take the limit down to two. The oldest running request
    // is 3 s old, but the line has just moved: nobody waiting is refused.
    state.clock += 3_000;
    state.lag = 800;
    running[0]?.();
    running[1]?.();
    await Promise.resolve();
    expect(q.load).toEqual({ running: 2, waiting: 6, limit: 2 });
    expect(settled.filter((r) => r !== undefined)).toEqual([]);
  });
});
