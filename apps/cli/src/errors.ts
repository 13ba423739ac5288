// Quoting user text for a one-line message: one way for every program.
export { shown } from "@winerr/host/shown";

/** Exit codes: the CLI contract in design.md. */
export const EXIT = {
  ok: 0,
  noMatch: 1,
  usage: 2,
  internal: 3,
  /** Reading or writing failed (ENOSPC, EACCES on stdout or a file): not a bug, not a usage error. */
  io: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user caused: one clear line, a fixed exit code, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A system call's failure (it has an errno code and the call's name), as Node reports it. */
function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string; syscall: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string" && typeof (err as NodeJS.ErrnoException).syscall === "string";
}

/**
 * An I/O failure as one line with exit code 4: "cannot write to standard
 * output (ENOSPC: no space left on device)".
 */
export function ioError(err: unknown, what: string, verb = "write to"): CliError {
  const e = err as NodeJS.ErrnoException;
  const why = isSystemError(err) ? `${e.code}: ${e.message.replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "")}` : err instanceof Error ? err.message : String(err);
  return new CliError(`cannot ${verb} ${what} (${why})`, EXIT.io);
}

/** The single stderr line for an error; the stack only with --debug. */
export function errorText(err: unknown, debug: boolean): string {
  if (err instanceof CliError) return `winerr: ${oneLine(err.message)}\n`;
  // A failed read or write that escaped its command is still an I/O error, not a bug.
  if (isSystemError(err) && !debug) return `winerr: ${oneLine(err.message)} (an I/O error)\n`;
  if (debug && err instanceof Error && err.stack) return `winerr: internal error: ${err.stack}\n`;
  const message = err instanceof Error ? err.message : String(err);
  return `winerr: internal error: ${oneLine(message)} (run with --debug for details)\n`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Exit code for an unexpected failure. */
export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof CliError ? err.exitCode : isSystemError(err) ? EXIT.io : EXIT.internal;
}
