import { fail, hex } from "./errors.js";
import { TextDecoder } from "node:util";

/** How an entry's text was stored (winnt.h MESSAGE_RESOURCE_ENTRY Flags). */
export type Encoding = "ansi" | "utf-16le" | "utf-8";

export interface MessageEntry {
  id: number;
  /** The stored text up to its terminating NUL, line ends and inserts kept. */
  text: string;
  encoding: Encoding;
}

// winnt.h: MESSAGE_RESOURCE_UNICODE 0x0001, MESSAGE_RESOURCE_UTF8 0x0002; 0 is ANSI.
const FLAG_ENCODING = new Map<number, Encoding>([
  [0, "ansi"],
  [1, "utf-16le"],
  [2, "utf-8"],
]);

const decoders = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = new TextDecoder("windows-1252"); // a node without full ICU
    }
    decoders.set(label, d);
  }
  return d;
}

/** A WHATWG encoding label for a Windows ANSI code page; 0 (unset) reads as 1252. */
export function ansiLabel(codepage: number): string {
  if (codepage === 874 || (codepage >= 1250 && codepage <= 1258)) return `windows-${codepage}`;
  const cjk: Record<number, string> = { 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5", 65001: "utf-8" };
  return cjk[codepage] ?? "windows-1252";
}

function untilNul(bytes: Uint8Array, unit: 1 | 2): Uint8Array {
  for (let i = 0; i + unit <= bytes.length; i += unit) {
    if (bytes[i] === 0 && (unit === 1 || bytes[i + 1] === 0)) return bytes.subarray(0, i);
  }
  return bytes.subarray(0, bytes.length - (bytes.length % unit));
}

/**
 * Parses a MESSAGE_RESOURCE_DATA block (winnt.h): NumberOfBlocks, then
 * {LowId, HighId, OffsetToEntries} per block, each block's entries being
 * {Length, Flags, Text} for LowId..HighId in order. Ids are unique; where
 * blocks overlap, the first wins, as in FindMessage. Work and memory are
 * bounded by the data's size: every entry takes at least 4 bytes.
 */
export function parseMessageData(data: Uint8Array, ansiCodepage = 0): MessageEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.byteLength < 4) fail("truncated", `a message table of ${data.byteLength} bytes has no block count`);
  const blocks = view.getUint32(0, true);
  if (4 + 12 * blocks > data.byteLength) fail("too-large", `a message table claims ${blocks} blocks in ${data.byteLength} bytes`);
  let budget = Math.floor(data.byteLength / 4);
  const byId = new Map<number, MessageEntry>();
  for (let b = 0; b < blocks; b++) {
    const low = view.getUint32(4 + 12 * b, true);
    const high = view.getUint32(8 + 12 * b, true);
    let pos = view.getUint32(12 + 12 * b, true);
    if (high < low) fail("bad-structure", `message block ${b + 1} runs backwards (${hex(low)}..${hex(high)})`);
    const count = high - low + 1;
    if (count > budget) fail("too-large", `message block ${b + 1} claims ${count} entries; the table cannot hold them`);
    budget -= count;
    if (pos >= data.byteLength) fail("bad-offset", `message block ${b + 1} starts at ${hex(pos)}, past the table's end`);
    for (let i = 0; i < count; i++) {
      const id = low + i;
      if (pos + 4 > data.byteLength) fail("truncated", `message ${hex(id)} runs past the table's end`);
      const length = view.getUint16(pos, true);
      const flags = view.getUint16(pos + 2, true);
      if (length < 4) fail("bad-structure", `message ${hex(id)} has length ${length} (at least 4)`);
      if (pos + length > data.byteLength) fail("truncated", `message ${hex(id)} (${length} bytes) runs past the table's end`);
      const encoding = FLAG_ENCODING.get(flags) ?? fail("bad-structure", `message ${hex(id)} has unknown flags ${hex(flags)}`);
      const raw = data.subarray(pos + 4, pos + length);
      const text =
        encoding === "utf-16le"
          ? decoder("utf-16le").decode(untilNul(raw, 2))
          : decoder(encoding === "utf-8" ? "utf-8" : ansiLabel(ansiCodepage)).decode(untilNul(raw, 1));
      if (!byId.has(id)) byId.set(id, { id, text, encoding });
      pos += length;
    }
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
