import { describe, expect, it } from "vitest";
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

  it("refuses a request that waited longer than queueTimeoutMs", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 1, requestTimeoutMs: 60_000 });
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

  it("counts the event-loop delay into a newcomer's expected wait", async () => {
    const { q, state } = await warmed({ maxConcurrent: 2, queueTimeoutMs: 3_000, requestTimeoutMs: 60_000 }, 2_000);
    await q.acquire();
    await q.acquire();
    // Without delay place 1 waits 1 s and place 2 waits 2 s; 1.5 s of event-loop delay comes on top of both.
    expect(q.expectedWaitMs()).toBe(1_000);
    state.lag = 1_500;
    expect(q.expectedWaitMs()).toBe(2_500);
    void q.acquire().catch(() => {});
    expect(q.load.waiting).toBe(1);
    expect(q.expectedWaitMs()).toBe(3_500);
    expect(await reason(q.acquire())).toBe("full");
    state.lag = 0;
    void q.acquire().catch(() => {});
    expect(q.load.waiting).toBe(2);
  });

  it("refuses at once, free slots or not, while the event loop is later than queueTimeoutMs", async () => {
    const { q, state } = await warmed({ maxConcurrent: 2, queueTimeoutMs: 3_000, requestTimeoutMs: 60_000 }, 10);
    state.lag = 3_001;
    expect(await reason(q.acquire())).toBe("behind");
    expect(q.load).toMatchObject({ running: 0, waiting: 0 });
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

  it("judges by the running requests when they run longer than the recent average", async () => {
    const { q, state } = await warmed({ maxConcurrent: 2, queueTimeoutMs: 3_000, requestTimeoutMs: 60_000 }, 1_000);
    await q.acquire();
    await q.acquire();
    expect(q.expectedRunMs()).toBe(1_000);
    // Nobody has finished for 4 s: the line moves at most one place per 2 s, not per 0.5 s as the average says.
    state.clock += 4_000;
    expect(q.expectedRunMs()).toBe(4_000);
    expect(q.expectedWaitMs()).toBe(2_000);
    void q.acquire().catch(() => {});
    expect(await reason(q.acquire())).toBe("full");
    expect(q.load).toMatchObject({ running: 2, waiting: 1 });
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
    // Among two the same work leaves every second too: place 1 waits 1.3 s (with the delay), not 4 s / 2 + 0.3 s.
    expect(q.expectedWaitMs()).toBe(1_300);
    expect(q.expectedRunMs()).toBe(2_000);
  });
});
