import { catalogPath, openCatalog, openSearchIndex } from "@winerr/host/catalog";
import { errorLine, EXIT, exitCodeOf, isExitError } from "@winerr/host/errors";
import { parseTuiArgs, tuiUsage } from "./args.js";
import { loadScreen, runTui } from "./run.js";
import { systemOverride } from "./system.js";

/**
 * The TUI as a program: argv (without node and script) in, exit code out.
 * `program` names it in messages as it was run: "winerr-tui" (main.ts), or
 * "winerr tui" when the CLI runs this bundle (dist/winerr-tui.js). Errors
 * are one line on stderr; a usage error points to --help.
 */
export async function runProgram(argv: readonly string[], program: string): Promise<number> {
  // Known before parsing, so that an error in parsing already has it.
  const debug = argv.includes("--debug");
  try {
    const args = parseTuiArgs(argv);
    if (args.help) {
      process.stdout.write(tuiUsage(program) + "\n");
      return EXIT.ok;
    }
    // The system's message files are read only when asked for.
    const messageOverride = args.system ? systemOverride(process.env, args.lang) : undefined;
    // Ink and React load while the catalog is read (a run without a terminal exits before needing them).
    if (process.stdin.isTTY) loadScreen().catch(() => {});
    // The catalog beside this bundle; the search index after the first frame, which shows no search.
    const path = catalogPath(process.env, import.meta.url);
    const catalog = openCatalog(path, { whole: true });
    return await runTui({
      catalog,
      afterFirstFrame: () => openSearchIndex(catalog, path),
      query: args.query,
      program,
      mouse: args.mouse,
      history: args.history,
      ...(messageOverride !== undefined ? { messageOverride } : {}),
    });
  } catch (err) {
    const line = errorLine(program, err, debug);
    process.stderr.write(isExitError(err) && err.exitCode === EXIT.usage ? line.replace(/\n$/, ` (${program} --help)\n`) : line);
    return exitCodeOf(err);
  }
}
