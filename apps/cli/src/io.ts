import { fstatSync } from "node:fs";
import type { Readable } from "node:stream";
import { catalogPath } from "@winerr/host/catalog";
import { FdSink, Sink, writeAllSync, type Output } from "@winerr/host/output";

/** The process edges a command touches; tests and main pass them in. */
export interface Io {
  stdout: Output;
  stdoutIsTTY: boolean;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** The catalog's path: $WINERR_CATALOG, else catalog.json beside the bundle (@winerr/host/catalog). */
  catalog: string;
  /** One line for people; already ends with "\n". */
  error(line: string): void;
}

/**
 * The process's own stdin, stdout and stderr. Off Windows, stdout and stderr
 * are written straight to file descriptors 1 and 2 (FdSink): node then never
 * builds process.stdout (net and the stream modules), a cold start's largest
 * cost after node itself. On Windows, where a console wants its own writes,
 * they are node's streams.
 */
export function processIo(): Io {
  const direct = process.platform !== "win32";
  let tty: boolean | undefined;
  return {
    stdout: direct ? new FdSink(1) : new Sink(process.stdout),
    // Getters: touching process.stdin or process.stdout sets up a stream; plain decoding never does.
    get stdoutIsTTY() {
      return (tty ??= direct ? isTerminal(1) : process.stdout.isTTY === true);
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    catalog: catalogPath(process.env, import.meta.url),
    error: direct
      ? (line) => {
          try {
            writeAllSync(2, Buffer.from(line, "utf8"));
          } catch {
            // stderr is gone: nothing left to tell.
          }
        }
      : (line) => {
          process.stderr.write(line);
        },
  };
}

/** Whether fd is a terminal; node's tty module (which loads net) only for a character device. */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
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
export function partWriter(io: Io): { part(text: string | Uint8Array, notes: string): Promise<void>; end(text: string | Uint8Array, notes: string): Promise<void> } {
  let held = "";
  const write = async (text: string | Uint8Array, notes: string, last: boolean): Promise<void> => {
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
