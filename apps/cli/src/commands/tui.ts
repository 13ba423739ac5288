import { runTui } from "@winerr/tui";
import { openCatalog } from "../catalog.js";
import { errorText, exitCodeOf, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/**
 * `winerr tui [QUERY]`: the Ink TUI over the CLI's own catalog. Built as its
 * own bundle (dist/winerr-tui.js), so it reports its own errors: its
 * CliError is not the one winerr.js knows.
 */
export async function runTuiCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  try {
    const catalog = openCatalog(io.env);
    return (await runTui({ catalog, query: args.join(" "), env: io.env })) as ExitCode;
  } catch (err) {
    io.error(errorText(err, args.includes("--debug")));
    return exitCodeOf(err);
  }
}
