import type { Readable } from "node:stream";
import { catalogPath } from "@winerr/host/catalog";
import { Sink } from "@winerr/host/output";

/** The process edges a command touches; tests and main pass them in. */
export interface Io {
  stdout: Sink;
  stdoutIsTTY: boolean;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** The catalog's path: $WINERR_CATALOG, else catalog.json beside the bundle (@winerr/host/catalog). */
  catalog: string;
  /** One line for people; already ends with "\n". */
  error(line: string): void;
}

export function processIo(): Io {
  return {
    stdout: new Sink(process.stdout),
    stdoutIsTTY: process.stdout.isTTY === true,
    // A getter: touching process.stdin sets up a stream; plain decoding never does.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    catalog: catalogPath(process.env, import.meta.url),
    error: (line) => {
      process.stderr.write(line);
    },
  };
}

/** Output characters after which a command writes what it has mid-batch. */
export const FLUSH_AT = 1 << 16;

/**
 * Writes a command's answers a part at a time, each part's stderr lines
 * (inputs not understood, no match) after it. Lines about a part written
 * mid-batch wait until the next part has gone out too, and all are dropped
 * once stdout's reader has gone (`... | head -1`): nobody reads the answers
 * they are about, and the command stops at its next part.
 */
export function partWriter(io: Io): { part(text: string, notes: string): Promise<void>; end(text: string, notes: string): Promise<void> } {
  let held = "";
  const write = async (text: string, notes: string, last: boolean): Promise<void> => {
    await io.stdout.write(text);
    if (io.stdout.closed) {
      held = "";
      return;
    }
    const now = last ? held + notes : held;
    held = last ? "" : notes;
    if (now !== "") io.error(now);
  };
  return { part: (text, notes) => write(text, notes, false), end: (text, notes) => write(text, notes, true) };
}
