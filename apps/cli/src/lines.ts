import { createRequire } from "node:module";
import type { Readable } from "node:stream";

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
  /** True when the line was longer than maxLength and was cut. */
  readonly cut: boolean;
}

/**
 * Lines of a stream, one batch per chunk read, pulled so a slow consumer
 * slows the reader (backpressure) and a big input is never held whole; a
 * batch lets the caller answer a whole chunk with one write. Strips a
 * leading BOM (.NET can inject one into a child's stdin) and a CR before
 * each LF. A line longer than maxLength is kept only up to maxLength + 1
 * characters, so one endless line cannot exhaust memory.
 */
export async function* readLineBatches(stream: Readable, maxLength = 65536): AsyncGenerator<Line[]> {
  stream.setEncoding("utf8");
  let partial = "";
  let cut = false;
  let number = 0;
  let first = true;
  const emit = (text: string): Line => {
    number += 1;
    const long = cut || text.length > maxLength + 1;
    cut = false;
    if (long) return { number, text: text.slice(0, maxLength + 1), cut: true };
    return { number, text: text.endsWith("\r") ? text.slice(0, -1) : text, cut: false };
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    let data = chunk;
    if (first && data.length > 0) {
      first = false;
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    }
    let start = 0;
    const batch: Line[] = [];
    for (let nl = data.indexOf("\n"); nl !== -1; nl = data.indexOf("\n", start)) {
      const text = partial + data.slice(start, nl);
      partial = "";
      batch.push(emit(text));
      start = nl + 1;
    }
    if (start < data.length && !cut) {
      partial += data.slice(start);
      if (partial.length > maxLength + 1) {
        partial = partial.slice(0, maxLength + 1);
        cut = true;
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (partial.length > 0 || cut) yield [emit(partial)];
}

/** The same lines one at a time. */
export async function* readLines(stream: Readable, maxLength = 65536): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(stream, maxLength)) yield* batch;
}

/**
 * The text as UTF-8: a UTF-16 LE or BE byte order mark at the start selects
 * that encoding (Windows tools write UTF-16 logs); anything else is read as
 * UTF-8 (readLineBatches strips a UTF-8 BOM).
 */
export async function bomDecoded(stream: Readable): Promise<Readable> {
  const first = await firstBytes(stream, 2);
  if (first.length < 2) return stream;
  const encoding = first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : null;
  if (encoding === null) return stream;
  const decoder = new TextDecoder(encoding);
  async function* utf8(): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (text.length > 0) yield Buffer.from(text, "utf8");
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, "utf8");
  }
  // TextDecoder drops the BOM itself. node:stream loads only here (cold
  // start), by require: winerr.js runs its bundle from V8's code cache, where import() does not work.
  const { Readable } = createRequire(import.meta.url)("node:stream") as typeof import("node:stream");
  return Readable.from(utf8(), { objectMode: false });
}

/** Reads until at least n bytes (or the end) are buffered, and puts them back. */
async function firstBytes(stream: Readable, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  while (have < n) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      parts.push(chunk);
      have += chunk.length;
      continue;
    }
    if (stream.readableEnded) break;
    const more = await new Promise<boolean>((resolve, reject) => {
      const onReadable = () => done(true);
      const onEnd = () => done(false);
      const onError = (err: Error) => {
        stream.off("readable", onReadable);
        stream.off("end", onEnd);
        reject(err);
      };
      const done = (v: boolean) => {
        stream.off("readable", onReadable);
        stream.off("end", onEnd);
        stream.off("error", onError);
        resolve(v);
      };
      stream.once("readable", onReadable);
      stream.once("end", onEnd);
      stream.once("error", onError);
    });
    if (!more) break;
  }
  const head = Buffer.concat(parts);
  if (head.length > 0) stream.unshift(head);
  return head;
}

/**
 * Inputs from argv, or (with `stdin`) the non-blank lines of each chunk of
 * stdin as it arrives, in UTF-8 or (with its byte order mark) UTF-16.
 * `stream` is called only with `stdin`: touching process.stdin sets up a
 * stream, which inputs from argv never need (cold start).
 */
export async function* inputBatches(req: { stdin: boolean; inputs: string[] }, stream: () => Readable): AsyncGenerator<string[]> {
  if (!req.stdin) {
    yield req.inputs;
    return;
  }
  for await (const lines of readLineBatches(await bomDecoded(stream()))) {
    const batch = lines.filter((l) => l.text.trim() !== "").map((l) => l.text);
    if (batch.length > 0) yield batch;
  }
}
