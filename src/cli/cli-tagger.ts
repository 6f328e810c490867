/** The Arabic tagger of a command-line tool: found or started once, or none with --no-tagger (said on stderr). */
import { loadConfig } from "../config.js";
import { resolveTagger } from "../nlp/resolve-nlp.js";

/** Resolves the tagger for a command; `say` writes the command's progress and warning lines to stderr. */
export function cliTagger(params: {
  tagger: boolean;
  say: (message: string) => void;
}): ReturnType<typeof resolveTagger> {
  const { say } = params;
  return resolveTagger({
    config: loadConfig().nlp,
    ...(params.tagger ? {} : { off: "--no-tagger" }),
    log: say,
    warn: (m) => say(`warning: ${m}`),
  });
}
