/**
 * A progress bar on stderr for people at a terminal; plain periodic lines when stderr is not a TTY (CI, logs).
 */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(): void;
}

/** Creates a progress reporter on stderr. */
export function createProgress(title: string): Progress {
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  return {
    update(done, total, label = "") {
      if (tty) {
        const width = 30;
        const filled = total ? Math.round((done / total) * width) : width;
        const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
        process.stderr.write(`\r${title} ${bar} ${done}/${total} ${label.slice(-40).padEnd(40)}`);
      } else if (done === total || Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        process.stderr.write(`${title}: ${done}/${total}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write("\n");
    },
  };
}
