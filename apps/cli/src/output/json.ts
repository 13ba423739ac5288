import { asciiJson } from "@winerr/core/ascii-json";

/**
 * Formats items one by one as they come (the caller writes the text, a
 * batch at a time); `end` closes the document.
 */
export interface Emitter<T> {
  item(value: T): string;
  end(): string;
}

/** A JSON emitter also takes an item already written (what asciiJson gives for it). */
export interface JsonEmitter<T> extends Emitter<T> {
  itemJson(json: string): string;
}

/** One JSON array document, streamed: `[`, an item per line, `]`. */
export function jsonArray<T>(): JsonEmitter<T> {
  let count = 0;
  const itemJson = (json: string): string => (count++ === 0 ? "[\n" : ",\n") + json;
  return {
    item: (value) => itemJson(asciiJson(value)),
    itemJson,
    end: () => (count === 0 ? "[]\n" : "\n]\n"),
  };
}

/** One JSON object per line (what the PowerShell module reads). */
export function ndjson<T>(): JsonEmitter<T> {
  return {
    item: (value) => asciiJson(value) + "\n",
    itemJson: (json) => json + "\n",
    end: () => "",
  };
}
