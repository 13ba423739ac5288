import { parseTuiArgs, runTui, SystemError, systemOverride } from "@winerr/tui";
import { openCatalog } from "../catalog.js";
import { errorText, EXIT, exitCodeOf, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/**
 * `winerr tui [QUERY]`: the Ink TUI over the CLI's own catalog. Built as its
 * own bundle (dist/winerr-tui.js), so it reports its own errors: its
 * CliError is not the one winerr.js knows.
 */
export async function runTuiCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  if (args.includes("-h") || args.includes("--help")) {
    await io.stdout.write("usage: winerr tui [QUERY] [--system [--lang de-DE]]   (a code, a name, or words; ? inside for keys)\n");
    return EXIT.ok;
  }
  try {
    // [QUERY] [--system [--lang de-DE]]: as winerr-tui takes them; the system's files are read only with --system.
    const opts = parseTuiArgs(args.filter((a) => a !== "--debug"));
    const messageOverride = opts.system ? systemOverride(io.env, opts.lang) : undefined;
    const catalog = openCatalog(io.env);
    return (await runTui({ catalog, query: opts.query, env: io.env, ...(messageOverride !== undefined ? { messageOverride } : {}) })) as ExitCode;
  } catch (err) {
    if (err instanceof SystemError) {
      io.error(`winerr tui: ${err.message}\n`);
      return EXIT.usage;
    }
    io.error(errorText(err, args.includes("--debug")));
    return exitCodeOf(err);
  }
}
