import { Command, CommanderError } from "commander";
import { decodeRequest, FLAGS, type FlagValues } from "./args.js";
import { runDecode } from "./commands/decode.js";
import { runInfo } from "./commands/info.js";
import { CliError, EXIT, type ExitCode } from "./errors.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

const DECODE_EXAMPLES = `
Inputs: decimal (13857), negative int32 (-2147024891), hex (0x80070005,
80070005, &H80070005), sign-extended 64-bit hex, or a name
(ERROR_ACCESS_DENIED, =NAME exact, :PART substring).

Examples:
  $ winerr 13857
  $ winerr decode 0x80073621 -1073741819 --json
  $ winerr ERROR_ACCESS_DENIED
  $ printf '5\\r\\n0xC0000005\\r\\n' | winerr decode --stdin --ndjson

Exit codes: 0 every input matched an entry; 1 some input was read but
matched nothing; 2 usage error or an input not understood; 3 internal error.`;

const PROGRAM_HELP = `
Examples:
  $ winerr 0x80070005             decode (same as: winerr decode 0x80070005)
  $ winerr -1073741819 --json     negative numbers are inputs, not options
  $ winerr info --json            what the catalog holds
  $ winerr help decode            more about decoding`;

const INFO_EXAMPLES = `
Examples:
  $ winerr info
  $ winerr info --json`;

/** The full command line: help, version, every command. */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command("winerr")
    .description("Decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check) offline.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => io.error(text),
      // Errors are thrown (exitOverride) and printed once by main, on one line.
      outputError: () => {},
    })
    .addHelpText("after", PROGRAM_HELP);

  program
    .command("decode")
    .description("decode each input: every catalog entry it can mean, best first")
    .argument("[inputs...]", "codes or names")
    .option(FLAGS.stdin.flag, FLAGS.stdin.help)
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.ndjson.flag, FLAGS.ndjson.help)
    .option(FLAGS.noColor.flag, FLAGS.noColor.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", DECODE_EXAMPLES)
    .action(async (inputs: string[], flags: FlagValues) => setExit(await runDecode(decodeRequest(inputs, flags), io)));

  program
    .command("info")
    .description("show what the catalog holds: counts, headers, sources, build date")
    .option(FLAGS.json.flag, FLAGS.json.help)
    .option(FLAGS.debug.flag, FLAGS.debug.help)
    .addHelpText("after", INFO_EXAMPLES)
    .action(async (flags: { json?: boolean }) => setExit(await runInfo({ json: flags.json === true }, io)));

  return program;
}

/** Runs argv (already through commanderArgv) and returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) return EXIT.ok; // --help, --version
    throw new CliError(err.message.replace(/^error: /, ""));
  }
  return code;
}
