import { catalogPath, openCatalog } from "./catalog-file.js";
import { EXIT, runTui } from "./run.js";
import { parseTuiArgs, SystemError, systemOverride } from "./system.js";

const USAGE = "usage: winerr-tui [QUERY] [--system [--lang de-DE]]   (a code, a name, or words; ? inside for keys)";

async function main(argv: string[]): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  let args;
  let messageOverride;
  try {
    args = parseTuiArgs(argv);
    // The system's message files are read only when asked for.
    if (args.system) messageOverride = systemOverride(process.env, args.lang);
  } catch (err) {
    if (!(err instanceof SystemError)) throw err;
    process.stderr.write(`winerr-tui: ${err.message}; ${USAGE}\n`);
    return EXIT.usage;
  }
  const path = catalogPath();
  let catalog;
  try {
    catalog = openCatalog(path);
  } catch (err) {
    process.stderr.write(`winerr-tui: cannot read the catalog ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); reinstall winerr\n`);
    return EXIT.internal;
  }
  return runTui({ catalog, query: args.query, ...(messageOverride !== undefined ? { messageOverride } : {}) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`winerr-tui: internal error: ${(err as Error).message}\n`);
    process.exitCode = EXIT.internal;
  },
);
