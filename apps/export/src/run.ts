import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { isPacked, loadCatalog, unpackCatalog, type CatalogFile, type Kind } from "@winerr/core";
import { safeParseCatalogFile } from "@winerr/core/catalog-file";
import { EXPORT_SCHEMA_VERSION, ExportDocument, MESSAGES_SCHEMA_FILE, MESSAGES_SCHEMA_VERSION, MessagesDocument } from "@winerr/core/export-schema";
import { KINDS } from "@winerr/core/schema";
import { parseFlags } from "@winerr/host/flags";
import { Sink } from "@winerr/host/output";
import { buildDocument, keptRows, type Filter } from "./document.js";
import { errorLine, exitCodeOf, EXIT, ExitError, shown, type ExitCode } from "@winerr/host/errors";
import { FILE_NAMES, FORMATS, MESSAGES_FILE, messagesSchemaText, render, renderMessages, type Format } from "./formats.js";
import { buildMessagesDocument, readMessageFolder } from "./messages.js";
import { PAGES_DIR, pageFiles } from "./pages.js";
import { checkOutputDir, writeFilesAtomically, writeFolderAtomically, type OutFile } from "./write.js";

/** The process edges runExport touches; main passes the real ones, tests their own. */
export interface ExportIo {
  stdout: NodeJS.WritableStream;
  /** One line for people, ending in "\n". */
  error(line: string): void;
  /** Relative --out and --catalog paths resolve against this. */
  cwd: string;
  /**
   * The built-in catalog when it is not core's data file: the bundled
   * program (program.ts) passes the packed catalog beside its bundle where
   * core's data file is not installed (the npm package, the PowerShell module).
   */
  catalog?: string;
  /** How messages name the program: "winerr-export" (the default), or "winerr export" when the CLI runs it. */
  program?: string;
}

export interface ExportOptions {
  /** Output folder; exactly one of `out` and `stdout`. */
  out: string | null;
  stdout: boolean;
  formats: Format[];
  /** --format pages: the Markdown reference pages folder. */
  pages?: boolean;
  filter: Filter;
  /** A catalog file to export instead of the committed one. */
  catalog: string | null;
  /** --messages-from DIR: write the localized overlay instead of the catalog. */
  messagesFrom?: string | null;
}

/** The usage text, naming the program as it was run ("winerr-export" or "winerr export"). */
export const helpText = (program: string): string => `Usage: ${program} --out DIR [options]
       ${program} --stdout [--format F] [options]
       ${program} --out DIR --messages-from FOLDER [--catalog FILE]

Export the WinErr catalog as data (export format ${EXPORT_SCHEMA_VERSION}).

  -o, --out DIR        write into DIR (created if missing): catalog.schema.json, plus
                       the files of --format; each written atomically
      --stdout         write one format to stdout instead
  -f, --format F       json (catalog.json, the default), ndjson (catalog.ndjson),
                       csv (catalog.csv), schema (only catalog.schema.json),
                       all (those four), or pages (a folder pages/ with one
                       Markdown reference page per entry and index.md; only
                       with --out; not part of all); repeat or separate with
                       commas
  -k, --kind K         keep only these families: ${KINDS.join(", ")}
      --header H       keep only entries from these header files (e.g. winerror.h)
      --catalog FILE   export this catalog file instead of the built-in one
                       ($WINERR_CATALOG, else the one installed with the program)
      --messages-from FOLDER
                       write the localized overlay instead (overlay format
                       ${MESSAGES_SCHEMA_VERSION}): ${MESSAGES_FILE} and ${MESSAGES_SCHEMA_FILE},
                       from FOLDER's *.mui, *.dll, *.exe files (and its
                       language folders, e.g. de-DE/)
      --debug          print the stack of an internal error
  -h, --help           show this help

Exit codes:
  0  written
  2  usage error, or a bad output path (not a folder, under a file)
  3  internal error
  4  I/O error: the output cannot be created or written (permission denied,
     read-only, full disk)
`;

/** The export's flags (parsed by @winerr/host/flags; helpText describes them). */
const FLAGS = {
  out: { flag: "-o, --out <dir>" },
  stdout: { flag: "--stdout" },
  format: { flag: "-f, --format <format>", repeat: true },
  kind: { flag: "-k, --kind <kind>", repeat: true },
  header: { flag: "--header <header>", repeat: true },
  catalog: { flag: "--catalog <file>" },
  messagesFrom: { flag: "--messages-from <folder>" },
  debug: { flag: "--debug" },
  help: { flag: "-h, --help" },
};

/** Parse argv (without node and script); throws ExitError (exit 2). Null means --help. */
export function parseOptions(argv: readonly string[]): ExportOptions | null {
  const v = parseFlags(FLAGS, argv, { words: false, hint: "(see --help)" }).values as {
    out?: string;
    stdout?: boolean;
    format?: string[];
    kind?: string[];
    header?: string[];
    catalog?: string;
    messagesFrom?: string;
    help?: boolean;
  };
  if (v.help === true) return null;
  const stdout = v.stdout === true;
  const out = v.out ?? null;
  const messagesFrom = v.messagesFrom ?? null;
  if (messagesFrom !== null) {
    if (messagesFrom === "") throw new ExitError("--messages-from needs a folder path");
    if (stdout || out === null) throw new ExitError("--messages-from writes files: give --out DIR");
    if (v.format !== undefined || v.kind !== undefined || v.header !== undefined) throw new ExitError(`--messages-from writes ${MESSAGES_FILE} and its schema; --format, --kind and --header do not apply`);
  }
  if (stdout && out !== null) throw new ExitError("give --out DIR or --stdout, not both");
  if (!stdout && out === null) throw new ExitError("say where to write: --out DIR or --stdout (see --help)");
  if (out === "") throw new ExitError("--out needs a folder path");

  const formatNames = split(v.format ?? ["json"]);
  const formats: Format[] = [];
  let pages = false;
  for (const f of formatNames) {
    if (f === "all") formats.push(...FORMATS);
    else if (f === "pages") pages = true;
    else if ((FORMATS as readonly string[]).includes(f)) formats.push(f as Format);
    else throw new ExitError(`unknown format ${shown(f)}; use ${[...FORMATS, "all", "pages"].join(", ")}`);
  }
  const unique = FORMATS.filter((f) => formats.includes(f));
  if (stdout && pages) throw new ExitError("pages are a folder of files: give --out DIR");
  if (stdout && unique.length !== 1) throw new ExitError("--stdout writes one format; choose json, ndjson, csv or schema");

  let kinds: Kind[] | null = null;
  if (v.kind !== undefined) {
    kinds = [];
    for (const k of split(v.kind)) {
      if (!(KINDS as readonly string[]).includes(k)) throw new ExitError(`unknown kind ${shown(k)}; use ${KINDS.join(", ")}`);
      kinds.push(k as Kind);
    }
  }
  const headers = v.header === undefined ? null : split(v.header);
  if (v.catalog === "") throw new ExitError("--catalog needs a file path");
  return { out, stdout, formats: unique, pages, filter: { kinds, headers }, catalog: v.catalog ?? null, messagesFrom };
}

function split(values: readonly string[]): string[] {
  const out = values.flatMap((x) => x.split(",")).map((x) => x.trim());
  if (out.some((x) => x === "")) throw new ExitError("empty value in a list option");
  return out;
}

/**
 * `winerr-export` as a function: parse argv, export, print one line on
 * error. Returns the exit code; never calls process.exit. program.ts runs
 * it as winerr-export and as `winerr export`.
 */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<ExitCode> {
  const debug = argv.includes("--debug");
  const program = io.program ?? "winerr-export";
  try {
    const options = parseOptions(argv);
    if (options === null) {
      await new Sink(io.stdout).write(helpText(program));
      return EXIT.ok;
    }
    await exportCatalog(options, io);
    return EXIT.ok;
  } catch (err) {
    io.error(errorLine(program, err, debug));
    return exitCodeOf(err);
  }
}

/** Export with parsed options; throws ExitError (exit 2) or other errors (exit 3). */
export async function exportCatalog(options: ExportOptions, io: ExportIo): Promise<void> {
  const outDir = options.out === null ? null : resolve(io.cwd, options.out);
  // Check the destination first: a bad path fails fast, before any work.
  if (outDir !== null) await checkOutputDir(outDir);
  const given = options.catalog === null ? null : resolve(io.cwd, options.catalog);
  if (options.messagesFrom != null && outDir !== null) return exportMessages(outDir, resolve(io.cwd, options.messagesFrom), given, io.catalog);
  const file = await readCatalog(given, io.catalog);
  checkHeaders(file, options.filter.headers);
  if (options.pages === true && outDir !== null) {
    const catalog = loadCatalog(file);
    await writeFolderAtomically(outDir, PAGES_DIR, pageFiles(catalog, keptRows(catalog, options.filter)));
    // Only pages asked for: no data files.
    if (options.formats.length === 0) return;
  }
  const doc = buildDocument(file, options.filter);
  // Validate at the edge: a document that breaks its own schema is a bug.
  const checked = ExportDocument.safeParse(doc);
  if (!checked.success) throw new Error(`the export does not match its schema: ${checked.error.issues[0]?.message ?? "?"}`);

  if (outDir === null) {
    // A closed pipe (`| head`) ends quietly; any other write error is an I/O error (exit 4).
    await new Sink(io.stdout).writeAll(render(options.formats[0] as Format, doc));
    return;
  }
  const formats = FORMATS.filter((f) => f === "schema" || options.formats.includes(f));
  const files: OutFile[] = formats.map((f) => ({ name: FILE_NAMES[f], chunks: render(f, doc) }));
  await writeFilesAtomically(outDir, files);
}

/** --messages-from: the overlay and its schema, validated, written atomically together. */
async function exportMessages(outDir: string, folder: string, catalogPath: string | null, builtIn: string | undefined): Promise<void> {
  const files = await readMessageFolder(folder);
  const doc = buildMessagesDocument(await readCatalog(catalogPath, builtIn), files);
  const checked = MessagesDocument.safeParse(doc);
  if (!checked.success) throw new Error(`the overlay does not match its schema: ${checked.error.issues[0]?.message ?? "?"}`);
  await writeFilesAtomically(outDir, [
    { name: MESSAGES_SCHEMA_FILE, chunks: [messagesSchemaText()] },
    { name: MESSAGES_FILE, chunks: renderMessages(doc) },
  ]);
}

/** The committed catalog (core's data file) unless a file is given. */
export function defaultCatalogPath(): string {
  return createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
}

/** Core's catalog file, or the packed form the apps ship (read back with unpackCatalog); validated either way. */
async function readCatalog(path: string | null, builtIn: string | undefined): Promise<CatalogFile> {
  const given = path !== null;
  const file = path ?? builtIn ?? defaultCatalogPath();
  // A catalog the user names is their error (2); the built-in one is ours (3).
  const fail = (why: string) => new ExitError(`the catalog ${shown(file, Infinity)} ${why}`, given ? EXIT.usage : EXIT.internal);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw fail(`cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let json: unknown;
  try {
    json = isPacked(bytes) ? unpackCatalog(bytes) : JSON.parse(bytes.toString("utf8"));
  } catch {
    throw fail(isPacked(bytes) ? "is not a readable packed catalog" : "is not valid JSON");
  }
  const parsed = safeParseCatalogFile(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(`is not a WinErr catalog (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
  }
  return parsed.data;
}

// A header filter that matches nothing is almost always a typo.
function checkHeaders(file: CatalogFile, headers: string[] | null): void {
  if (headers === null) return;
  const known = new Set(file.entries.map((r) => r[4].toLowerCase()));
  for (const h of headers) {
    if (!known.has(h.toLowerCase())) throw new ExitError(`no entry comes from the header ${shown(h)}`);
  }
}
