import { describe, expect, it } from "vitest";
import { AdmissionQueue, type AdmissionRefused } from "../../../src/api/admission.js";

const reason = (p: Promise<unknown>) =>
  p.then(
    () => "admitted",
    (e: unknown) => (e as AdmissionRefused).reason,
  );

describe("AdmissionQueue", () => {
  it("runs up to maxConcurrent, queues up to maxQueued and refuses the rest at once", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 2, maxQueued: 1, queueTimeoutMs: 60_000 });
    const a = await q.acquire();
    await q.acquire();
    const queued = q.acquire();
    expect(q.load).toEqual({ running: 2, waiting: 1 });
    expect(await reason(q.acquire())).toBe("full");
    a();
    const release = await queued;
    expect(q.load).toEqual({ running: 2, waiting: 0 });
    release();
    release(); // twice is once
    expect(q.load).toEqual({ running: 1, waiting: 0 });
  });

  it("a queued request whose client leaves gives up its place", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 60_000 });
    const first = await q.acquire();
    const gone = new AbortController();
    const leaving = reason(q.acquire(gone.signal));
    const staying = q.acquire();
    gone.abort();
    expect(await leaving).toBe("gone");
    first();
    await staying;
    expect(q.load).toEqual({ running: 1, waiting: 0 });
  });

  it("refuses a request that waited longer than queueTimeoutMs", async () => {
    const q = new AdmissionQueue({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 1 });
    await q.acquire();
    expect(await reason(q.acquire())).toBe("waited-too-long");
    expect(q.load).toEqual({ running: 1, waiting: 0 });
  });

  it("refuses an already abandoned request", async () => {
    const gone = new AbortController();
    gone.abort();
    expect(
      await reason(new AdmissionQueue({ maxConcurrent: 1, maxQueued: 1, queueTimeoutMs: 1 }).acquire(gone.signal)),
    ).toBe("gone");
  });

  it("refuses at once a newcomer who would wait longer than queueTimeoutMs, judging by recent run times", async () => {
    let clock = 0;
    const q = new AdmissionQueue({ maxConcurrent: 2, maxQueued: 10, queueTimeoutMs: 3_000 }, () => clock);
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
    expect(q.load).toEqual({ running: 2, waiting: 3 });
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
});
