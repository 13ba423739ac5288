import type { ErrorCode } from "./result.js";

/** One way the input reads as a number. */
export interface NumberReading {
  as: "decimal" | "hex";
  /** Unsigned 32-bit. */
  value: number;
  /** Set when the input had to be corrected to fit 32 bits. */
  note?: string;
}

export type NameMatch = "exact" | "any-case" | "substring";

/**
 * `family` is set for `family:value` input (`win32:5`, `ntstatus:0xC0000005`):
 * the text before the colon, lower-cased and not yet checked against the
 * families (decode does that); the value after it is read as usual.
 */
export type ParsedInput =
  | { ok: true; type: "number"; readings: NumberReading[]; family?: string }
  | { ok: true; type: "name"; name: string; match: NameMatch; family?: string }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** Longer than any real name or number with log punctuation around it. */
export const MAX_INPUT_LENGTH = 256;

const SIGN_EXTENDED_NOTE = "Read as a sign-extended 64-bit value; its low 32 bits are used.";
const NEGATIVE_HEX_NOTE = "Read a negative hex number as a signed 32-bit value.";

// Character classes by char code (ASCII only; everything else is in none).
const LEADING = 1; // ([{<"'`,;
const TRAILING = 2; // )]}>"'`,;:.!?
const IDENT_START = 4; // A-Z a-z _
const WORD = 8; // A-Z a-z 0-9 _
const HEX = 16; // 0-9 A-F a-f
const DEC = 32; // 0-9
const CLASS = new Uint8Array(128);
const mark = (chars: string, bit: number) => {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    CLASS[c] = (CLASS[c] as number) | bit;
  }
};
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
mark("([{<\"'`,;", LEADING);
mark(")]}>\"'`,;:.!?", TRAILING);
mark(UPPER + UPPER.toLowerCase() + "_", IDENT_START | WORD);
mark(DIGITS, WORD | DEC | HEX);
mark("ABCDEFabcdef", HEX);

function has(c: number, bit: number): boolean {
  return c < 128 && ((CLASS[c] as number) & bit) !== 0;
}

/** /^[A-Za-z_][A-Za-z0-9_]*$/ */
function isIdent(s: string): boolean {
  if (s.length === 0 || !has(s.charCodeAt(0), IDENT_START)) return false;
  for (let i = 1; i < s.length; i++) if (!has(s.charCodeAt(i), WORD)) return false;
  return true;
}

/** /^[A-Za-z0-9_]+$/ */
function isNamePart(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!has(s.charCodeAt(i), WORD)) return false;
  return true;
}

/** How many leading characters of `s` from `from` are in class `bit`. */
function run(s: string, from: number, bit: number): number {
  let i = from;
  while (i < s.length && has(s.charCodeAt(i), bit)) i++;
  return i - from;
}

/**
 * Whether `s` from `from` to its end is an integer suffix: C's
 * `[uU]?[lL]{0,2}` or `[lL]{1,2}[uU]?` (0x80070005L, 5UL), or with `amp` also
 * VB's long suffix `&` (&H80070005&). Empty is a suffix.
 */
function isSuffix(s: string, from: number, amp: boolean): boolean {
  const n = s.length - from;
  if (n === 0) return true;
  if (n > 3) return false;
  if (n === 1 && amp && s.charCodeAt(from) === 38) return true;
  // u = 1, l = 2, else 0; U and L only by their own code (c | 0x20).
  let u = 0;
  let l = 0;
  let uAt = -1;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x75) {
      u++;
      uAt = i - from;
    } else if (c === 0x6c) l++;
    else return false;
  }
  // At most one u, first or last; at most two l; not `lul`.
  return u <= 1 && l <= 2 && (u === 0 || uAt === 0 || uAt === n - 1);
}

const OUT_OF_RANGE = "The number does not fit in 32 bits and is not a sign-extended 64-bit value.";

/** Strip log punctuation around a token: `(0x80070005)`, `0x80070005:`, quotes, commas. */
export function stripPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    const before = start + (text.length - end);
    while (start < end && has(text.charCodeAt(start), LEADING)) start++;
    while (end > start && has(text.charCodeAt(end - 1), TRAILING)) end--;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start + (text.length - end) === before) break;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff;
}

// A read number's note: readHex and readDecimal set it with each value they return.
let readNote: string | undefined;

/** The value of the hex digits of `s` from `from` to `to` (at most 8). */
function hexValue(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    v = v * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
  }
  return v;
}

/**
 * The hex digits (no prefix) of `s` from `from` to `to` as an unsigned
 * 32-bit value (its note in readNote), or -1 when out of range.
 */
function readHex(s: string, from: number, to: number, negative: boolean): number {
  readNote = undefined;
  let i = from;
  while (i < to - 1 && s.charCodeAt(i) === 48) i++;
  const n = to - i;
  if (negative) {
    if (n > 8) return -1;
    const v = hexValue(s, i, to);
    if (v > 0x80000000) return -1;
    if (v === 0) return 0;
    readNote = NEGATIVE_HEX_NOTE;
    return -v >>> 0;
  }
  if (n <= 8) return hexValue(s, i, to);
  // 0xFFFFFFFF80070005: a 32-bit negative value widened to 64 bits.
  if (n === 16 && isSignExtended(s, i)) {
    readNote = SIGN_EXTENDED_NOTE;
    return hexValue(s, i + 8, to);
  }
  return -1;
}

/** 16 hex digits from `at` starting ffffffff then 8-F: /^ffffffff[89a-f]/i. */
function isSignExtended(d: string, at: number): boolean {
  for (let i = at; i < at + 8; i++) if ((d.charCodeAt(i) | 0x20) !== 0x66) return false;
  const c = d.charCodeAt(at + 8);
  return c === 56 || c === 57 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/**
 * The decimal digits of `s` from `from` to `to` as an unsigned 32-bit value
 * (its note in readNote), or -1 when out of range.
 */
function readDecimal(s: string, from: number, to: number, negative: boolean): number {
  readNote = undefined;
  let i = from;
  while (i < to - 1 && s.charCodeAt(i) === 48) i++;
  if (to - i <= 10) {
    let n = 0;
    for (let k = i; k < to; k++) n = n * 10 + (s.charCodeAt(k) - 48);
    if (negative) return n <= 0x80000000 ? -n >>> 0 : -1;
    return n <= 0xffffffff ? n : -1;
  }
  // 18446744071562526725 = 0xFFFFFFFF80070005 printed as an unsigned 64-bit number.
  if (!negative && to - i === 20) {
    const n = BigInt(s.slice(i, to));
    if (n >= 0xffffffff80000000n && n <= 0xffffffffffffffffn) {
      readNote = SIGN_EXTENDED_NOTE;
      return Number(n & 0xffffffffn);
    }
  }
  return -1;
}

/**
 * Which reading of a digits-only input comes first. Eight digits that start
 * with 8 or 9 (a failure HRESULT/NTSTATUS written without 0x: 80070005) or
 * with 0 (zero-padded to a DWORD: 00000005) read as hex first; anything else
 * reads as decimal first, since bare decimals (13857, 1603) are the usual way
 * logs and installers print Win32 codes.
 */
export function hexFirst(digits: string): boolean {
  return hexFirstAt(digits, 0, digits.length);
}

/** hexFirst of the digits of `s` from `from` to `to`. */
function hexFirstAt(s: string, from: number, to: number): boolean {
  if (to - from !== 8) return false;
  const c = s.charCodeAt(from);
  return c === 48 || c === 56 || c === 57;
}

/**
 * What readInput read, in place (decode's hot path reads it without
 * allocating; parseInput builds its objects from it). Valid until the next
 * readInput call.
 */
export interface InputScan {
  /** Number readings: 1 or 2; the first is the likeliest. */
  count: number;
  as0: "decimal" | "hex";
  value0: number;
  note0: string | undefined;
  as1: "decimal" | "hex";
  value1: number;
  note1: string | undefined;
  /** A name input's name and how it is matched. */
  name: string;
  match: NameMatch;
  /** The `family:` prefix, lower-cased, or undefined. */
  family: string | undefined;
  /** Why the input was not understood. */
  code: ErrorCode;
  message: string;
}

export const NOT_READ = 0;
export const NUMBER = 1;
export const NAME = 2;
export type ScanType = typeof NOT_READ | typeof NUMBER | typeof NAME;

/** A fresh InputScan to pass to readInput. */
export function newScan(): InputScan {
  return { count: 0, as0: "hex", value0: 0, note0: undefined, as1: "hex", value1: 0, note1: undefined, name: "", match: "exact", family: undefined, code: "empty", message: "" };
}

const SCAN = newScan();

/**
 * Read one decode input: a number in any accepted form, or a name. Never
 * throws; anything not understood gives `ok: false` with one sentence.
 */
export function parseInput(input: string): ParsedInput {
  const type = readInput(input, SCAN);
  const s = SCAN;
  let p: ParsedInput;
  if (type === NOT_READ) return { ok: false, error: { code: s.code, message: s.message } };
  if (type === NAME) p = { ok: true, type: "name", name: s.name, match: s.match };
  else {
    const readings = [numberReading(s.as0, s.value0, s.note0)];
    if (s.count > 1) readings.push(numberReading(s.as1, s.value1, s.note1));
    p = { ok: true, type: "number", readings };
  }
  if (s.family !== undefined) p.family = s.family;
  return p;
}

function numberReading(as: NumberReading["as"], value: number, note: string | undefined): NumberReading {
  return note === undefined ? { as, value } : { as, value, note };
}

/** parseInput into `out`, without allocating for the usual inputs: NOT_READ, NUMBER or NAME. */
export function readInput(input: string, out: InputScan): ScanType {
  out.family = undefined;
  if (typeof input !== "string" || input.length > MAX_INPUT_LENGTH * 4) return readValue(input, input, out);
  const trimmed = stripPunctuation(input);
  const colon = familyColon(trimmed);
  if (colon < 0) return readValue(input, trimmed, out);
  const inner = trimmed.slice(colon + 1);
  const type = readValue(inner, stripPunctuation(inner), out);
  if (type !== NOT_READ) out.family = trimmed.slice(0, colon).toLowerCase();
  return type;
}

/**
 * Where `family:` ends in `text` (`win32:5`, `ntstatus:0xC0000005`), or -1:
 * a letter, then letters and digits, a colon and something after it.
 */
function familyColon(text: string): number {
  if (text.length < 3 || !has(text.charCodeAt(0), IDENT_START) || text.charCodeAt(0) === 95) return -1;
  for (let i = 1; i < text.length - 1 && i <= 16; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) return i;
    if (!has(c, WORD) || c === 95) return -1;
  }
  return -1;
}

function fail(out: InputScan, code: ErrorCode, message: string): ScanType {
  out.code = code;
  out.message = message;
  return NOT_READ;
}

function nameRead(out: InputScan, name: string, match: NameMatch): ScanType {
  out.name = name;
  out.match = match;
  return NAME;
}

function oneNumber(out: InputScan, as: NumberReading["as"], value: number, note: string | undefined): ScanType {
  out.count = 1;
  out.as0 = as;
  out.value0 = value;
  out.note0 = note;
  return NUMBER;
}

/** readInput without the `family:` prefix; `trimmed` is stripPunctuation(input). */
function readValue(input: string, trimmed: string, out: InputScan): ScanType {
  if (typeof input !== "string") return fail(out, "not-a-number", "The input is not text.");
  if (input.length > MAX_INPUT_LENGTH * 4) return fail(out, "too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);
  if (trimmed.length === 0) {
    return input.trim().length === 0
      ? fail(out, "empty", "The input is empty.")
      : fail(out, "not-a-number", "The input is neither a number nor an error name.");
  }
  if (trimmed.length > MAX_INPUT_LENGTH) return fail(out, "too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);

  const first = trimmed.charCodeAt(0);
  // Err.exe style: =NAME (exact), :PART (substring).
  if (first === 61 /* = */) {
    const name = trimmed.slice(1);
    return isIdent(name) ? nameRead(out, name, "exact") : fail(out, "not-a-number", "After '=' an exact error name is expected.");
  }
  if (first === 58 /* : */) {
    const part = trimmed.slice(1);
    return isNamePart(part) ? nameRead(out, part, "substring") : fail(out, "not-a-number", "After ':' part of an error name is expected.");
  }

  // The number starts at b, after a sign.
  let b = 0;
  let negative = false;
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    b = 1;
  }

  const p0 = trimmed.charCodeAt(b);
  const p1 = trimmed.charCodeAt(b + 1);
  const hexPrefix = (p0 === 48 && (p1 === 120 || p1 === 88)) || (p0 === 38 && (p1 === 72 || p1 === 104)); // 0x 0X &H &h
  if (hexPrefix) {
    const n = run(trimmed, b + 2, HEX);
    if (n === 0 || !isSuffix(trimmed, b + 2 + n, true)) return fail(out, "not-a-number", "The input has a hex prefix but no valid hex digits.");
    const v = readHex(trimmed, b + 2, b + 2 + n, negative);
    return v >= 0 ? oneNumber(out, "hex", v, readNote) : fail(out, "out-of-range", OUT_OF_RANGE);
  }

  const decimals = run(trimmed, b, DEC);
  const end = b + decimals;
  if (decimals > 0 && isSuffix(trimmed, end, false)) {
    const d = readDecimal(trimmed, b, end, negative);
    const dNote = readNote;
    // Digits only, no sign, no suffix: also a bare hex number.
    const h = !negative && end === trimmed.length ? readHex(trimmed, b, end, false) : -1;
    const hNote = h >= 0 ? readNote : undefined;
    if (d < 0 && h < 0) return fail(out, "out-of-range", OUT_OF_RANGE);
    if (d < 0) return oneNumber(out, "hex", h, hNote);
    const hex = hexFirstAt(trimmed, b, end);
    if (h < 0 || h === d) return h >= 0 && hex ? oneNumber(out, "hex", h, hNote) : oneNumber(out, "decimal", d, dNote);
    oneNumber(out, hex ? "hex" : "decimal", hex ? h : d, hex ? hNote : dNote);
    out.count = 2;
    out.as1 = hex ? "decimal" : "hex";
    out.value1 = hex ? d : h;
    out.note1 = hex ? dNote : hNote;
    return NUMBER;
  }

  if (!negative) {
    const hex = run(trimmed, b, HEX);
    const body = b === 0 ? trimmed : trimmed.slice(b);
    // Bare hex with at least one letter (c000021a); a name wins when it has no hex reading.
    if (hex > 0 && isSuffix(trimmed, b + hex, true)) {
      const v = readHex(trimmed, b, b + hex, false);
      if (v >= 0) return oneNumber(out, "hex", v, readNote);
      if (!isIdent(body)) return fail(out, "out-of-range", OUT_OF_RANGE);
    }
    if (isIdent(body)) return nameRead(out, body, "any-case");
  }
  return fail(out, "not-a-number", "The input is neither a number nor an error name.");
}
