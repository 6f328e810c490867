import { describe, expect, it } from "vitest";
import { LagMeter } from "../../../src/api/event-loop-lag.js";

describe("LagMeter", () => {
  const meter = () => {
    const clock = { t: 0 };
    return { clock, m: new LagMeter({ intervalMs: 20, windowMs: 1_000, now: () => clock.t }) };
  };

  it("reads 0 while the ticks come on time", () => {
    const { clock, m } = meter();
    for (let i = 0; i < 100; i++) {
      clock.t += 20;
      m.tick();
    }
    expect(m.current()).toBe(0);
  });

  it("keeps the largest delay of the last window, not a mean", () => {
    const { clock, m } = meter();
    clock.t += 20;
    m.tick();
    clock.t += 220; // a 200 ms block
    m.tick();
    for (let i = 0; i < 20; i++) {
      clock.t += 20;
      m.tick();
    }
    expect(m.current()).toBe(200);
  });

  it("counts a block still in progress, before the late tick has run", () => {
    const { clock, m } = meter();
    clock.t += 20;
    m.tick();
    clock.t += 520;
    expect(m.current()).toBe(500);
  });

  it("forgets a delay after one to two windows of punctual ticks", () => {
    const { clock, m } = meter();
    clock.t += 320;
    m.tick();
    expect(m.current()).toBe(300);
    for (let i = 0; i < 50; i++) {
      clock.t += 20;
      m.tick();
    }
    expect(m.current()).toBe(300); // still within the previous window
    for (let i = 0; i < 60; i++) {
      clock.t += 20;
      m.tick();
    }
    expect(m.current()).toBe(0);
  });
});
