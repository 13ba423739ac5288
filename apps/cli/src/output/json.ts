import { asciiJson } from "../ascii.js";
import type { Sink } from "../sink.js";

/** Writes items one by one as they come; `end` closes the document. */
export interface Emitter<T> {
  item(value: T): Promise<void>;
  end(): Promise<void>;
}

/** One JSON array document, streamed: `[`, an item per line, `]`. */
export function jsonArray<T>(sink: Sink): Emitter<T> {
  let count = 0;
  return {
    item: (value) => sink.write((count++ === 0 ? "[\n" : ",\n") + asciiJson(value)),
    end: () => sink.write(count === 0 ? "[]\n" : "\n]\n"),
  };
}

/** One JSON object per line (what the PowerShell module reads). */
export function ndjson<T>(sink: Sink): Emitter<T> {
  return {
    item: (value) => sink.write(asciiJson(value) + "\n"),
    end: async () => {},
  };
}
