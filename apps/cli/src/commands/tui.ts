import { parseTuiArgs, runTui, SystemError, systemOverride, tuiUsage } from "@winerr/tui";
import { openCatalog, openSearchIndex } from "../catalog.js";
import { errorText, EXIT, exitCodeOf, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/**
 * `winerr tui [QUERY]`: the Ink TUI over the CLI's own catalog. Built as its
 * own bundle (dist/winerr-tui.mjs), so it reports its own errors: its
 * CliError is not the one winerr.js knows.
 */
export async function runTuiCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  try {
    // [QUERY] [--system [--lang de-DE]]: as winerr-tui takes them; the system's files are read only with --system.
    const opts = parseTuiArgs(args.filter((a) => a !== "--debug"));
    if (opts.help) {
      await io.stdout.write(tuiUsage("winerr tui") + "\n");
      return EXIT.ok;
    }
    const messageOverride = opts.system ? systemOverride(io.env, opts.lang) : undefined;
    const catalog = openCatalog(io.env);
    openSearchIndex(catalog, io.env);
    return (await runTui({ catalog, query: opts.query, program: "winerr tui", mouse: opts.mouse, history: opts.history, env: io.env, ...(messageOverride !== undefined ? { messageOverride } : {}) })) as ExitCode;
  } catch (err) {
    if (err instanceof SystemError) {
      io.error(`winerr tui: ${err.message} (winerr tui --help)\n`);
      return EXIT.usage;
    }
    io.error(errorText(err, args.includes("--debug")));
    return exitCodeOf(err);
  }
}
