// Quoting user text in these one-line messages: one way for every program.
export { shown } from "./shown.js";

/**
 * Exit codes of every WinErr program (docs/contracts.md, "Exit codes"): one
 * table, so winerr, winerr-tui, winerr-export and winerr-import agree.
 */
export const EXIT = {
  ok: 0,
  /** An input was understood but matched nothing (winerr decode, search, scan, show). */
  noMatch: 1,
  /** Bad flag, unknown command, an input not understood, a bad path. */
  usage: 2,
  /** A bug, or the program's own files (its catalog) are missing or damaged. */
  internal: 3,
  /** The system refused a read or write (ENOSPC, EACCES, EIO). */
  io: 4,
  /** The TUI ended by SIGHUP, Ctrl+C and SIGTERM: the shell's 128 + signal. */
  hangup: 129,
  cancel: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends the program with its exit code: one clear line on stderr, no stack. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/**
 * An ExitError, also one thrown by another bundle's copy of this class (the
 * CLI's winerr-show.js has its own): recognised by name and exit code.
 */
export function isExitError(err: unknown): err is ExitError {
  return err instanceof ExitError || (err instanceof Error && err.name === "ExitError" && typeof (err as ExitError).exitCode === "number");
}

/** A system call's failure (it has an errno code and the call's name), as Node reports it. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string; syscall: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string" && typeof (err as NodeJS.ErrnoException).syscall === "string";
}

/**
 * An I/O failure as one line with exit code 4: "cannot write to standard
 * output (ENOSPC: no space left on device)".
 */
export function ioError(err: unknown, what: string, verb = "write to"): ExitError {
  const e = err as NodeJS.ErrnoException;
  const why = isSystemError(err) ? `${e.code}: ${e.message.replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "")}` : err instanceof Error ? err.message : String(err);
  return new ExitError(`cannot ${verb} ${what} (${why})`, EXIT.io);
}

/**
 * The one stderr line for an error, `program: message` ("winerr tui: ...",
 * "winerr-tui: ..."; the caller names the program as it was run). An
 * internal error shows its stack with `debug`; `debug` undefined means the
 * program has no --debug flag, so the line does not offer one.
 */
export function errorLine(program: string, err: unknown, debug?: boolean): string {
  if (isExitError(err)) return `${program}: ${oneLine(err.message)}\n`;
  // A failed read or write that escaped its command is still an I/O error, not a bug.
  if (isSystemError(err) && debug !== true) return `${program}: ${oneLine(err.message)} (an I/O error)\n`;
  if (debug === true && err instanceof Error && err.stack) return `${program}: internal error: ${err.stack}\n`;
  const message = err instanceof Error ? err.message : String(err);
  return `${program}: internal error: ${oneLine(message)}${debug === false ? " (run with --debug for details)" : ""}\n`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** The exit code an error ends the program with. */
export function exitCodeOf(err: unknown): ExitCode {
  return isExitError(err) ? err.exitCode : isSystemError(err) ? EXIT.io : EXIT.internal;
}
