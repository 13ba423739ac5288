import type { Catalog } from "./catalog.js";
import type { Kind } from "./schema.js";
import { FAMILIES } from "./families.js";
import type { DecodeResult, ErrorCode, Match, Reading, Via } from "./result.js";
import { formatHex, hresultBits, ntstatusBits } from "./bits.js";
import { parseInput, type NumberReading } from "./parse-input.js";
import { unwrap, unwrapInto, type UnwrapRule } from "./unwrap.js";

export interface DecodeOptions {
  /** Most matches a `:PART` substring input returns (default 100). */
  limit?: number;
}

const W: Kind = "win32";
const H: Kind = "hresult";
const N: Kind = "ntstatus";
const B: Kind = "bugcheck";

interface FamilyOrder {
  kinds: readonly Kind[];
  /** How many leading `kinds` rank before unwrapped matches. */
  natural: number;
}

const SMALL: FamilyOrder = { kinds: [W, B, H, N], natural: 2 };
// By the top hex digit of values >= 0x10000.
const BY_TOP_NIBBLE: readonly FamilyOrder[] = [
  { kinds: [H, N, W, B], natural: 1 }, // 0: success HRESULTs with a facility (0x0004xxxx)
  { kinds: [B, H, N, W], natural: 1 }, // 1: bug check "_M" variants (0x1000007E)
  { kinds: [H, N, W, B], natural: 1 }, // 2
  { kinds: [H, N, W, B], natural: 1 }, // 3
  { kinds: [N, H, W, B], natural: 1 }, // 4-7: informational NTSTATUS (0x40000000)
  { kinds: [N, H, W, B], natural: 1 },
  { kinds: [N, H, W, B], natural: 1 },
  { kinds: [N, H, W, B], natural: 1 },
  { kinds: [H, N, W, B], natural: 1 }, // 8-B: failure HRESULT (0x80070005)
  { kinds: [H, N, W, B], natural: 1 },
  { kinds: [H, N, W, B], natural: 1 },
  { kinds: [H, N, W, B], natural: 1 },
  { kinds: [N, B, H, W], natural: 1 }, // C: error NTSTATUS (0xC0000005), some bug checks (0xC000021A)
  { kinds: [H, N, W, B], natural: 1 }, // D: HRESULT_FROM_NT (0xD0000022)
  { kinds: [W, N, H, B], natural: 1 }, // E: SetupAPI Win32 codes (0xE0000100)
  { kinds: [H, N, W, B], natural: 1 }, // F
];

/**
 * The families a number most likely belongs to, best first. Below 0x10000 it
 * is a Win32 code or a bug check; above, the top hex digit (HRESULT and
 * NTSTATUS severity bits) decides. The first `natural` kinds rank before
 * unwrapped matches, the rest after them.
 */
export function familyOrder(value: number): FamilyOrder {
  const v = value >>> 0;
  return v < 0x10000 ? SMALL : (BY_TOP_NIBBLE[v >>> 28] as FamilyOrder);
}

// Each family's home header ranks before other headers that reuse its values.
function headerRank(kind: Kind, header: string): number {
  const slash = Math.max(header.lastIndexOf("/"), header.lastIndexOf("\\"));
  return (slash < 0 ? header : header.slice(slash + 1)).toLowerCase() === FAMILIES[kind].homeHeader ? 0 : 1;
}

// Per row: 0 when its header is its family's home header, else 1.
const homeRanks = new WeakMap<Catalog, Uint8Array>();

function homeRank(catalog: Catalog): Uint8Array {
  let r = homeRanks.get(catalog);
  if (r === undefined) {
    r = new Uint8Array(catalog.size).fill(2); // 2: not computed yet
    homeRanks.set(catalog, r);
  }
  return r;
}

function rankOf(catalog: Catalog, ranks: Uint8Array, i: number): number {
  let r = ranks[i] as number;
  if (r === 2) {
    const row = catalog.row(i);
    r = ranks[i] = headerRank(row[1], row[4]);
  }
  return r;
}

/** Within a family: home header first, then header, then name; stable. */
function compareRows(catalog: Catalog, a: number, b: number): number {
  return compareRanked(catalog, homeRank(catalog), a, b);
}

function compareRanked(catalog: Catalog, ranks: Uint8Array, a: number, b: number): number {
  const ra = catalog.row(a);
  const rb = catalog.row(b);
  return rankOf(catalog, ranks, a) - rankOf(catalog, ranks, b) || cmp(ra[4], rb[4]) || cmp(ra[0], rb[0]) || a - b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function makeReading(catalog: Catalog, as: Reading["as"], value: number, note?: string): Reading {
  const r: Reading = {
    as,
    value,
    hex: formatHex(value),
    signed: value | 0,
    hresult: hresultBits(value, catalog),
    ntstatus: ntstatusBits(value, catalog),
  };
  if (note !== undefined) r.note = note;
  return r;
}

// The reading being matched: exact and name matches share its hex string.
let readingValue = -1;
let readingHex = "";

function matching(r: Reading): void {
  readingValue = r.value;
  readingHex = r.hex;
}

function makeMatch(catalog: Catalog, i: number, via: Via, reading: number): Match {
  const r = catalog.row(i);
  const hex = r[2] === readingValue ? readingHex : formatHex(r[2]);
  return { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading };
}

/** Append row `i` unless an earlier match already holds it. */
function take(catalog: Catalog, i: number, via: Via, reading: number, taken: number[], out: Match[]): void {
  for (let t = 0; t < taken.length; t++) if (taken[t] === i) return;
  taken.push(i);
  out.push(makeMatch(catalog, i, via, reading));
}

// Reused by collect (decode never re-enters it): each exact row's place in
// the family order, the rows of one bucket, the unwrap rules.
const POS: number[] = [];
const BUCKET: number[] = [];
const U_VIA: UnwrapRule[] = [];
const U_KIND: Kind[] = [];
const U_VALUE: number[] = [];

/** Append rows ranked (BUCKET, sorted here), skipping rows already matched; empties BUCKET. */
function emitBucket(catalog: Catalog, via: Via, reading: number, taken: number[], out: Match[]): void {
  const ranks = homeRank(catalog);
  BUCKET.sort((a, b) => compareRanked(catalog, ranks, a, b));
  for (let j = 0; j < BUCKET.length; j++) take(catalog, BUCKET[j] as number, via, reading, taken, out);
  BUCKET.length = 0;
}

/** Append the exact rows whose place in the family order is `pos` (POS holds each row's). */
function emitExact(catalog: Catalog, exact: readonly number[], pos: number, reading: number, taken: number[], out: Match[]): void {
  let only = -1;
  for (let j = 0; j < exact.length; j++) {
    if (POS[j] !== pos) continue;
    if (only < 0) only = exact[j] as number;
    else {
      if (BUCKET.length === 0) BUCKET.push(only);
      BUCKET.push(exact[j] as number);
    }
  }
  if (BUCKET.length > 0) emitBucket(catalog, "exact", reading, taken, out);
  else if (only >= 0) take(catalog, only, "exact", reading, taken, out);
}

/**
 * Append the ranked matches for one reading's value. `taken` holds the row of
 * every match so far, so no entry shows twice.
 */
function collect(catalog: Catalog, value: number, reading: number, taken: number[], out: Match[]): void {
  const { kinds, natural } = familyOrder(value);
  const exact = catalog.indexesOfValue(value);
  // Exact rows by their family's place in `kinds` (unknown kinds last): the
  // natural families, then unwrapped rows, then the other families.
  let present = 0;
  for (let j = 0; j < exact.length; j++) {
    let pos = kinds.indexOf(catalog.kindOf(exact[j] as number));
    if (pos < 0) pos = kinds.length;
    POS[j] = pos;
    present |= 1 << pos;
  }
  for (let k = 0; k < natural; k++) if ((present & (1 << k)) !== 0) emitExact(catalog, exact, k, reading, taken, out);
  const u = unwrapInto(value, U_VIA, U_KIND, U_VALUE);
  for (let k = 0; k < u; k++) {
    const kind = U_KIND[k] as Kind;
    const from = catalog.indexesOfValue(U_VALUE[k] as number);
    let only = -1;
    for (let j = 0; j < from.length; j++) {
      const i = from[j] as number;
      if (catalog.kindOf(i) !== kind) continue;
      if (only < 0) only = i;
      else {
        if (BUCKET.length === 0) BUCKET.push(only);
        BUCKET.push(i);
      }
    }
    if (BUCKET.length > 0) emitBucket(catalog, U_VIA[k] as UnwrapRule, reading, taken, out);
    else if (only >= 0) take(catalog, only, U_VIA[k] as UnwrapRule, reading, taken, out);
  }
  for (let k = natural; k <= kinds.length; k++) if ((present & (1 << k)) !== 0) emitExact(catalog, exact, k, reading, taken, out);
}

function failure(input: string, code: ErrorCode, message: string): DecodeResult {
  return { input, ok: false, value: null, hex: null, signed: null, readings: [], matches: [], error: { code, message } };
}

function result(input: string, readings: Reading[], matches: Match[], omitted = 0): DecodeResult {
  const first = readings[0] as Reading;
  const r: DecodeResult = { input, ok: true, value: first.value, hex: first.hex, signed: first.signed, readings, matches };
  if (omitted > 0) r.omitted = omitted;
  return r;
}

/**
 * Decode one input (a number in any accepted form, or a name) against the
 * catalog. Never throws for any string. Matches come best first: per reading,
 * the number's natural family, then unwrapped entries (`via` the macro), then
 * other families with the same value; no entry twice.
 */
export function decode(catalog: Catalog, input: string, options: DecodeOptions = {}): DecodeResult {
  let parsed;
  try {
    parsed = parseInput(input);
  } catch {
    // parseInput is written not to throw; this keeps the promise for any string.
    return failure(String(input), "not-a-number", "The input could not be read.");
  }
  if (!parsed.ok) return failure(input, parsed.error.code, parsed.error.message);

  if (parsed.type === "number") {
    const parsedReadings: NumberReading[] = parsed.readings;
    const readings: Reading[] = [];
    for (let i = 0; i < parsedReadings.length; i++) {
      const r = parsedReadings[i] as NumberReading;
      readings.push(makeReading(catalog, r.as, r.value, r.note));
    }
    if (!catalog.valuesIndexed) {
      const values: number[] = [];
      for (const r of readings) {
        values.push(r.value);
        for (const u of unwrap(r.value)) values.push(u.value);
      }
      catalog.prefetchValues(values);
    }
    const matches: Match[] = [];
    const taken: number[] = [];
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i] as Reading;
      matching(r);
      collect(catalog, r.value, i, taken, matches);
    }
    return result(input, readings, matches);
  }

  const { name, match } = parsed;
  const limit = Math.max(1, options.limit ?? 100);
  let rows: readonly number[];
  let omitted = 0;
  if (match === "substring") {
    const all = catalog.indexesOfNamePart(name);
    const upper = name.toUpperCase();
    // Exact (any case) first, then prefix, then the rest; by name within each.
    const rank = (i: number) => {
      const n = catalog.row(i)[0].toUpperCase();
      return n === upper ? 0 : n.startsWith(upper) ? 1 : 2;
    };
    const sorted = all.sort((a, b) => rank(a) - rank(b) || cmp(catalog.row(a)[0], catalog.row(b)[0]) || a - b);
    rows = sorted.slice(0, limit);
    omitted = sorted.length - rows.length;
  } else {
    rows = catalog.indexesOfName(name);
    if (rows.length === 0 && match === "any-case") rows = catalog.indexesOfName(name, true);
  }
  if (rows.length === 0) {
    const what = match === "substring" ? `No catalog entry name contains ${name}.` : `No catalog entry is named ${name}.`;
    return failure(input, "unknown-name", what);
  }
  if (match !== "substring" && rows.length > 1) {
    // One name in several families or headers: rank as a number would.
    const v = catalog.row(rows[0] as number)[2];
    const order = familyOrder(v).kinds;
    rows = [...rows].sort(
      (a, b) => order.indexOf(catalog.row(a)[1]) - order.indexOf(catalog.row(b)[1]) || compareRows(catalog, a, b),
    );
  }
  const readings: Reading[] = [];
  const matches: Match[] = [];
  if (rows.length === 1) {
    const i = rows[0] as number;
    const r = makeReading(catalog, "name", catalog.row(i)[2]);
    readings.push(r);
    matching(r);
    matches.push(makeMatch(catalog, i, "name", 0));
    return result(input, readings, matches, omitted);
  }
  const readingOf = new Map<number, number>();
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j] as number;
    const v = catalog.row(i)[2];
    let ri = readingOf.get(v);
    if (ri === undefined) {
      ri = readings.length;
      readingOf.set(v, ri);
      readings.push(makeReading(catalog, "name", v));
    }
    matching(readings[ri] as Reading);
    matches.push(makeMatch(catalog, i, "name", ri));
  }
  return result(input, readings, matches, omitted);
}

/**
 * The catalog row a decode match names (decode reports entries, not rows),
 * found by its value, then name, family and header; -1 if none.
 */
export function matchIndex(catalog: Catalog, m: Pick<Match, "name" | "kind" | "value" | "header">): number {
  for (const i of catalog.indexesOfValue(m.value)) {
    if (catalog.nameOf(i) === m.name && catalog.kindOf(i) === m.kind && catalog.headerOf(i) === m.header) return i;
  }
  return -1;
}
