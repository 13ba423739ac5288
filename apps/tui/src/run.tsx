import { render } from "ink";
import type { Catalog } from "@winerr/core";
import { App } from "./App.js";
import type { MessageOverride } from "./model.js";
import { warmSteps, warmUp } from "./warm.js";

export interface RunOptions {
  catalog: Catalog;
  query?: string;
  /** The detail's message from elsewhere (systemOverride for --system). */
  messageOverride?: MessageOverride;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** Exit codes as the CLI contract has them (design.md). */
export const EXIT = { ok: 0, usage: 2, internal: 3 } as const;

const ALT_SCREEN_ON = "\u001b[?1049h";
const ALT_SCREEN_OFF = "\u001b[?1049l";

/**
 * Runs the TUI until the user quits; resolves to the exit code. The screen
 * goes to stdout, or to stderr when stdout is a pipe, so that the print key
 * can end a pipeline (`winerr-tui | jq .name`). Without a terminal to read
 * keys from and draw on, it writes one line to stderr and returns 2.
 */
export async function runTui(options: RunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const screen = stdout.isTTY ? stdout : stderr.isTTY ? stderr : null;
  if (!stdin.isTTY || screen === null) {
    stderr.write("winerr-tui: needs an interactive terminal (stdin and stdout or stderr a TTY); use `winerr` for scripts\n");
    return EXIT.usage;
  }
  let printed: string | null = null;
  const color = (env["NO_COLOR"] ?? "") === "";
  screen.write(ALT_SCREEN_ON);
  try {
    const instance = render(
      <App
        catalog={options.catalog}
        query={options.query ?? ""}
        color={color}
        {...(options.messageOverride !== undefined ? { messageOverride: options.messageOverride } : {})}
        onPrint={(json) => {
          printed = json;
        }}
      />,
      // maxFps: a key after a quiet spell is drawn at once (the throttle's leading edge), a burst at most
      // every 4 ms, so the detail pane (drawn one macrotask after the list) waits little. Not
      // incrementalRendering: Ink 6.8's incremental writer starts one row too low when the frame ends
      // in a newline (ours does: the last row stays empty), so every later frame is drawn shifted.
      { stdin, stdout: screen, stderr, exitOnCtrlC: false, patchConsole: true, maxFps: 250 },
    );
    // Once the first frame is out: the search's folded text, and a warm-up of the query code.
    warmUp(warmSteps(options.catalog, { columns: screen.columns || 80, rows: screen.rows || 24 }, color));
    await instance.waitUntilExit();
  } finally {
    screen.write(ALT_SCREEN_OFF);
  }
  if (printed !== null) stdout.write(printed + "\n");
  return EXIT.ok;
}
