/**
 * Prints the slowest test files and tests at the end of a run (after the default reporter's summary), so that where
 * the suite's time goes is visible in every `npm test`. Durations on a shared machine are noisy: compare shares.
 */
import type { Reporter, TestModule } from "vitest/node";

const SHOWN = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

/** Vitest reporter listing the slowest files (setup hooks included) and tests. */
export default class SlowestReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const files = testModules
      .map((m) => ({ name: m.relativeModuleId, ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms);
    const tests = testModules
      .flatMap((m) =>
        [...m.children.allTests()].map((t) => ({
          name: `${m.relativeModuleId} › ${t.fullName}`,
          ms: t.diagnostic()?.duration ?? 0,
        })),
      )
      .sort((a, b) => b.ms - a.ms);
    const total = files.reduce((n, f) => n + f.ms, 0);
    const lines = [
      "",
      `Slowest test files (of ${files.length}, ${seconds(total).trim()} in all, hooks included):`,
      ...files.slice(0, SHOWN).map((f) => `${seconds(f.ms)}  ${f.name}`),
      `Slowest tests (of ${tests.length}):`,
      ...tests.slice(0, SHOWN).map((t) => `${seconds(t.ms)}  ${t.name}`),
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}
