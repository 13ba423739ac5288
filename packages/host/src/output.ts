import { mkdirSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import { ioError, type ExitError } from "./errors.js";

/**
 * Where a program writes its answers: `Sink` (a stream) or `FdSink` (a file
 * descriptor, written synchronously). Both stop quietly on EPIPE (`winerr
 * ... | head -1`): once the reader is gone, `closed` turns true and writes
 * become no-ops, so callers stop producing instead of crashing. Any other
 * write error (ENOSPC, EACCES, EIO) is `failure`, an I/O error (exit 4) that
 * each later write throws.
 */
export abstract class Output {
  closed = false;
  failure: ExitError | undefined;

  constructor(protected readonly what: string) {}

  protected failed(err: NodeJS.ErrnoException): void {
    this.closed = true;
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
    this.failure ??= ioError(err, this.what);
  }

  /**
   * Writes text (or bytes); resolves once it has been taken, so `closed` is
   * up to date when it resolves. Throws the I/O error once writing has failed.
   */
  abstract write(text: string | Uint8Array): Promise<void>;

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

/** An output stream with backpressure (see Output). */
export class Sink extends Output {
  constructor(
    private readonly stream: Writable | NodeJS.WritableStream,
    what = "standard output",
  ) {
    super(what);
    stream.on("error", (err: NodeJS.ErrnoException) => this.failed(err));
  }

  /** Resolves once the stream has taken the text (its write callback). */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || text.length === 0) return;
    await new Promise<void>((resolve) => {
      try {
        this.stream.write(text, (err?: Error | null) => {
          if (err) this.failed(err as NodeJS.ErrnoException);
          resolve();
        });
      } catch (err) {
        // A file as stdout is written synchronously; its failure may throw here.
        this.failed(err as NodeJS.ErrnoException);
        resolve();
      }
    });
    if (this.failure) throw this.failure;
  }
}

/** fs.writeSync's shape, passed in by tests. */
export type WriteFd = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/**
 * Writes all of `bytes` to `fd`, synchronously: a blocking write is the
 * backpressure. A descriptor in non-blocking mode (EAGAIN: the reader is
 * slow) is waited on and tried again. Other errors are thrown.
 */
export function writeAllSync(fd: number, bytes: Uint8Array, write: WriteFd = writeSync): void {
  for (let off = 0; off < bytes.length; ) {
    try {
      off += write(fd, bytes, off, bytes.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      pause(1);
    }
  }
}

let sleeper: Int32Array | undefined;
function pause(ms: number): void {
  Atomics.wait((sleeper ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, ms);
}

/**
 * An Output over a file descriptor (stdout is 1), written with
 * fs.writeSync: node never builds its process.stdout stream (net and the
 * stream modules), which a cold `winerr decode` would otherwise spend about
 * a tenth of its time on. On Linux node writes a pipe or file stdout
 * synchronously anyway, so the order and the backpressure are the same.
 */
export class FdSink extends Output {
  constructor(
    private readonly fd: number,
    what = "standard output",
    private readonly writeFd: WriteFd = writeSync,
  ) {
    super(what);
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || text.length === 0) return;
    try {
      writeAllSync(this.fd, typeof text === "string" ? Buffer.from(text, "utf8") : text, this.writeFd);
    } catch (err) {
      this.failed(err as NodeJS.ErrnoException);
    }
    if (this.failure) throw this.failure;
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
