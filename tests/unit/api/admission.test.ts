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
});
