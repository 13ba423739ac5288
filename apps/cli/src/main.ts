import { commanderArgv, fastDecodeArgs, fastSearchArgs } from "./args.js";
import { runDecode } from "./commands/decode.js";
import { errorText, exitCodeOf } from "./errors.js";
import { processIo } from "./io.js";

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes("--debug");
  const io = processIo();
  const fail = (err: unknown): void => {
    io.error(errorText(err, debug));
    process.exitCode = exitCodeOf(err);
  };
  process.on("uncaughtException", fail);
  try {
    const fast = fastDecodeArgs(argv);
    const search = fast ? null : fastSearchArgs(argv);
    // commander and the other commands load only when needed (cold start).
    process.exitCode = fast
      ? await runDecode(fast, io)
      : search
        ? await (await import("./commands/search.js")).runSearch(search, io)
        : await (await import("./cli.js")).runCli(commanderArgv(argv), io);
  } catch (err) {
    fail(err);
  }
}

void main(process.argv.slice(2));
