import type { Writable } from "node:stream";
import { ioError, type CliError } from "./errors.js";

/**
 * stdout with backpressure and a quiet end on EPIPE (`winerr ... | head -1`):
 * once the reader is gone, `closed` turns true and writes become no-ops, so
 * callers stop producing instead of crashing. Any other write error (ENOSPC,
 * EACCES, EIO) is `failure`, an I/O error (exit 4) each later write throws.
 */
export class Sink {
  closed = false;
  failure: CliError | undefined;

  constructor(
    private readonly stream: Writable,
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
}
