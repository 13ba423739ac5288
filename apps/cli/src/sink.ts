import type { Writable } from "node:stream";

/**
 * stdout with backpressure and a quiet end on EPIPE (`winerr ... | head -1`):
 * once the reader is gone, `closed` turns true and writes become no-ops, so
 * callers stop producing instead of crashing.
 */
export class Sink {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on("error", (err: NodeJS.ErrnoException) => this.#failed(err));
  }

  #failed(err: NodeJS.ErrnoException): void {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") this.closed = true;
    else throw err;
  }

  /**
   * Writes text (or bytes); resolves once the stream has taken it (its
   * write callback), so `closed` is up to date when it resolves.
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.closed || text.length === 0) return;
    await new Promise<void>((resolve) => {
      this.stream.write(text, (err?: Error | null) => {
        if (err) this.#failed(err as NodeJS.ErrnoException);
        resolve();
      });
    });
  }
}
