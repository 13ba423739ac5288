import { EventEmitter } from "node:events";
import { openSync } from "node:fs";
import { ReadStream } from "node:tty";
import type { Instance } from "ink";
import type { Catalog } from "@winerr/core";
import { EXIT } from "@winerr/host/errors";
import type { AppProps } from "./App.js";
import type { MessageOverride } from "./model.js";
import { historyPath, historyRows, mergeHistory, readHistory, writeHistory, type Visit } from "./history.js";
import { openUrl } from "./opener.js";
import { paintFrame } from "./paint.js";
import { asciiStream, isDumb, mapWrites, wantsUtf8 } from "./terminal.js";

export interface RunOptions {
  catalog: Catalog;
  query?: string;
  /** The detail's message from elsewhere (systemOverride for --system). */
  messageOverride?: MessageOverride;
  /** How messages name the program: "winerr-tui", or "winerr tui" when the CLI runs it. */
  program?: string;
  /** Ask the terminal for mouse reports (the wheel scrolls); default true, as fzf. */
  mouse?: boolean;
  /** Read and save recent lookups (history.ts); default true, `--no-history` turns it off. */
  history?: boolean;
  /** Work the first frame does not need, done right after it is written (main.ts: the search index). */
  afterFirstFrame?: () => void;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}


const ALT_SCREEN_ON = "\u001b[?1049h";
const ALT_SCREEN_OFF = "\u001b[?1049l";
/** Bracketed paste: the terminal marks pasted text, so a paste is text, not keys. */
const PASTE_ON = "\u001b[?2004h";
const PASTE_OFF = "\u001b[?2004l";
const SHOW_CURSOR = "\u001b[?25h";
const HIDE_CURSOR = "\u001b[?25l";
/** Mouse button and wheel reports, in SGR form (input.ts reads the wheel). */
const MOUSE_ON = "\u001b[?1000h\u001b[?1006h";
const MOUSE_OFF = "\u001b[?1006l\u001b[?1000l";
const CLEAR = "\u001b[2J\u001b[3J\u001b[H";

/**
 * Runs the TUI until the user quits; resolves to the exit code. The screen
 * goes to stdout, or to stderr when stdout is a pipe, so that the print key
 * can end a pipeline (`winerr-tui | jq .name`). Without a terminal to read
 * keys from and draw on (or with TERM=dumb), it writes one line to stderr
 * and returns 2. Ctrl+C returns 130; SIGTERM and SIGHUP restore the screen
 * and return 143 and 129.
 */
export async function runTui(options: RunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const program = options.program ?? "winerr-tui";
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const tty = stdout.isTTY ? stdout : stderr.isTTY ? stderr : null;
  let stdin = options.stdin ?? process.stdin;
  let query = options.query ?? "";
  let ownInput: ReadStream | null = null;
  if (!stdin.isTTY && tty !== null) {
    // As fzf: piped text is the query (when none is given), keys come from the terminal.
    const piped = await readPiped(stdin);
    if (query === "") query = piped;
    ownInput = openTerminalInput();
    if (ownInput !== null) stdin = ownInput as unknown as NodeJS.ReadStream;
  }
  if (!stdin.isTTY || tty === null) {
    stderr.write(`${program}: needs an interactive terminal (stdin and stdout or stderr a TTY); use \`winerr\` for scripts\n`);
    return EXIT.usage;
  }
  if (isDumb(env)) {
    stderr.write(`${program}: TERM=dumb cannot draw a screen; use \`winerr decode\`, \`winerr search\` or \`winerr show\` for plain output\n`);
    return EXIT.usage;
  }
  const historyFile = options.history === false ? null : historyPath(env);
  const saved = historyFile === null ? [] : readHistory(historyFile);
  let visits: readonly Visit[] = [];
  // Not a UTF-8 locale (LANG=C): the same frame, each symbol written as one ASCII cell.
  const screen = wantsUtf8(env) ? tty : asciiStream(tty);
  let printed: string | null = null;
  let code: number = EXIT.ok;
  const color = (env["NO_COLOR"] ?? "") === "";
  let instance: Instance | undefined;
  const mouse = options.mouse ?? true;
  const enter = () => screen.write(ALT_SCREEN_ON + PASTE_ON + HIDE_CURSOR + (mouse ? MOUSE_ON : ""));
  const leave = () => screen.write((mouse ? MOUSE_OFF : "") + PASTE_OFF + SHOW_CURSOR + ALT_SCREEN_OFF);
  const raw = (on: boolean) => {
    if (typeof stdin.setRawMode === "function") stdin.setRawMode(on);
  };
  const onSignal = (signal: "SIGTERM" | "SIGHUP") => () => {
    code = signal === "SIGTERM" ? EXIT.terminated : EXIT.hangup;
    instance?.unmount();
  };
  const onTerm = onSignal("SIGTERM");
  const onHup = onSignal("SIGHUP");
  const onCont = () => {
    // Back from Ctrl+Z (fg): the terminal as the TUI had it, and the frame drawn anew.
    raw(true);
    enter();
    redraw();
    notices.emit("notice", "Resumed.");
  };
  // Ctrl+L: the screen cleared; the frame that follows (with a notice) is written whole.
  const redraw = () => {
    instance?.clear();
    screen.write(CLEAR);
  };
  const notices = new EventEmitter();
  const props: AppProps = {
    catalog: options.catalog,
    query,
    color,
    notices,
    ...(options.messageOverride !== undefined ? { messageOverride: options.messageOverride } : {}),
    onPrint: (json) => {
      printed = json;
    },
    onCancel: () => {
      code = EXIT.cancel;
    },
    onRedraw: redraw,
    recent: historyRows(options.catalog, saved),
    onVisits: (v) => {
      visits = v;
    },
    onOpenUrl: (url, onError) => openUrl(url, env, onError),
    // Job control (Ctrl+Z, fg) is a Unix thing.
    ...(process.platform === "win32"
      ? {}
      : {
          onSuspend: () => {
            leave();
            raw(false);
            process.kill(process.pid, "SIGTSTP");
          },
        }),
  };
  process.on("SIGTERM", onTerm);
  process.on("SIGHUP", onHup);
  // Job control (Ctrl+Z, fg) is a Unix thing; Windows has no SIGCONT to listen to.
  if (process.platform !== "win32") process.on("SIGCONT", onCont);
  // Raw at once: keys typed while the catalog loads wait, unechoed, for the first frame (not for a newline).
  raw(true);
  enter();
  try {
    // The first frame, painted as plain text before React and Ink are loaded (paint.ts); Ink's
    // first frame, styled, replaces it (its first write starts with a clear, clearsFirst).
    const size = { columns: screen.columns || 80, rows: screen.rows || 24 };
    screen.write(paintFrame(options.catalog, query, size, props.recent));
    const { mount, afterMount } = await loadScreen();
    // A SIGTERM or SIGHUP meanwhile has ended the run.
    if (code === EXIT.ok) {
      instance = mount(props, { stdin, stdout: clearsFirst(screen), stderr });
      options.afterFirstFrame?.();
      afterMount(options.catalog, size, color);
      await instance.waitUntilExit();
    }
  } finally {
    ownInput?.destroy();
    process.off("SIGTERM", onTerm);
    process.off("SIGHUP", onHup);
    process.off("SIGCONT", onCont);
    leave();
  }
  if (historyFile !== null && visits.length > 0) {
    try {
      writeHistory(historyFile, mergeHistory(saved, visits));
    } catch (err) {
      stderr.write(`${program}: cannot save the history ${historyFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); --no-history turns it off\n`);
    }
  }
  if (printed !== null && code === EXIT.ok) stdout.write(printed + "\n");
  return code;
}

let screenModule: Promise<typeof import("./mount.js")> | null = null;

/**
 * Starts loading React, Ink and App (mount.tsx, a chunk of its own) if it has
 * not started: main.ts calls it before reading the catalog, so that the chunk
 * is read meanwhile and compiled as soon as the painted frame is out.
 */
export function loadScreen(): Promise<typeof import("./mount.js")> {
  // Yoga's WebAssembly is loaded before Ink may render (yoga-ready.ts).
  screenModule ??= import("./mount.js").then(async (m) => {
    await m.yogaReady;
    return m;
  });
  return screenModule;
}

/** `stream` whose first write starts by clearing the screen from the top (the painted frame goes, Ink's takes its place). */
function clearsFirst(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  let first = true;
  return mapWrites(stream, (text) => {
    if (!first) return text;
    first = false;
    return "\u001b[H\u001b[J" + text;
  });
}

/** Piped text as a query: its lines joined by spaces, trimmed; read up to EOF or 64 KiB. */
async function readPiped(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.length > 65536) break;
  }
  return text.slice(0, 65536).replace(/\s+/g, " ").trim();
}

/** The controlling terminal for keys when stdin is a pipe, or null without one (or off Unix). */
function openTerminalInput(): ReadStream | null {
  if (process.platform === "win32") return null;
  try {
    return new ReadStream(openSync("/dev/tty", "r"));
  } catch {
    return null;
  }
}
