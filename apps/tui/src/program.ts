import { formatHex } from "@winerr/core/bits";
import { catalogPath, openCatalog, openSearchIndex } from "@winerr/host/catalog";
import { errorLine, EXIT, exitCodeOf, isExitError } from "@winerr/host/errors";
import { parseTuiArgs, tuiUsage } from "./args.js";
import { paintFrame } from "./paint.js";
import { loadPages } from "./pages.js";
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

/**
 * Build time only: @winerr/bundle's withCodeCache calls this in the bundle
 * (build.mjs) and then writes V8's code cache of it, which holds every
 * function this compiled: the catalog, the painted frame, React, Ink and
 * the App drawn off screen through the warm-up's keys, the page model and
 * the search. A start then runs those from the cache instead of compiling them.
 */
export async function warmCodeCache(): Promise<void> {
  const path = catalogPath(process.env, import.meta.url);
  const catalog = openCatalog(path, { whole: true });
  const size = { columns: 100, rows: 30 };
  // The whole catalog (no query), and a number as decode reads it (the first entry's, in hex).
  paintFrame(catalog, "", size, []);
  paintFrame(catalog, formatHex(catalog.valueOf(0)), size, []);
  const screen = await loadScreen();
  openSearchIndex(catalog, path);
  await loadPages();
  await screen.warmOffScreen(catalog, size);
}
