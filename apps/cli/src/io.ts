import type { Readable } from "node:stream";
import { Sink } from "./sink.js";

/** The process edges a command touches; tests and main pass them in. */
export interface Io {
  stdout: Sink;
  stdoutIsTTY: boolean;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
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
    error: (line) => {
      process.stderr.write(line);
    },
  };
}
