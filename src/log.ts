/**
 * A small structured logger: one JSON object per line on stderr (stdout stays free for command output such as
 * `npm run extract`). Never pass secrets to it; config is logged only through describeConfig().
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Creates a logger that writes lines at or above `level`; `pretty` prints plain text for people at a terminal. */
export function createLogger(options: { level?: LogLevel; pretty?: boolean } = {}): Logger {
  const min = ORDER[options.level ?? "info"];
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    if (pretty) {
      const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : "";
      process.stderr.write(`${level === "info" ? "" : `${level.toUpperCase()} `}${message}${extra}\n`);
    } else {
      process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
