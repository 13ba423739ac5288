import { asciiJson } from "@winerr/core/ascii-json";

/**
 * Formats items one by one as they come (the caller writes the text, a
 * batch at a time); `end` closes the document.
 */
export interface Emitter<T> {
  item(value: T): string;
  end(): string;
}

/** One JSON array document, streamed: `[`, an item per line, `]`. */
export function jsonArray<T>(): Emitter<T> {
  let count = 0;
  return {
    item: (value) => (count++ === 0 ? "[\n" : ",\n") + asciiJson(value),
    end: () => (count === 0 ? "[]\n" : "\n]\n"),
  };
}

/** One JSON object per line (what the PowerShell module reads). */
export function ndjson<T>(): Emitter<T> {
  return {
    item: (value) => asciiJson(value) + "\n",
    end: () => "",
  };
}
