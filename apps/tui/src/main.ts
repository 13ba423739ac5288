import { catalogPath, openCatalog } from "./catalog-file.js";
import { EXIT, runTui } from "./run.js";

const USAGE = "usage: winerr-tui [QUERY]   (a code, a name, or words; ? inside for keys)";

async function main(argv: string[]): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  const flags = argv.filter((a) => a.startsWith("--") || (a.startsWith("-") && !/^-\d/.test(a)));
  if (flags.length > 0) {
    process.stderr.write(`winerr-tui: unknown option ${flags[0]}; ${USAGE}\n`);
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
  return runTui({ catalog, query: argv.join(" ") });
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
