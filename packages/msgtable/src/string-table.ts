import { fail, guarded, hex } from "./errors.js";
import { preferredLanguages } from "./languages.js";
import { readPe } from "./pe.js";
import { RT_STRING, resourcesOfType } from "./resources.js";

/** One string of an RT_STRING table. */
export interface StringEntry {
  /** The string id (what LoadString takes). */
  id: number;
  /** The stored UTF-16 text, unchanged (no terminator in the format). */
  text: string;
}

/** The strings of one language, from every RT_STRING block in that language. */
export interface StringTable {
  /** The LANGID (0x0409 en-US, 0 neutral). */
  lang: number;
  /** Sorted by id, each id once; empty strings are absent (LoadString finds none). */
  entries: StringEntry[];
}

/** A block holds 16 strings: block n (1..4096) holds ids (n - 1) * 16 .. (n - 1) * 16 + 15. */
export const STRINGS_PER_BLOCK = 16;
const MAX_BLOCK = 0x10000 / STRINGS_PER_BLOCK;

/**
 * The 16 strings of one RT_STRING block: each a uint16 length in UTF-16
 * units, then that many units. Bytes after the 16th string are ignored
 * (linkers pad blocks); a string that runs past the block is damage.
 */
export function parseStringBlock(block: number, data: Uint8Array): StringEntry[] {
  if (!Number.isInteger(block) || block < 1 || block > MAX_BLOCK) fail("bad-structure", `string block ${block} is not a block id (1..${MAX_BLOCK})`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: StringEntry[] = [];
  let pos = 0;
  for (let i = 0; i < STRINGS_PER_BLOCK; i++) {
    if (pos + 2 > data.byteLength) fail("truncated", `string block ${block} ends before its string ${i + 1} of ${STRINGS_PER_BLOCK}`);
    const length = view.getUint16(pos, true);
    pos += 2;
    if (pos + 2 * length > data.byteLength) fail("truncated", `string ${hex((block - 1) * STRINGS_PER_BLOCK + i)} (${length} units) runs past its block`);
    if (length > 0) {
      let text = "";
      // Chunks keep String.fromCharCode's argument count small.
      for (let at = 0; at < length; at += 4096) {
        const n = Math.min(4096, length - at);
        const units = new Array<number>(n);
        for (let k = 0; k < n; k++) units[k] = view.getUint16(pos + 2 * (at + k), true);
        text += String.fromCharCode(...units);
      }
      out.push({ id: (block - 1) * STRINGS_PER_BLOCK + i, text });
    }
    pos += 2 * length;
  }
  return out;
}

/**
 * Every RT_STRING table of a PE file, one per language, sorted by LANGID.
 * The same bounds as readMessageTables (every directory once, the blocks'
 * total size at most the file's); a block named by a string, or by a number
 * outside 1..4096, is damage. Failures are MessageTableError with one line.
 */
export function readStringTables(file: Uint8Array): StringTable[] {
  return guarded(() => {
    const byLang = new Map<number, Map<number, string>>();
    for (const r of resourcesOfType(readPe(file), file.byteLength, RT_STRING, "string block")) {
      const block = typeof r.name === "number" ? r.name : fail("bad-structure", `string block "${r.name.slice(0, 40)}" is named, not numbered`);
      let strings = byLang.get(r.lang);
      if (strings === undefined) byLang.set(r.lang, (strings = new Map()));
      for (const e of parseStringBlock(block, r.data)) if (!strings.has(e.id)) strings.set(e.id, e.text);
    }
    return [...byLang]
      .sort((a, b) => a[0] - b[0])
      .map(([lang, strings]) => ({ lang, entries: [...strings].sort((a, b) => a[0] - b[0]).map(([id, text]) => ({ id, text })) }));
  });
}

/**
 * The string for an id, like LoadString: in `lang` only when given;
 * otherwise neutral, then en-US, then the lowest LANGID.
 */
export function findString(tables: readonly StringTable[], id: number, lang?: number): { lang: number; text: string } | undefined {
  const order = lang !== undefined ? [lang] : preferredLanguages(tables.map((t) => t.lang));
  for (const l of order) {
    const t = tables.find((x) => x.lang === l);
    const hit = t?.entries.find((e) => e.id === id);
    if (hit) return { lang: l, text: hit.text };
  }
  return undefined;
}
