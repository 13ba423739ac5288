/** Exit codes of winerr-export (README, --help). */
export const EXIT = {
  ok: 0,
  usage: 2,
  internal: 3,
  /** The system refused a write (permission, read-only, full disk, I/O error). */
  io: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user caused (bad flag, bad path): one line, a fixed exit code. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = "ExportError";
  }
}

/** The one stderr line for an error; the stack only with --debug. */
export function errorLine(err: unknown, debug: boolean): string {
  if (err instanceof ExportError) return `winerr-export: ${oneLine(err.message)}\n`;
  if (debug && err instanceof Error && err.stack) return `winerr-export: internal error: ${err.stack}\n`;
  const message = err instanceof Error ? err.message : String(err);
  return `winerr-export: internal error: ${oneLine(message)} (run with --debug for details)\n`;
}

export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof ExportError ? err.exitCode : EXIT.internal;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Quote a path for a message: JSON-escaped, so control characters stay visible. */
export function shown(path: string): string {
  return JSON.stringify(path);
}
