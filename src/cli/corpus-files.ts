/** The article files a command is given: files as they are, folders expanded (one level, *.txt and *.html). */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Files as given, folders expanded to their *.txt and *.html files (sorted). */
export function corpusFiles(args: string[]): string[] {
  return args.flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => /\.(txt|html?)$/i.test(f))
          .sort()
          .map((f) => path.join(a, f))
      : [a],
  );
}
