import type { Output } from "@winerr/host/output";

/**
 * Output gathered into large byte chunks: `add` copies text or bytes in
 * (no string concatenation, no big string to encode at write time), `flush`
 * writes what was gathered through the Sink, waiting while the reader is
 * slow (backpressure). Memory is what was added since the last flush.
 */
export class Chunks {
  #buf: Buffer;
  #off = 0;
  #full: Buffer[] = [];

  constructor(
    private readonly sink: Output,
    private readonly size = 1 << 20,
  ) {
    this.#buf = Buffer.allocUnsafe(size);
  }

  /** Text as UTF-8. */
  add(text: string): void {
    // At most 3 bytes per UTF-16 unit.
    if (text.length * 3 > this.size - this.#off) {
      this.#cut();
      if (text.length * 3 > this.size) {
        this.#full.push(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.#off += this.#buf.write(text, this.#off, "utf8");
  }

  addBytes(bytes: Buffer): void {
    if (bytes.length > this.size - this.#off) {
      this.#cut();
      if (bytes.length > this.size) {
        this.#full.push(bytes);
        return;
      }
    }
    this.#off += bytes.copy(this.#buf, this.#off);
  }

  #cut(): void {
    if (this.#off === 0) return;
    this.#full.push(this.#buf.subarray(0, this.#off));
    this.#buf = Buffer.allocUnsafe(this.size);
    this.#off = 0;
  }

  /** Writes everything added so far; resolves once the stream can take more. */
  async flush(): Promise<void> {
    this.#cut();
    const full = this.#full;
    this.#full = [];
    for (const b of full) await this.sink.write(b);
  }
}
