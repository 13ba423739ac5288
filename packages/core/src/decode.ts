import type { Catalog } from "./catalog.js";
import type { EntryRow, Kind } from "./schema.js";
import type { DecodeResult, ErrorCode, Match, Reading, Via } from "./result.js";
import { formatHex, hresultBits, ntstatusBits } from "./bits.js";
import { NOT_READ, NUMBER, newScan, readInput } from "./parse-input.js";
import { unwrap, unwrapInto, RULE_FAMILY, type UnwrapRule } from "./unwrap.js";
import { EVIDENCE_LEVELS, evidenceIn, evidenceOf, evidenceTable, NOT_PRIMARY } from "./evidence.js";
import { FAMILIES, familyNamed } from "./families.js";

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

/** Same-name rows: evidence first (text, primary header), then header, name, row. */
function compareRows(catalog: Catalog, a: number, b: number): number {
  return evidenceOf(catalog, a) - evidenceOf(catalog, b) || tieBreak(catalog, a, b);
}

/** The stable order when nothing else decides: header, then name, then row. */
function tieBreak(catalog: Catalog, a: number, b: number): number {
  return cmp(catalog.headerOf(a), catalog.headerOf(b)) || cmp(catalog.nameOf(a), catalog.nameOf(b)) || a - b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function makeReading(catalog: Catalog, as: Reading["as"], value: number, note?: string, hex = formatHex(value)): Reading {
  const r: Reading = {
    as,
    value,
    hex,
    signed: value | 0,
    hresult: hresultBits(value, catalog),
    ntstatus: ntstatusBits(value, catalog),
  };
  if (note !== undefined) r.note = note;
  return r;
}

// Where a candidate ranks for one reading (docs/contracts.md, "Ranking").
const R_PRIMARY = 0; // exact, a natural family, from the family's primary header
const R_UNWRAPPED = 1; // reached by running a wrapping macro backwards
const R_COMPONENT = 2; // exact, a natural family, from a component header
const R_ALIAS = 3; // an alias whose entry is not among this reading's candidates
const R_OTHER = 4; // exact, another family

// Reused by plan (decode never re-enters it): candidate rows, their sort
// keys and vias, their order, the unwrap rules.
const C_ROW: number[] = [];
const C_KEY: number[] = [];
const C_VIA: Via[] = [];
/** The candidate an alias candidate is shown under (its defining entry's, followed to the end), else -1. */
const C_UNDER: number[] = [];
/** Each candidate's name and the name it is an alias of (null: none), read once per reading. */
const C_NAME: string[] = [];
const C_ALIAS: (string | null)[] = [];
const ORDER: number[] = [];
const U_VIA: UnwrapRule[] = [];
const U_KIND: Kind[] = [];
const U_VALUE: number[] = [];

/** Candidate `c` before `d`: key (rank, family place, evidence), then the stable order. */
function before(catalog: Catalog, c: number, d: number): boolean {
  const k = (C_KEY[c] as number) - (C_KEY[d] as number);
  return k < 0 || (k === 0 && tieBreak(catalog, C_ROW[c] as number, C_ROW[d] as number) < 0);
}

function candidate(n: number, row: number, key: number, via: Via): number {
  C_ROW[n] = row;
  C_KEY[n] = key;
  C_VIA[n] = via;
  return n + 1;
}

/**
 * A value's ranked matches before a reading's dedup (see place), as one
 * array: the value's hex, then per match PLAN_STEP slots: its catalog row,
 * the step it is shown under (an alias under its entry) or -1, its `via`
 * and its hex. One array, so a kept plan is one object.
 */
type Plan = (string | number)[];
const PLAN_STEP = 4;

/**
 * The ranked matches for one reading's value. With `family`, only that
 * family's entries and its own unwrap rules count.
 */
function plan(catalog: Catalog, value: number, family: Kind | undefined): Plan {
  const { kinds, natural } = familyOrder(value);
  const exact = catalog.indexesOfValue(value);
  const evidence = evidenceTable(catalog);
  const hex = formatHex(value);
  let n = 0;
  for (let j = 0; j < exact.length; j++) {
    const i = exact[j] as number;
    const kind = catalog.kindOf(i);
    let pos = kinds.indexOf(kind);
    if (family !== undefined) {
      if (kind !== family) continue;
      pos = 0;
    } else if (pos < 0) pos = kinds.length;
    const ev = evidenceIn(catalog, evidence, i);
    const rank = pos >= natural && family === undefined ? R_OTHER : (ev & NOT_PRIMARY) === 0 ? R_PRIMARY : R_COMPONENT;
    n = candidate(n, i, rank * 256 + pos * EVIDENCE_LEVELS + ev, "exact");
  }
  const u = unwrapInto(value, U_VIA, U_KIND, U_VALUE);
  for (let k = 0; k < u; k++) {
    const rule = U_VIA[k] as UnwrapRule;
    if (family !== undefined && RULE_FAMILY[rule] !== family) continue;
    const kind = U_KIND[k] as Kind;
    const from = catalog.indexesOfValue(U_VALUE[k] as number);
    for (let j = 0; j < from.length; j++) {
      const i = from[j] as number;
      if (catalog.kindOf(i) === kind) n = candidate(n, i, R_UNWRAPPED * 256 + k * EVIDENCE_LEVELS + evidenceIn(catalog, evidence, i), rule);
    }
  }
  const p: Plan = [hex];
  if (n === 0) return p;
  if (n > 1) groupAliases(catalog, n);
  else C_UNDER[0] = -1;
  // Insertion sort: a reading has a handful of candidates.
  for (let c = 0; c < n; c++) {
    let at = c;
    while (at > 0 && before(catalog, c, ORDER[at - 1] as number)) {
      ORDER[at] = ORDER[at - 1] as number;
      at--;
    }
    ORDER[at] = c;
  }
  // Each entry, then the aliases shown under it (in rank order).
  for (let j = 0; j < n; j++) {
    const c = ORDER[j] as number;
    if (C_UNDER[c] !== -1) continue;
    const entry = (p.length - 1) / PLAN_STEP;
    addStep(catalog, p, C_ROW[c] as number, -1, C_VIA[c] as Via, value, hex);
    for (let k = 0; k < n; k++) {
      const a = ORDER[k] as number;
      if (C_UNDER[a] === c) addStep(catalog, p, C_ROW[a] as number, entry, C_VIA[a] as Via, value, hex);
    }
  }
  return p;
}

function addStep(catalog: Catalog, p: Plan, row: number, parent: number, via: Via, value: number, hex: string): void {
  const v = catalog.valueOf(row);
  p.push(row, parent, via, v === value ? hex : formatHex(v));
}

// Rows of the matches so far in this decode (no entry shows twice), and
// each step's place in `matches` while a plan is placed.
const TAKEN: number[] = [];
let taken = 0;
const AT: number[] = [];

/** Place a plan's matches for reading `reading` after the `placed` ones in MATCHES, skipping rows an earlier reading placed. */
function place(catalog: Catalog, p: Plan, reading: number): void {
  for (let s = 0, at = 1; at < p.length; s++, at += PLAN_STEP) {
    const row = p[at] as number;
    let t = 0;
    while (t < taken && TAKEN[t] !== row) t++;
    if (t < taken) {
      AT[s] = -1;
      continue;
    }
    TAKEN[taken++] = row;
    AT[s] = placed;
    const parent = p[at + 1] as number;
    MATCHES[placed++] = matchOf(catalog.row(row), p[at + 2] as Via, p[at + 3] as string, reading, parent >= 0 ? (AT[parent] as number) : -1);
  }
}

// The matches placed so far in this decode; a result gets a copy of its length.
const MATCHES: Match[] = [];
let placed = 0;

function placedMatches(): Match[] {
  // Most values have one or two matches: an array literal is cheaper than slice.
  if (placed === 1) return [MATCHES[0] as Match];
  if (placed === 2) return [MATCHES[0] as Match, MATCHES[1] as Match];
  return MATCHES.slice(0, placed);
}

/** A catalog row's Match (`under` >= 0: the index of the match it is shown under), built in one literal per shape. */
function matchOf(r: EntryRow, via: Via, hex: string, reading: number, under: number): Match {
  const aliasOf = r[7];
  if (aliasOf === null || aliasOf === undefined) {
    return under < 0
      ? { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading }
      : { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading, under };
  }
  return under < 0
    ? { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading, aliasOf }
    : { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading, aliasOf, under };
}

/**
 * Plans by value for one catalog (a value's plan depends on nothing else),
 * kept once the catalog's value index is built (a long run, not a cold
 * start): open addressing on the value, cleared when full.
 */
class PlanCache {
  #keys = new Int32Array(256);
  #plans: (Plan | undefined)[] = new Array<Plan | undefined>(256).fill(undefined);
  #shift = 24;
  #count = 0;

  get(value: number): Plan | undefined {
    const keys = this.#keys;
    const plans = this.#plans;
    const mask = keys.length - 1;
    const key = value | 0;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.#shift; ; h = (h + 1) & mask) {
      const p = plans[h];
      if (p === undefined || keys[h] === key) return p;
    }
  }

  set(value: number, p: Plan): void {
    if (this.#count * 2 >= this.#keys.length) {
      const grow = this.#keys.length < MAX_PLANS * 2;
      const old = this.#plans;
      const oldKeys = this.#keys;
      const size = grow ? oldKeys.length * 2 : oldKeys.length;
      this.#keys = new Int32Array(size);
      this.#plans = new Array<Plan | undefined>(size).fill(undefined);
      if (grow) this.#shift--;
      this.#count = 0;
      if (grow) for (let h = 0; h < old.length; h++) if (old[h] !== undefined) this.#put(oldKeys[h] as number, old[h] as Plan);
    }
    this.#put(value | 0, p);
  }

  #put(key: number, p: Plan): void {
    const keys = this.#keys;
    const mask = keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.#shift;
    while (this.#plans[h] !== undefined) h = (h + 1) & mask;
    keys[h] = key;
    this.#plans[h] = p;
    this.#count++;
  }
}

/** Most plans a catalog keeps (the catalog has about 23,000 distinct values). */
const MAX_PLANS = 1 << 15;
/** Plans made (of values, of whole names) before any is kept: a cold start decodes one or two inputs. */
const COLD_DECODES = 16;
/** Most name plans a catalog keeps, per kind of name input. */
const MAX_NAMES = 1 << 15;

/**
 * What decode keeps per catalog. A plan is kept the second time it is made
 * (its value, or its name's rows, was seen before): a stream of distinct
 * inputs keeps next to nothing (keeping costs more than making, as the kept
 * objects outlive the young generation).
 */
interface State {
  plans: PlanCache | undefined;
  /** Value plans made so far, up to COLD_DECODES. */
  values: number;
  /** Values whose plan was made once, by a 16-bit hash of the value. */
  valueSeen: Uint8Array | undefined;
  /** Whole-name decodes so far, up to COLD_DECODES. */
  names: number;
  /** Plans of whole names by the name as given: `=NAME`, and bare names. */
  exact: Map<string, NamePlan>;
  anyCase: Map<string, NamePlan>;
  /** Whose plan was made once: by a name's first row * 2 + (found by its any-case lookup ? 1 : 0). */
  nameSeen: Uint8Array | undefined;
}

const states = new WeakMap<Catalog, State>();
let stateFor: Catalog | undefined;
let state: State | undefined;

function stateOf(catalog: Catalog): State {
  if (catalog !== stateFor) {
    state = states.get(catalog);
    if (state === undefined) states.set(catalog, (state = { plans: undefined, values: 0, valueSeen: undefined, names: 0, exact: new Map(), anyCase: new Map(), nameSeen: undefined }));
    stateFor = catalog;
  }
  return state as State;
}

/** plan(), kept per value once the catalog is indexed (family-scoped plans and plans without matches are not kept). */
function planOf(catalog: Catalog, value: number, family: Kind | undefined): Plan {
  if (family !== undefined || !catalog.valuesIndexed) return plan(catalog, value, family);
  const st = stateOf(catalog);
  let p = st.plans?.get(value);
  if (p === undefined) {
    p = plan(catalog, value, family);
    if (st.values < COLD_DECODES) st.values++;
    else if (p.length > 1) {
      const seen = (st.valueSeen ??= new Uint8Array(1 << 16));
      const h = Math.imul(value | 0, 0x9e3779b1) >>> 16;
      // Kept at its length (a copy: the array grew by push).
      if (seen[h] === 1) (st.plans ??= new PlanCache()).set(value, (p = p.slice()));
      else seen[h] = 1;
    }
  }
  return p;
}

/**
 * Sets C_UNDER: an alias candidate whose defining entry (followed through
 * aliases of aliases) is a candidate too is shown under it; one whose entry
 * is not ranks as R_ALIAS, after what is not an alias.
 */
function groupAliases(catalog: Catalog, n: number): void {
  let any = false;
  for (let c = 0; c < n; c++) {
    C_UNDER[c] = -1;
    const alias = catalog.aliasOfIndex(C_ROW[c] as number);
    C_ALIAS[c] = alias;
    if (alias !== null) any = true;
  }
  if (!any) return;
  // Names are compared n * n times below: read each once (a packed catalog builds a string per read).
  for (let c = 0; c < n; c++) C_NAME[c] = catalog.nameOf(C_ROW[c] as number);
  const defining = (c: number): number => {
    const name = C_ALIAS[c];
    if (name === null) return -1;
    for (let d = 0; d < n; d++) if (d !== c && C_NAME[d] === name) return d;
    return -1;
  };
  for (let c = 0; c < n; c++) {
    let root = defining(c);
    if (root < 0) {
      if (C_ALIAS[c] !== null) C_KEY[c] = R_ALIAS * 256 + ((C_KEY[c] as number) & 255);
      continue;
    }
    // Aliases of aliases: to the entry at the end of the chain (a cycle stops where it started).
    for (let hops = 0; hops < n; hops++) {
      const next = defining(root);
      if (next < 0 || next === c) break;
      root = next;
    }
    C_UNDER[c] = root;
  }
  // A cycle of aliases has no end: its first member is shown as an entry.
  for (let c = 0; c < n; c++) if ((C_UNDER[c] as number) >= 0 && C_UNDER[C_UNDER[c] as number] !== -1) C_UNDER[c] = -1;
}

const NO_OPTIONS: DecodeOptions = {};
// What readInput read (decode never re-enters itself).
const SCAN = newScan();

function failure(input: string, code: ErrorCode, message: string): DecodeResult {
  return { input, ok: false, value: null, hex: null, signed: null, readings: [], matches: [], error: { code, message } };
}

function result(input: string, readings: Reading[], matches: Match[], omitted: number, family: Kind | undefined): DecodeResult {
  const first = readings[0] as Reading;
  const r: DecodeResult = { input, ok: true, value: first.value, hex: first.hex, signed: first.signed, readings, matches };
  if (omitted > 0) r.omitted = omitted;
  if (family !== undefined) r.family = family;
  return r;
}

/**
 * Decode one input (a number in any accepted form, or a name) against the
 * catalog. Never throws for any string. Matches come best first: per reading,
 * the number's natural family, then unwrapped entries (`via` the macro), then
 * other families with the same value; no entry twice.
 */
export function decode(catalog: Catalog, input: string, options: DecodeOptions = NO_OPTIONS): DecodeResult {
  let type;
  try {
    type = readInput(input, SCAN);
  } catch {
    // readInput is written not to throw; this keeps the promise for any string.
    return failure(String(input), "not-a-number", "The input could not be read.");
  }
  const parsed = SCAN;
  if (type === NOT_READ) return failure(input, parsed.code, parsed.message);
  let family: Kind | undefined;
  if (parsed.family !== undefined) {
    family = familyNamed(parsed.family);
    if (family === undefined) {
      return failure(input, "unknown-family", `No family is named ${parsed.family.slice(0, 16)} (one of: ${FAMILIES.join(", ")}).`);
    }
  }

  if (type === NUMBER) {
    const two = parsed.count > 1;
    const v0 = parsed.value0;
    const v1 = parsed.value1;
    if (!catalog.valuesIndexed) {
      const values: number[] = [];
      for (const v of two ? [v0, v1] : [v0]) {
        values.push(v);
        for (const u of unwrap(v)) values.push(u.value);
      }
      catalog.prefetchValues(values);
    }
    taken = 0;
    placed = 0;
    const p0 = planOf(catalog, v0, family);
    const r0 = makeReading(catalog, parsed.as0, v0, parsed.note0, p0[0] as string);
    place(catalog, p0, 0);
    if (!two) return result(input, [r0], placedMatches(), 0, family);
    const as1 = parsed.as1;
    const note1 = parsed.note1;
    const p1 = planOf(catalog, v1, family);
    place(catalog, p1, 1);
    return result(input, [r0, makeReading(catalog, as1, v1, note1, p1[0] as string)], placedMatches(), 0, family);
  }

  const name = parsed.name;
  const match = parsed.match;
  // Whole names without a family: plans kept by the name as given.
  const kept = match === "substring" || family !== undefined ? undefined : keptNames(catalog, match === "exact");
  let steps = kept?.get(name);
  let omitted = 0;
  if (steps === undefined) {
    let rows: readonly number[];
    // A whole name's rows: which lookup found them (exact 0, any-case 1).
    let lookup = 0;
    if (match === "substring") {
      let all = catalog.indexesOfNamePart(name);
      if (family !== undefined) all = all.filter((i) => catalog.kindOf(i) === family);
      const upper = name.toUpperCase();
      // Exact (any case) first, then prefix, then the rest; by name within each.
      const rank = (i: number) => {
        const n = catalog.row(i)[0].toUpperCase();
        return n === upper ? 0 : n.startsWith(upper) ? 1 : 2;
      };
      const sorted = all.sort((a, b) => rank(a) - rank(b) || cmp(catalog.row(a)[0], catalog.row(b)[0]) || a - b);
      rows = sorted.slice(0, Math.max(1, options.limit ?? 100));
      omitted = sorted.length - rows.length;
    } else {
      rows = catalog.indexesOfName(name);
      if (rows.length === 0 && match === "any-case") {
        rows = catalog.indexesOfName(name, true);
        lookup = 1;
      }
      if (family !== undefined) rows = rows.filter((i) => catalog.kindOf(i) === family);
    }
    if (rows.length === 0) {
      const where = family === undefined ? "" : ` in the ${family} family`;
      const what = match === "substring" ? `No catalog entry name contains ${name}${where}.` : `No catalog entry is named ${name}${where}.`;
      return failure(input, "unknown-name", what);
    }
    steps = namePlan(catalog, rows, match !== "substring");
    // The rows of one name (or one upper-cased name) begin with a row no other name's do.
    if (kept !== undefined) keepName(catalog, kept, name, steps, (rows[0] as number) * 2 + lookup);
  }
  // Readings: each distinct value in the order of first use.
  const r = catalog.row(steps[0] as number);
  const readings: Reading[] = [makeReading(catalog, "name", r[2], undefined, steps[2] as string)];
  if (steps.length === NAME_STEP) return result(input, readings, [matchOf(r, "name", steps[2] as string, 0, -1)], omitted, family);
  const matches: Match[] = [];
  for (let at = 0; at < steps.length; at += NAME_STEP) {
    const row = catalog.row(steps[at] as number);
    const reading = steps[at + 1] as number;
    const hex = steps[at + 2] as string;
    if (reading === readings.length) readings.push(makeReading(catalog, "name", row[2], undefined, hex));
    matches.push(matchOf(row, "name", hex, reading, -1));
  }
  return result(input, readings, matches, omitted, family);
}

/**
 * A name input's matches, NAME_STEP slots each: its catalog row, its reading
 * (one per distinct value, in order of first use) and the hex of its value.
 */
type NamePlan = (number | string)[];
const NAME_STEP = 3;

/** The NamePlan of a name's rows; whole names (`ranked`) found in several families or headers rank as a number would. */
function namePlan(catalog: Catalog, rows: readonly number[], ranked: boolean): NamePlan {
  if (ranked && rows.length > 1) {
    const v = catalog.row(rows[0] as number)[2];
    const order = familyOrder(v).kinds;
    rows = [...rows].sort(
      (a, b) => order.indexOf(catalog.row(a)[1]) - order.indexOf(catalog.row(b)[1]) || compareRows(catalog, a, b),
    );
  }
  const p: NamePlan = [];
  let readings = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j] as number;
    const v = catalog.valueOf(i);
    let k = 0;
    while (k < p.length && catalog.valueOf(p[k] as number) !== v) k += NAME_STEP;
    if (k < p.length) p.push(i, p[k + 1] as number, p[k + 2] as string);
    else p.push(i, readings++, formatHex(v));
  }
  return p;
}

/** The kept plans of whole names (`=NAME` or bare), or undefined while decode is cold. */
function keptNames(catalog: Catalog, exact: boolean): Map<string, NamePlan> | undefined {
  const st = stateOf(catalog);
  if (st.names < COLD_DECODES) {
    st.names++;
    return undefined;
  }
  return exact ? st.exact : st.anyCase;
}

/** Keep a name's plan the second time its rows (`key`: first row * 2 + lookup) are looked up. */
function keepName(catalog: Catalog, kept: Map<string, NamePlan>, name: string, steps: NamePlan, key: number): void {
  const st = stateOf(catalog);
  const seen = (st.nameSeen ??= new Uint8Array(catalog.size * 2));
  if (seen[key] === 0) {
    seen[key] = 1;
    return;
  }
  if (kept.size >= MAX_NAMES) kept.clear();
  kept.set(name, steps.slice());
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
