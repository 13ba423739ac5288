import type { DecodeResult } from "@winerr/core";
import { EXIT, type ExitCode } from "@winerr/host/errors";

/** Folds per-input outcomes into the one exit code docs/contracts.md defines. */
export class Tally {
  private code: ExitCode = EXIT.ok;

  private raise(code: ExitCode): void {
    // Worst wins: internal (3) > not understood (2) > no match (1) > ok.
    if (code > this.code) this.code = code;
  }

  add(result: DecodeResult): void {
    if (!result.ok) this.raise(EXIT.usage);
    else if (result.matches.length === 0) this.raise(EXIT.noMatch);
  }

  internal(): void {
    this.raise(EXIT.internal);
  }

  get exitCode(): ExitCode {
    return this.code;
  }
}
