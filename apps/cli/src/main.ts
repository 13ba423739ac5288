import { commanderArgv, fastDecodeArgs, fastSearchArgs, mistypedCommand } from "./args.js";
import { refuseMistypedCommand, runDecode } from "./commands/decode.js";
import { errorLine, exitCodeOf } from "@winerr/host/errors";
import { fastInfoArgs, fastShowArgs } from "./fast-args.js";
import { processIo } from "./io.js";
import { showBundle } from "./sibling.js";

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes("--debug");
  const io = processIo();
  let failed: unknown;
  const fail = (err: unknown): void => {
    // A failed stdout throws the same error at every later write: one line.
    if (err === failed) return;
    failed = err;
    io.error(errorLine("winerr", err, debug));
    process.exitCode = exitCodeOf(err);
  };
  process.on("uncaughtException", fail);
  try {
    const guess = mistypedCommand(argv);
    if (guess !== undefined) refuseMistypedCommand(argv[0] as string, guess, io);
    const fast = fastDecodeArgs(argv);
    const search = fast ? null : fastSearchArgs(argv);
    const show = fast || search ? null : fastShowArgs(argv);
    const info = fast || search || show ? null : fastInfoArgs(argv);
    // commander and the other commands load only when needed (cold start).
    const code = fast
      ? await runDecode(fast, io)
      : search
        ? await (await import("./commands/search.js")).runSearch(search, io)
        : show
          ? await (await showBundle()).runShow(show, io)
          : info
            ? await (await import("./commands/info.js")).runInfo(info, io, async (io) => (await showBundle()).guidanceCount(io))
            : await (await import("./cli.js")).runCli(commanderArgv(argv), io);
    if (io.stdout.failure) fail(io.stdout.failure);
    else process.exitCode = code;
  } catch (err) {
    fail(err);
  }
}

void main(process.argv.slice(2));
