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
const mark = (chars, bit) => {
    for (let i = 0; i < chars.length; i++) {
        const c = chars.charCodeAt(i);
        CLASS[c] = CLASS[c] | bit;
    }
};
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
mark("([{<\"'`,;", LEADING);
mark(")]}>\"'`,;:.!?", TRAILING);
mark(UPPER + UPPER.toLowerCase() + "_", IDENT_START | WORD);
mark(DIGITS, WORD | DEC | HEX);
mark("ABCDEFabcdef", HEX);
function has(c, bit) {
    return c < 128 && (CLASS[c] & bit) !== 0;
}
/** /^[A-Za-z_][A-Za-z0-9_]*$/ */
function isIdent(s) {
    if (s.length === 0 || !has(s.charCodeAt(0), IDENT_START))
        return false;
    for (let i = 1; i < s.length; i++)
        if (!has(s.charCodeAt(i), WORD))
            return false;
    return true;
}
/** /^[A-Za-z0-9_]+$/ */
function isNamePart(s) {
    if (s.length === 0)
        return false;
    for (let i = 0; i < s.length; i++)
        if (!has(s.charCodeAt(i), WORD))
            return false;
    return true;
}
/** How many leading characters of `s` from `from` are in class `bit`. */
function run(s, from, bit) {
    let i = from;
    while (i < s.length && has(s.charCodeAt(i), bit))
        i++;
    return i - from;
}
/**
 * Whether `s` from `from` to its end is an integer suffix: C's
 * `[uU]?[lL]{0,2}` or `[lL]{1,2}[uU]?` (0x80070005L, 5UL), or with `amp` also
 * VB's long suffix `&` (&H80070005&). Empty is a suffix.
 */
function isSuffix(s, from, amp) {
    const n = s.length - from;
    if (n === 0)
        return true;
    if (n > 3)
        return false;
    if (n === 1 && amp && s.charCodeAt(from) === 38)
        return true;
    // u = 1, l = 2, else 0; U and L only by their own code (c | 0x20).
    let u = 0;
    let l = 0;
    let uAt = -1;
    for (let i = from; i < s.length; i++) {
        const c = s.charCodeAt(i) | 0x20;
        if (c === 0x75) {
            u++;
            uAt = i - from;
        }
        else if (c === 0x6c)
            l++;
        else
            return false;
    }
    // At most one u, first or last; at most two l; not `lul`.
    return u <= 1 && l <= 2 && (u === 0 || uAt === 0 || uAt === n - 1);
}
function fail(code, message) {
    return { ok: false, error: { code, message } };
}
const OUT_OF_RANGE = "The number does not fit in 32 bits and is not a sign-extended 64-bit value.";
/** Strip log punctuation around a token: `(0x80070005)`, `0x80070005:`, quotes, commas. */
export function stripPunctuation(text) {
    let start = 0;
    let end = text.length;
    for (;;) {
        const before = start + (text.length - end);
        while (start < end && has(text.charCodeAt(start), LEADING))
            start++;
        while (end > start && has(text.charCodeAt(end - 1), TRAILING))
            end--;
        while (start < end && isSpace(text.charCodeAt(start)))
            start++;
        while (end > start && isSpace(text.charCodeAt(end - 1)))
            end--;
        if (start + (text.length - end) === before)
            break;
    }
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff;
}
/** Hex digits (no prefix) to an unsigned 32-bit reading, or null when out of range. */
function readHex(digits, negative) {
    let i = 0;
    while (i < digits.length - 1 && digits.charCodeAt(i) === 48)
        i++;
    const d = i === 0 ? digits : digits.slice(i);
    if (negative) {
        if (d.length > 8)
            return null;
        const n = parseInt(d, 16);
        if (n > 0x80000000)
            return null;
        return n === 0 ? { as: "hex", value: 0 } : { as: "hex", value: -n >>> 0, note: NEGATIVE_HEX_NOTE };
    }
    if (d.length <= 8)
        return { as: "hex", value: parseInt(d, 16) };
    // 0xFFFFFFFF80070005: a 32-bit negative value widened to 64 bits.
    if (d.length === 16 && isSignExtended(d)) {
        return { as: "hex", value: parseInt(d.slice(8), 16), note: SIGN_EXTENDED_NOTE };
    }
    return null;
}
/** 16 hex digits starting ffffffff then 8-F: /^ffffffff[89a-f]/i. */
function isSignExtended(d) {
    for (let i = 0; i < 8; i++)
        if ((d.charCodeAt(i) | 0x20) !== 0x66)
            return false;
    const c = d.charCodeAt(8);
    return c === 56 || c === 57 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
/** Decimal digits to an unsigned 32-bit reading, or null when out of range. */
function readDecimal(digits, negative) {
    let i = 0;
    while (i < digits.length - 1 && digits.charCodeAt(i) === 48)
        i++;
    const d = i === 0 ? digits : digits.slice(i);
    if (d.length <= 10) {
        const n = Number(d);
        if (negative)
            return n <= 0x80000000 ? { as: "decimal", value: -n >>> 0 } : null;
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
export function hexFirst(digits) {
    if (digits.length !== 8)
        return false;
    const c = digits.charCodeAt(0);
    return c === 48 || c === 56 || c === 57;
}
/**
 * Read one decode input: a number in any accepted form, or a name. Never
 * throws; anything not understood gives `ok: false` with one sentence.
 */
export function parseInput(input) {
    if (typeof input !== "string" || input.length > MAX_INPUT_LENGTH * 4)
        return parseValue(input);
    const trimmed = stripPunctuation(input);
    const colon = familyColon(trimmed);
    if (colon < 0)
        return parseValue(input);
    const inner = parseValue(trimmed.slice(colon + 1));
    return inner.ok ? { ...inner, family: trimmed.slice(0, colon).toLowerCase() } : inner;
}
/**
 * Where `family:` ends in `text` (`win32:5`, `ntstatus:0xC0000005`), or -1:
 * a letter, then letters and digits, a colon and something after it.
 */
function familyColon(text) {
    if (text.length < 3 || !has(text.charCodeAt(0), IDENT_START) || text.charCodeAt(0) === 95)
        return -1;
    for (let i = 1; i < text.length - 1 && i <= 16; i++) {
        const c = text.charCodeAt(i);
        if (c === 58 /* : */)
            return i;
        if (!has(c, WORD) || c === 95)
            return -1;
    }
    return -1;
}
/** parseInput without the `family:` prefix. */
function parseValue(input) {
    if (typeof input !== "string")
        return fail("not-a-number", "The input is not text.");
    if (input.length > MAX_INPUT_LENGTH * 4)
        return fail("too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);
    const trimmed = stripPunctuation(input);
    if (trimmed.length === 0) {
        return input.trim().length === 0
            ? fail("empty", "The input is empty.")
            : fail("not-a-number", "The input is neither a number nor an error name.");
    }
    if (trimmed.length > MAX_INPUT_LENGTH)
        return fail("too-long", `The input is longer than ${MAX_INPUT_LENGTH} characters.`);
    const first = trimmed.charCodeAt(0);
    // Err.exe style: =NAME (exact), :PART (substring).
    if (first === 61 /* = */) {
        const name = trimmed.slice(1);
        return isIdent(name)
            ? { ok: true, type: "name", name, match: "exact" }
            : fail("not-a-number", "After '=' an exact error name is expected.");
    }
    if (first === 58 /* : */) {
        const part = trimmed.slice(1);
        return isNamePart(part)
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
        const n = run(body, 2, HEX);
        if (n === 0 || !isSuffix(body, 2 + n, true))
            return fail("not-a-number", "The input has a hex prefix but no valid hex digits.");
        const r = readHex(body.slice(2, 2 + n), negative);
        return r ? { ok: true, type: "number", readings: [r] } : fail("out-of-range", OUT_OF_RANGE);
    }
    const decimals = run(body, 0, DEC);
    if (decimals > 0 && isSuffix(body, decimals, false)) {
        const digits = decimals === body.length ? body : body.slice(0, decimals);
        const d = readDecimal(digits, negative);
        // Digits only, no sign, no suffix: also a bare hex number.
        const h = !negative && body.length === digits.length ? readHex(digits, false) : null;
        if (!d && !h)
            return fail("out-of-range", OUT_OF_RANGE);
        if (!d)
            return { ok: true, type: "number", readings: [h] };
        if (!h || h.value === d.value) {
            return { ok: true, type: "number", readings: [h && hexFirst(digits) ? h : d] };
        }
        return { ok: true, type: "number", readings: hexFirst(digits) ? [h, d] : [d, h] };
    }
    if (!negative) {
        const hex = run(body, 0, HEX);
        // Bare hex with at least one letter (c000021a); a name wins when it has no hex reading.
        if (hex > 0 && isSuffix(body, hex, true)) {
            const r = readHex(hex === body.length ? body : body.slice(0, hex), false);
            if (r)
                return { ok: true, type: "number", readings: [r] };
            if (!isIdent(body))
                return fail("out-of-range", OUT_OF_RANGE);
        }
        if (isIdent(body))
            return { ok: true, type: "name", name: body, match: "any-case" };
    }
    return fail("not-a-number", "The input is neither a number nor an error name.");
}
