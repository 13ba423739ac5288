import { catalogPath, openCatalog, openSearchIndex } from "./catalog-file.js";
import { EXIT, loadScreen, runTui } from "./run.js";
import { parseTuiArgs, SystemError, systemOverride, tuiUsage } from "./system.js";

const PROGRAM = "winerr-tui";

async function main(argv: string[]): Promise<number> {
  let args;
  let messageOverride;
  try {
    args = parseTuiArgs(argv);
    if (args.help) {
      process.stdout.write(tuiUsage(PROGRAM) + "\n");
      return EXIT.ok;
    }
    // The system's message files are read only when asked for.
    if (args.system) messageOverride = systemOverride(process.env, args.lang);
  } catch (err) {
    if (!(err instanceof SystemError)) throw err;
    process.stderr.write(`${PROGRAM}: ${err.message} (${PROGRAM} --help)\n`);
    return EXIT.usage;
  }
  // Ink and React load while the catalog is read (a run without a terminal exits before needing them).
  if (process.stdin.isTTY) loadScreen().catch(() => {});
  const path = catalogPath();
  let catalog;
  try {
    catalog = openCatalog(path, { searchIndex: false });
  } catch (err) {
    process.stderr.write(`${PROGRAM}: cannot read the catalog ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); reinstall winerr\n`);
    return EXIT.internal;
  }
  const opened = catalog;
  return runTui({ catalog, afterFirstFrame: () => openSearchIndex(opened, path), query: args.query, program: PROGRAM, mouse: args.mouse, history: args.history, ...(messageOverride !== undefined ? { messageOverride } : {}) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${PROGRAM}: internal error: ${(err as Error).message}\n`);
    process.exitCode = EXIT.internal;
  },
);
