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

/** Inputs from argv, or (with `stdin`) the non-blank lines of each chunk of stdin as it arrives. */
export async function* inputBatches(req: { stdin: boolean; inputs: string[] }, stream: Readable): AsyncGenerator<string[]> {
  if (!req.stdin) {
    yield req.inputs;
    return;
  }
  for await (const lines of readLineBatches(stream)) {
    const batch = lines.filter((l) => l.text.trim() !== "").map((l) => l.text);
    if (batch.length > 0) yield batch;
  }
}
