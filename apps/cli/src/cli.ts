import { Command, CommanderError } from "commander";
import { KIND_LIST } from "@winerr/core";
import { colorOf, decodeRequest, FLAGS, flatOf, formatOf, nearCommand, type FlagValues } from "./args.js";
import { runDecode } from "./commands/decode.js";
import { runInfo } from "./commands/info.js";
import { runScan } from "./commands/scan.js";
import { runSearch } from "./commands/search.js";
import { ExitError, EXIT, type ExitCode } from "@winerr/host/errors";
import { openCatalog } from "@winerr/host/catalog";
import { showBundle, sibling } from "./sibling.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

const DECODE_EXAMPLES = `
Inputs: decimal (13857), negative int32 (-2147024891), hex (0x80070005,
80070005, &H80070005), sign-extended 64-bit hex, or a name
(ERROR_ACCESS_DENIED, =NAME exact, :PART substring). FAMILY:INPUT decodes in
one family only, with that family's own unwrap rules (win32:5,
ntstatus:0xC0000005, bugcheck:0xD1, hresult:0x80070005).

Examples:
  $ winerr 13857
  $ winerr decode 0x80073621 -1073741819 --json
  $ winerr ERROR_ACCESS_DENIED
  $ winerr ntstatus:0xC0000005
  $ printf '5\\r\\n0xC0000005\\r\\n' | winerr decode --stdin --ndjson

Exit codes: 0 every input matched an entry; 1 some input was read but
matched nothing; 2 usage error or an input not understood;
3 internal error; 4 I/O error.`;

const PROGRAM_HELP = `
Examples:
  $ winerr 0x80070005             decode (same as: winerr decode 0x80070005)
  $ winerr -1073741819 --json     negative numbers are inputs, not options
  $ winerr search access denied   find entries by name or message
  $ winerr show 13857             the reference page: guidance, related codes
  $ winerr scan setup.log         decode the codes found in a log
  $ winerr info --json            what the catalog holds
  $ winerr tui 0x80070005         browse in the terminal UI
  $ winerr export --out DIR       write the catalog as data files (export --help)
  $ winerr help decode            more about decoding`;

const SEARCH_EXAMPLES = `
Ranks entries by name (whole, start, part, every word) and then by message
text; case-insensitive; spaces match "_" in names.

Machine output has one object per query: {"input", "ok", "entries": [...]}.

Examples:
  $ winerr search access denied
  $ winerr search --kind ntstatus --limit 5 pipe
  $ winerr search spi --json
  $ printf 'access denied\\npipe busy\\n' | winerr search --stdin --ndjson
  $ winerr search -- -text        text that starts with "-" goes after --

Exit codes: 0 every query matched some entry; 1 one matched none; 2 usage
error; 4 I/O error.`;

const SCAN_EXAMPLES = `
Finds codes in free text (0x/&H hex, negative HRESULT/NTSTATUS decimals,
"error 1603"-style keywords, catalog names) and decodes each, streaming
line by line.

Examples:
  $ winerr scan setup.log
  $ Get-Content setup.log | node winerr.js scan - --ndjson
  $ winerr scan install.log --json

Exit codes: 0 codes found and each matched an entry; 1 none found, or one
matched nothing; 2 usage error (e.g. the file cannot be read); 4 I/O error.`;

const SHOW_EXAMPLES = `
The reference page of each input's best match (as decode ranks them): the
official message, guidance (written by the WinErr authors and labelled so),
conversions, related codes computed from the catalog (group neighbours,
aliases, wrapped forms, same message), questions answered from the data,
and provenance.

Examples:
  $ winerr show 13857
  $ winerr show ERROR_ACCESS_DENIED --json
  $ winerr show 0xC0000005 0x8024402C
  $ printf '13857\\n0xC0000005\\n' | winerr show --stdin --ndjson

Exit codes: 0 every input has a page; 1 one was understood but matched
nothing; 2 usage error or an input not understood;
3 internal error; 4 I/O error.`;

const COMPLETION_EXAMPLES = `
Examples:
  $ eval "$(winerr completion bash)"                       in ~/.bashrc
  $ source <(winerr completion zsh)                         in ~/.zshrc
  $ winerr completion fish | source                         in config.fish
  PS> winerr completion pwsh | Out-String | Invoke-Expression  in $PROFILE`;

const INFO_EXAMPLES = `
Examples:
  $ winerr info
  $ winerr info --json`;

/** The full command line: help, version, every command. */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command("winerr")
    .description("Decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check) offline.")
    // runCli answers -v/-V/--version itself (versionText); this lists it.
    .version(VERSION, "-v, --version", "print the version and the catalog's build date and sources (-V too)")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => io.error(text),
      // Errors are thrown (exitOverride) and printed once by main, on one line.
      outputError: () => {},
    })
    .addHelpText("after", PROGRAM_HELP)
    // runCli answers `help [command]` itself; this only lists it.
    .helpCommand("help [command]", "show help for a command");

  program
    .command("decode")
    .description("decode each input: every catalog entry it can mean, best first")
    .argument("[inputs...]", "codes or names")
    .option(FLAGS.stdin.flag, FLAGS.stdin.help)
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.color.flag, FLAGS.color.help)
    .option(FLAGS.noColor.flag, FLAGS.noColor.help)
    .option(FLAGS.noReadings.flag, FLAGS.noReadings.help)
    .option(FLAGS.best.flag, FLAGS.best.help)
    .option(FLAGS.flat.flag, FLAGS.flat.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .option(FLAGS.module.flag, FLAGS.module.help, (file: string, all: string[] = []) => [...all, file])
    .option(FLAGS.system.flag, FLAGS.system.help)
    .option(FLAGS.lang.flag, FLAGS.lang.help)
    .addHelpText("after", DECODE_EXAMPLES)
    .action(async (inputs: string[], flags: FlagValues) => setExit(await runDecode(decodeRequest(inputs, flags), io)));

  program
    .command("search")
    .description("find entries by name or message text, best first")
    .argument("[text...]", "words to look for (or --stdin: a query per line)")
    .option("--limit <n>", "most hits per query", "20")
    .option("--kind <kind>", `only this family (${KIND_LIST.join(", ")})`)
    .option(FLAGS.stdin.flag, "read queries from stdin, one per line")
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.color.flag, FLAGS.color.help)
    .option(FLAGS.noColor.flag, FLAGS.noColor.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", SEARCH_EXAMPLES)
    .action(async (words: string[], flags: FlagValues & { limit: string; kind?: string }) => {
      if (flags.stdin === true && words.length > 0) throw new ExitError("give the query either as arguments or with --stdin, not both");
      if (flags.stdin !== true && words.length === 0) throw new ExitError("search needs some text (try: winerr search access denied)");
      const text = flags.stdin === true ? undefined : words.join(" ");
      setExit(await runSearch({ text, limit: Number(flags.limit), kind: flags.kind, format: formatOf(flags), color: colorOf(flags) }, io));
    });

  program
    .command("scan")
    .description("find and decode the codes in log text (a file, or - for stdin)")
    .argument("[file]", "a text file, or - for stdin", "-")
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.noReadings.flag, FLAGS.noReadings.help)
    .option("--line-text", "with --json/--ndjson: give each record the text of its line (lineText)")
    .option(FLAGS.best.flag, "keep only the best match of each code found (the first of matches)")
    .option(FLAGS.flat.flag, "with --json/--ndjson: one flat record per code found, its best match's fields at the top level")
    .option(FLAGS.color.flag, FLAGS.color.help)
    .option(FLAGS.noColor.flag, FLAGS.noColor.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", SCAN_EXAMPLES)
    .action(async (file: string, flags: FlagValues & { lineText?: boolean }) => {
      const format = formatOf(flags);
      setExit(await runScan({ file, format, color: colorOf(flags), readings: flags.readings !== false, lineText: flags.lineText === true, best: flags.best === true, flat: flatOf(flags, format) }, io));
    });

  program
    .command("msgtable")
    .description("list the message tables of a DLL, EXE or .mui file: one row per (language, message id)")
    .argument("<file>", "a PE file with RT_MESSAGETABLE resources")
    .option("--lang <langid>", "only this LANGID (1031, 0x0407)")
    .option(FLAGS.json.flag, "print one JSON array of {lang, id, text, encoding} (pure ASCII)")
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .action(async (file: string, flags: FlagValues & { lang?: string }) =>
      setExit(await (await import("./commands/msgtable.js")).runMsgtable({ file, format: formatOf(flags), lang: flags.lang }, io)),
    );

  program
    .command("show")
    .description("the reference page of a code or name: message, guidance, related codes, conversions")
    .argument("[inputs...]", "codes or names (or --stdin: one per line)")
    .option(FLAGS.stdin.flag, FLAGS.stdin.help)
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.color.flag, FLAGS.color.help)
    .option(FLAGS.noColor.flag, FLAGS.noColor.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", SHOW_EXAMPLES)
    .action(async (inputs: string[], flags: FlagValues) => {
      const stdin = flags.stdin === true;
      if (stdin && inputs.length > 0) throw new ExitError("give the inputs either as arguments or with --stdin, not both");
      if (!stdin && inputs.length === 0) throw new ExitError("show needs a code or a name (try: winerr show 13857)");
      setExit(await (await showBundle()).runShow({ inputs, stdin, format: formatOf(flags), color: colorOf(flags), debug: flags.debug === true }, io));
    });

  program
    .command("info")
    .description("show what the catalog holds: counts, headers, sources, build date")
    .option(FLAGS.json.flag, "print one JSON object: the catalog's manifest and withGuidance (pure ASCII)")
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", INFO_EXAMPLES)
    .action(async (flags: { json?: boolean }) => setExit(await runInfo({ json: flags.json === true }, io, async (io) => (await showBundle()).guidanceCount(io))));

  program
    .command("completion")
    .description("print a script that completes winerr's commands and flags (bash, zsh, fish, pwsh)")
    .argument("<shell>", "bash, zsh, fish or pwsh")
    .addHelpText("after", COMPLETION_EXAMPLES)
    .action(async (shell: string) => {
      const { completionScript, completionSpec } = await import("./completion.js");
      await io.stdout.write(completionScript(shell, completionSpec(program)));
      setExit(EXIT.ok);
    });

  // tui and export take their own arguments; runCli hands them over before
  // commander parses anything. Listed here for --help.
  program.command("tui").description("browse the catalog in the terminal UI (winerr tui [QUERY])");
  program.command("export").description("write the catalog as JSON/NDJSON/CSV data files with a JSON Schema (winerr export --help)");

  return program;
}

/**
 * Commands that are programs of their own: the TUI's and the export's
 * bundles beside winerr.js (dist/winerr-tui.js with Ink and React,
 * CommonJS with its own code cache; dist/winerr-export.mjs with the
 * exporter and zod, an ES module; their apps build them, build.mjs copies
 * them here). Each exports runProgram(argv, programName) and parses its own
 * arguments. Loaded by a computed path (sibling.ts), so that esbuild leaves
 * them out of winerr.js and plain decoding never loads them.
 */
type PassThrough = (args: readonly string[]) => Promise<ExitCode>;
interface Program {
  runProgram(argv: readonly string[], program: string): Promise<number>;
}
const runsProgram = (file: string, name: string): PassThrough => async (args) => (await (await sibling<Program>(file)).runProgram(args, name)) as ExitCode;
const PASS_THROUGH: Record<string, PassThrough> = {
  tui: runsProgram("./winerr-tui.js", "winerr tui"),
  export: runsProgram("./winerr-export.mjs", "winerr export"),
};

/**
 * `winerr help [COMMAND]`: the help of the program (no command, or `help`
 * itself) or of one command on stdout, exit 0; an unknown command is a
 * usage error with the nearest command's name.
 */
async function runHelp(program: Command, args: readonly string[]): Promise<ExitCode> {
  const [name, ...extra] = args;
  if (extra.length > 0) throw new ExitError("help takes one command name (try: winerr help search)");
  if (name === undefined || name === "help") {
    program.outputHelp();
    return EXIT.ok;
  }
  const own = PASS_THROUGH[name];
  if (own !== undefined) return own(["--help"]);
  const command = program.commands.find((c) => c.name() === name);
  if (command === undefined) {
    const near = nearCommand(name);
    throw new ExitError(`unknown command ${JSON.stringify(name)}${near === undefined ? "" : `; did you mean '${near}'?`} (winerr --help lists them)`);
  }
  command.outputHelp();
  return EXIT.ok;
}

/**
 * `winerr --version`: the program's version and what its catalog was built
 * from, read from the packed catalog's head (no rows are read).
 */
export function versionText(io: Io): string {
  let catalog: string;
  try {
    const m = openCatalog(io.catalog).manifest();
    catalog = `catalog built ${m.buildDate}: ${m.entries} entries from ${m.sources.map((s) => `${s.name} ${s.version}`).join(", ")}`;
  } catch (err) {
    catalog = `catalog: ${err instanceof Error ? err.message : String(err)}`;
  }
  // The first line stays the bare version: scripts read it.
  return `${VERSION}\n${catalog}\n`;
}

const VERSION_FLAGS = new Set(["-v", "-V", "--version"]);

/** Runs argv (already through commanderArgv) and returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<ExitCode> {
  const own = PASS_THROUGH[argv[0] ?? ""];
  if (own !== undefined) return own(argv.slice(1));
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  if (argv[0] === "help") return runHelp(program, argv.slice(1));
  if (argv.length === 1 && VERSION_FLAGS.has(argv[0] as string)) {
    await io.stdout.write(versionText(io));
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) return EXIT.ok; // --help, --version
    const hint = err.code === "commander.unknownOption" ? ' (text that starts with "-" goes after --, as in: winerr search -- -text)' : "";
    throw new ExitError(err.message.replace(/^error: /, "") + hint);
  }
  return code;
}
