import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import { ioError, type ExitError } from "./errors.js";

/**
 * An output stream with backpressure and a quiet end on EPIPE (`winerr ... |
 * head -1`): once the reader is gone, `closed` turns true and writes become
 * no-ops, so callers stop producing instead of crashing. Any other write
 * error (ENOSPC, EACCES, EIO) is `failure`, an I/O error (exit 4) each later
 * write throws.
 */
export class Sink {
  closed = false;
  failure: ExitError | undefined;

  constructor(
    private readonly stream: Writable | NodeJS.WritableStream,
    private readonly what = "standard output",
  ) {
    stream.on("error", (err: NodeJS.ErrnoException) => this.#failed(err));
  }

  #failed(err: NodeJS.ErrnoException): void {
    this.closed = true;
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
    this.failure ??= ioError(err, this.what);
  }

  /**
   * Writes text (or bytes); resolves once the stream has taken it (its
   * write callback), so `closed` is up to date when it resolves. Throws the
   * I/O error once writing has failed.
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || text.length === 0) return;
    await new Promise<void>((resolve) => {
      try {
        this.stream.write(text, (err?: Error | null) => {
          if (err) this.#failed(err as NodeJS.ErrnoException);
          resolve();
        });
      } catch (err) {
        // A file as stdout is written synchronously; its failure may throw here.
        this.#failed(err as NodeJS.ErrnoException);
        resolve();
      }
    });
    if (this.failure) throw this.failure;
  }

  /** Writes chunks joined into parts of about 64 KiB; stops early once the reader has gone. */
  async writeAll(chunks: Iterable<string>): Promise<void> {
    let batch = "";
    for (const chunk of chunks) {
      if (this.closed) break;
      batch += chunk;
      if (batch.length >= 1 << 16) {
        await this.write(batch);
        batch = "";
      }
    }
    await this.write(batch);
  }
}

/**
 * Writes a small file whole or not at all: a temp file beside the target,
 * then a rename over it, so a reader never sees half a file. The folder is
 * made if needed; the temp file is removed when writing fails.
 */
export function writeFileAtomic(path: string, text: string, options: { mode?: number } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, options.mode === undefined ? {} : { mode: options.mode });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
