/**
 * Runs one of our commands (src/main.ts, src/cli/*.ts) as a real child process, as a user would, and watches its
 * output: `node --import tsx FILE` (no npx in between, so a signal reaches the command itself).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../../src/config.js";

/** A running command with its combined stdout + stderr. */
export class CliProcess {
  output = "";
  stderr = "";
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (c: Buffer) => (this.output += c.toString("utf8")));
    child.stderr?.on("data", (c: Buffer) => {
      this.output += c.toString("utf8");
      this.stderr += c.toString("utf8");
    });
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  /** Starts `node --import tsx <args>` in the project root with `env` added to ours. */
  static start(args: string[], env: Record<string, string | undefined> = {}): CliProcess {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    return new CliProcess(child);
  }

  /** Waits until the output matches (or fails with the output so far, or when the process exits first). */
  async waitFor(pattern: RegExp, ms = 60_000): Promise<RegExpExecArray> {
    const end = Date.now() + ms;
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      const m = pattern.exec(this.output);
      if (m) return m;
      if (exited) throw new Error(`exited before printing ${pattern}:\n${this.output}`);
      if (Date.now() > end) throw new Error(`no ${pattern} within ${ms} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Ctrl-C: SIGINT, then the exit code (SIGKILL after `ms`, and the code is then null). */
  async interrupt(ms = 60_000): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill("SIGINT");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), ms);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

/** Polls `check` until it returns true (a functional wait with a generous bound, not a timing assertion). */
export async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}
