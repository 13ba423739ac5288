import { guarded } from "./errors.js";
import { preferredLanguages } from "./languages.js";
import { parseMessageData, type MessageEntry } from "./message-data.js";
import { readPe } from "./pe.js";
import { messageResources } from "./resources.js";

/** The messages of one RT_MESSAGETABLE resource in one language. */
export interface MessageTable {
  /** The resource's name (mc writes 1). */
  name: number | string;
  /** The LANGID (0x0409 en-US, 0x0407 de-DE, 0 neutral). */
  lang: number;
  codepage: number;
  /** Sorted by id, each id once. */
  entries: MessageEntry[];
}

export interface ReadOptions {
  /** Code page for ANSI entries when the resource's own field is 0 (default 1252). */
  ansiCodepage?: number;
}

/**
 * Every message table of a PE file (DLL, EXE or .mui), one per resource
 * and language, sorted by language then name. Bytes in, tables out; a file
 * that cannot be read throws a MessageTableError with one clear line.
 */
export function readMessageTables(file: Uint8Array, options: ReadOptions = {}): MessageTable[] {
  return guarded(() => {
    const tables = messageResources(readPe(file), file.byteLength).map((r) => ({
      name: r.name,
      lang: r.lang,
      codepage: r.codepage,
      entries: parseMessageData(r.data, r.codepage !== 0 ? r.codepage : (options.ansiCodepage ?? 0)),
    }));
    return tables.sort((a, b) => a.lang - b.lang || String(a.name).localeCompare(String(b.name)));
  });
}

/** The languages a file's tables hold, ascending. */
export function languagesOf(tables: readonly MessageTable[]): number[] {
  return [...new Set(tables.map((t) => t.lang))].sort((a, b) => a - b);
}

/**
 * The text for a message id, like FormatMessage from a module: in `lang`
 * only when given; otherwise neutral, then en-US, then the lowest LANGID.
 */
export function findMessage(tables: readonly MessageTable[], id: number, lang?: number): { lang: number; text: string } | undefined {
  const langs = lang !== undefined ? [lang] : preferredLanguages(languagesOf(tables));
  for (const l of langs) {
    for (const t of tables) {
      if (t.lang !== l) continue;
      const hit = binarySearch(t.entries, id);
      if (hit) return { lang: l, text: hit.text };
    }
  }
  return undefined;
}

function binarySearch(entries: readonly MessageEntry[], id: number): MessageEntry | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const e = entries[mid] as MessageEntry;
    if (e.id === id) return e;
    if (e.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
