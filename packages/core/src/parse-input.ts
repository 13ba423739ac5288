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

export type ParsedInput =
  | { ok: true; type: "number"; readings: NumberReading[] }
  | { ok: true; type: "name"; name: string; match: NameMatch }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** Longer than any real name or number with log punctuation around it. */
export const MAX_INPUT_LENGTH = 256;

const SIGN_EXTENDED_NOTE = "Read as a sign-extended 64-bit value; its low 32 bits are used.";
const NEGATIVE_HEX_NOTE = "Read a negative hex number as a signed 32-bit value.";

const LEADING_PUNCT = new Set([..."([{<\"'`,;"]);
const TRAILING_PUNCT = new Set([...")]}>\"'`,;:.!?"]);

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_PART = /^[A-Za-z0-9_]+$/;
// C integer suffixes (0x80070005L, 5UL) and the VB long suffix (&H80070005&).
const HEX_BODY = /^([0-9A-Fa-f]+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?|&)?$/;
const DEC_BODY = /^([0-9]+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)?$/;

function fail(code: ErrorCode, message: string): ParsedInput {
  return { ok: false, error: { code, message } };
}

const OUT_OF_RANGE = "The number does not fit in 32 bits and is not a sign-extended 64-bit value.";

/** Strip log punctuation around a token: `(0x80070005)`, `0x80070005:`, quotes, commas. */
export function stripPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    const before = start + (text.length - end);
    while (start < end && LEADING_PUNCT.has(text[start] as string)) start++;
    while (end > start && TRAILING_PUNCT.has(text[end - 1] as string)) end--;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start + (text.length - end) === before) break;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff;
}

/** Hex digits (no prefix) to an unsigned 32-bit reading, or null when out of range. */
function readHex(digits: string, negative: boolean): NumberReading | null {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const d = i === 0 ? digits : digits.slice(i);
  if (negative) {
    if (d.length > 8) return null;
    const n = parseInt(d, 16);
    if (n > 0x80000000) return null;
    return n === 0 ? { as: "hex", value: 0 } : { as: "hex", value: -n >>> 0, note: NEGATIVE_HEX_NOTE };
  }
  if (d.length <= 8) return { as: "hex", value: parseInt(d, 16) };
  // 0xFFFFFFFF80070005: a 32-bit negative value widened to 64 bits.
  if (d.length === 16 && /^ffffffff[89a-f]/i.test(d)) {
    return { as: "hex", value: parseInt(d.slice(8), 16), note: SIGN_EXTENDED_NOTE };
  }
  return null;
}

/** Decimal digits to an unsigned 32-bit reading, or null when out of range. */
function readDecimal(digits: string, negative: boolean): NumberReading | null {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const d = i === 0 ? digits : digits.slice(i);
  if (d.length <= 10) {
    const n = Number(d);
    if (negative) return n <= 0x80000000 ? { as: "decimal", value: -n >>> 0 } : null;
    return n <= 0xffffffff ? { as: "decimal", value: n } : null;
  }
  // 18446744071562526725 = 0xFFFFFFFF80070005 printed as an unsigned 64-bit number.
  if (!negative && d.length === 20) {
    const n = BigInt(d);
    if (n >= 0xffffffff80000000n && n <= 0xffffffffffffffffn) {
      return { as: "decimal", value: Number(n & 0xffffffffn), note: SIGN_EXTENDED_NOTE };
    }
  }
  return null;
}

/**
 * Which reading of a digits-only input comes first. Eight digits that start
 * with 8 or 9 (a failure HRESULT/NTSTATUS written without 0x: 80070005) or
 * with 0 (zero-padded to a DWORD: 00000005) read as hex first; anything else
 * reads as decimal first, since bare decimals (13857, 1603) are the usual way
 * logs and installers print Win32 codes.
 */
export function hexFirst(digits: string): boolean {
  if (digits.length !== 8) return false;
  const c = digits.charCodeAt(0);
  return c === 48 || c === 56 || c === 57;
}

/**
 * Read one decode input: a number in any accepted form, or a name. Never
 * throws; anything not understood gives `ok: false` with one sentence.
 */
export function parseInput(input: string): ParsedInput {
  if (typeof input !== "string") return fail("not-a-number", "The input is not text.");
  if (input.length > MAX_INPUT_LENGTH * 4) return fail("too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);
  const trimmed = stripPunctuation(input);
  if (trimmed.length === 0) {
    return input.trim().length === 0
      ? fail("empty", "The input is empty.")
      : fail("not-a-number", "The input is neither a number nor an error name.");
  }
  if (trimmed.length > MAX_INPUT_LENGTH) return fail("too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);

  const first = trimmed.charCodeAt(0);
  // Err.exe style: =NAME (exact), :PART (substring).
  if (first === 61 /* = */) {
    const name = trimmed.slice(1);
    return IDENT.test(name)
      ? { ok: true, type: "name", name, match: "exact" }
      : fail("not-a-number", "After '=' an exact error name is expected.");
  }
  if (first === 58 /* : */) {
    const part = trimmed.slice(1);
    return NAME_PART.test(part)
      ? { ok: true, type: "name", name: part, match: "substring" }
      : fail("not-a-number", "After ':' part of an error name is expected.");
  }

  let body = trimmed;
  let negative = false;
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    body = trimmed.slice(1);
  }

  const p0 = body.charCodeAt(0);
  const p1 = body.charCodeAt(1);
  const hexPrefix = (p0 === 48 && (p1 === 120 || p1 === 88)) || (p0 === 38 && (p1 === 72 || p1 === 104)); // 0x 0X &H &h
  if (hexPrefix) {
    const m = HEX_BODY.exec(body.slice(2));
    if (!m) return fail("not-a-number", "The input has a hex prefix but no valid hex digits.");
    const r = readHex(m[1] as string, negative);
    return r ? { ok: true, type: "number", readings: [r] } : fail("out-of-range", OUT_OF_RANGE);
  }

  const dec = DEC_BODY.exec(body);
  if (dec) {
    const digits = dec[1] as string;
    const d = readDecimal(digits, negative);
    // Digits only, no sign, no suffix: also a bare hex number.
    const h = !negative && body.length === digits.length ? readHex(digits, false) : null;
    if (!d && !h) return fail("out-of-range", OUT_OF_RANGE);
    if (!d) return { ok: true, type: "number", readings: [h as NumberReading] };
    if (!h || h.value === d.value) {
      return { ok: true, type: "number", readings: [h && hexFirst(digits) ? h : d] };
    }
    return { ok: true, type: "number", readings: hexFirst(digits) ? [h, d] : [d, h] };
  }

  if (!negative) {
    const hex = HEX_BODY.exec(body);
    // Bare hex with at least one letter (c000021a); a name wins when it has no hex reading.
    if (hex && hex[0] === body) {
      const r = readHex(hex[1] as string, false);
      if (r) return { ok: true, type: "number", readings: [r] };
      if (!IDENT.test(body)) return fail("out-of-range", OUT_OF_RANGE);
    }
    if (IDENT.test(body)) return { ok: true, type: "name", name: body, match: "any-case" };
  }
  return fail("not-a-number", "The input is neither a number nor an error name.");
}
