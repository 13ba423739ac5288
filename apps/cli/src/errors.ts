/** Exit codes: the CLI contract in design.md. */
export const EXIT = {
  ok: 0,
  noMatch: 1,
  usage: 2,
  internal: 3,
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

const MAX_SHOWN = 60;

/**
 * Quote user text for a one-line message: control and non-ASCII characters
 * escaped (stderr is read with the OEM code page by PowerShell 5.1), long
 * text cut so one hostile input cannot flood the terminal.
 */
export function shown(text: string): string {
  const cut = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) : text;
  const body = JSON.stringify(cut).slice(1, -1).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > MAX_SHOWN ? `"${body}..." (${text.length} chars)` : `"${body}"`;
}

/** The single stderr line for an error; the stack only with --debug. */
export function errorText(err: unknown, debug: boolean): string {
  if (err instanceof CliError) return `winerr: ${oneLine(err.message)}\n`;
  if (debug && err instanceof Error && err.stack) return `winerr: internal error: ${err.stack}\n`;
  const message = err instanceof Error ? err.message : String(err);
  return `winerr: internal error: ${oneLine(message)} (run with --debug for details)\n`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Exit code for an unexpected failure. */
export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof CliError ? err.exitCode : EXIT.internal;
}
