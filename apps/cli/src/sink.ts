import type { Writable } from "node:stream";

/**
 * stdout with backpressure and a quiet end on EPIPE (`winerr ... | head -1`):
 * once the reader is gone, `closed` turns true and writes become no-ops, so
 * callers stop producing instead of crashing.
 */
export class Sink {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") this.closed = true;
      else throw err;
    });
  }

  /** Writes text (or bytes); resolves once the stream can take more. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.closed || text.length === 0) return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off("drain", done);
        this.stream.off("close", done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("close", done);
      this.stream.on("error", done);
    });
  }
}
