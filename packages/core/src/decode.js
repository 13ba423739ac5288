import { formatHex, hresultBits, ntstatusBits } from "./bits.js";
import { parseInput } from "./parse-input.js";
import { unwrap, unwrapInto, RULE_FAMILY } from "./unwrap.js";
import { EVIDENCE_LEVELS, evidenceIn, evidenceOf, evidenceTable, NOT_PRIMARY } from "./evidence.js";
import { FAMILIES, familyNamed } from "./families.js";
const W = "win32";
const H = "hresult";
const N = "ntstatus";
const B = "bugcheck";
const SMALL = { kinds: [W, B, H, N], natural: 2 };
// By the top hex digit of values >= 0x10000.
const BY_TOP_NIBBLE = [
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
export function familyOrder(value) {
    const v = value >>> 0;
    return v < 0x10000 ? SMALL : BY_TOP_NIBBLE[v >>> 28];
}
/** Same-name rows: evidence first (text, primary header), then header, name, row. */
function compareRows(catalog, a, b) {
    return evidenceOf(catalog, a) - evidenceOf(catalog, b) || tieBreak(catalog, a, b);
}
/** The stable order when nothing else decides: header, then name, then row. */
function tieBreak(catalog, a, b) {
    return cmp(catalog.headerOf(a), catalog.headerOf(b)) || cmp(catalog.nameOf(a), catalog.nameOf(b)) || a - b;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function makeReading(catalog, as, value, note) {
    const r = {
        as,
        value,
        hex: formatHex(value),
        signed: value | 0,
        hresult: hresultBits(value, catalog),
        ntstatus: ntstatusBits(value, catalog),
    };
    if (note !== undefined)
        r.note = note;
    return r;
}
// The reading being matched: exact and name matches share its hex string.
let readingValue = -1;
let readingHex = "";
function matching(r) {
    readingValue = r.value;
    readingHex = r.hex;
}
function makeMatch(catalog, i, via, reading) {
    const r = catalog.row(i);
    const hex = r[2] === readingValue ? readingHex : formatHex(r[2]);
    const m = { name: r[0], kind: r[1], value: r[2], hex, message: r[3], header: r[4], via, reading };
    const alias = r[7];
    if (alias !== null && alias !== undefined)
        m.aliasOf = alias;
    return m;
}
/** Append row `i` unless an earlier match already holds it; its place in `out`, or -1. */
function take(catalog, i, via, reading, taken, out) {
    for (let t = 0; t < taken.length; t++)
        if (taken[t] === i)
            return -1;
    taken.push(i);
    out.push(makeMatch(catalog, i, via, reading));
    return out.length - 1;
}
// Where a candidate ranks for one reading (docs/contracts.md, "Ranking").
const R_PRIMARY = 0; // exact, a natural family, from the family's primary header
const R_UNWRAPPED = 1; // reached by running a wrapping macro backwards
const R_COMPONENT = 2; // exact, a natural family, from a component header
const R_ALIAS = 3; // an alias whose entry is not among this reading's candidates
const R_OTHER = 4; // exact, another family
// Reused by collect (decode never re-enters it): candidate rows, their sort
// keys and vias, their order, the unwrap rules.
const C_ROW = [];
const C_KEY = [];
const C_VIA = [];
/** The candidate an alias candidate is shown under (its defining entry's, followed to the end), else -1. */
const C_UNDER = [];
/** Each candidate's name and the name it is an alias of (null: none), read once per reading. */
const C_NAME = [];
const C_ALIAS = [];
const ORDER = [];
const U_VIA = [];
const U_KIND = [];
const U_VALUE = [];
/** Candidate `c` before `d`: key (rank, family place, evidence), then the stable order. */
function before(catalog, c, d) {
    const k = C_KEY[c] - C_KEY[d];
    return k < 0 || (k === 0 && tieBreak(catalog, C_ROW[c], C_ROW[d]) < 0);
}
function candidate(n, row, key, via) {
    C_ROW[n] = row;
    C_KEY[n] = key;
    C_VIA[n] = via;
    return n + 1;
}
/**
 * Append the ranked matches for one reading's value. `taken` holds the row of
 * every match so far, so no entry shows twice. With `family`, only that
 * family's entries and its own unwrap rules count.
 */
function collect(catalog, value, reading, taken, out, family) {
    const { kinds, natural } = familyOrder(value);
    const exact = catalog.indexesOfValue(value);
    const evidence = evidenceTable(catalog);
    let n = 0;
    for (let j = 0; j < exact.length; j++) {
        const i = exact[j];
        const kind = catalog.kindOf(i);
        let pos = kinds.indexOf(kind);
        if (family !== undefined) {
            if (kind !== family)
                continue;
            pos = 0;
        }
        else if (pos < 0)
            pos = kinds.length;
        const ev = evidenceIn(catalog, evidence, i);
        const rank = pos >= natural && family === undefined ? R_OTHER : (ev & NOT_PRIMARY) === 0 ? R_PRIMARY : R_COMPONENT;
        n = candidate(n, i, rank * 256 + pos * EVIDENCE_LEVELS + ev, "exact");
    }
    const u = unwrapInto(value, U_VIA, U_KIND, U_VALUE);
    for (let k = 0; k < u; k++) {
        const rule = U_VIA[k];
        if (family !== undefined && RULE_FAMILY[rule] !== family)
            continue;
        const kind = U_KIND[k];
        const from = catalog.indexesOfValue(U_VALUE[k]);
        for (let j = 0; j < from.length; j++) {
            const i = from[j];
            if (catalog.kindOf(i) === kind)
                n = candidate(n, i, R_UNWRAPPED * 256 + k * EVIDENCE_LEVELS + evidenceIn(catalog, evidence, i), rule);
        }
    }
    if (n > 1)
        groupAliases(catalog, n);
    else
        C_UNDER[0] = -1;
    // Insertion sort: a reading has a handful of candidates.
    for (let c = 0; c < n; c++) {
        let at = c;
        while (at > 0 && before(catalog, c, ORDER[at - 1])) {
            ORDER[at] = ORDER[at - 1];
            at--;
        }
        ORDER[at] = c;
    }
    // Each entry, then the aliases shown under it (in rank order).
    for (let j = 0; j < n; j++) {
        const c = ORDER[j];
        if (C_UNDER[c] !== -1)
            continue;
        const at = take(catalog, C_ROW[c], C_VIA[c], reading, taken, out);
        for (let k = 0; k < n; k++) {
            const a = ORDER[k];
            if (C_UNDER[a] !== c)
                continue;
            const placed = take(catalog, C_ROW[a], C_VIA[a], reading, taken, out);
            if (placed >= 0 && at >= 0)
                out[placed].under = at;
        }
    }
}
/**
 * Sets C_UNDER: an alias candidate whose defining entry (followed through
 * aliases of aliases) is a candidate too is shown under it; one whose entry
 * is not ranks as R_ALIAS, after what is not an alias.
 */
function groupAliases(catalog, n) {
    let any = false;
    for (let c = 0; c < n; c++) {
        C_UNDER[c] = -1;
        const alias = catalog.aliasOfIndex(C_ROW[c]);
        C_ALIAS[c] = alias;
        if (alias !== null)
            any = true;
    }
    if (!any)
        return;
    // Names are compared n * n times below: read each once (a packed catalog builds a string per read).
    for (let c = 0; c < n; c++)
        C_NAME[c] = catalog.nameOf(C_ROW[c]);
    const defining = (c) => {
        const name = C_ALIAS[c];
        if (name === null)
            return -1;
        for (let d = 0; d < n; d++)
            if (d !== c && C_NAME[d] === name)
                return d;
        return -1;
    };
    for (let c = 0; c < n; c++) {
        let root = defining(c);
        if (root < 0) {
            if (C_ALIAS[c] !== null)
                C_KEY[c] = R_ALIAS * 256 + (C_KEY[c] & 255);
            continue;
        }
        // Aliases of aliases: to the entry at the end of the chain (a cycle stops where it started).
        for (let hops = 0; hops < n; hops++) {
            const next = defining(root);
            if (next < 0 || next === c)
                break;
            root = next;
        }
        C_UNDER[c] = root;
    }
    // A cycle of aliases has no end: its first member is shown as an entry.
    for (let c = 0; c < n; c++)
        if (C_UNDER[c] >= 0 && C_UNDER[C_UNDER[c]] !== -1)
            C_UNDER[c] = -1;
}
function failure(input, code, message) {
    return { input, ok: false, value: null, hex: null, signed: null, readings: [], matches: [], error: { code, message } };
}
function result(input, readings, matches, omitted, family) {
    const first = readings[0];
    const r = { input, ok: true, value: first.value, hex: first.hex, signed: first.signed, readings, matches };
    if (omitted > 0)
        r.omitted = omitted;
    if (family !== undefined)
        r.family = family;
    return r;
}
/**
 * Decode one input (a number in any accepted form, or a name) against the
 * catalog. Never throws for any string. Matches come best first: per reading,
 * the number's natural family, then unwrapped entries (`via` the macro), then
 * other families with the same value; no entry twice.
 */
export function decode(catalog, input, options = {}) {
    let parsed;
    try {
        parsed = parseInput(input);
    }
    catch {
        // parseInput is written not to throw; this keeps the promise for any string.
        return failure(String(input), "not-a-number", "The input could not be read.");
    }
    if (!parsed.ok)
        return failure(input, parsed.error.code, parsed.error.message);
    let family;
    if (parsed.family !== undefined) {
        family = familyNamed(parsed.family);
        if (family === undefined) {
            return failure(input, "unknown-family", `No family is named ${parsed.family.slice(0, 16)} (one of: ${FAMILIES.join(", ")}).`);
        }
    }
    if (parsed.type === "number") {
        const parsedReadings = parsed.readings;
        const readings = [];
        for (let i = 0; i < parsedReadings.length; i++) {
            const r = parsedReadings[i];
            readings.push(makeReading(catalog, r.as, r.value, r.note));
        }
        if (!catalog.valuesIndexed) {
            const values = [];
            for (const r of readings) {
                values.push(r.value);
                for (const u of unwrap(r.value))
                    values.push(u.value);
            }
            catalog.prefetchValues(values);
        }
        const matches = [];
        const taken = [];
        for (let i = 0; i < readings.length; i++) {
            const r = readings[i];
            matching(r);
            collect(catalog, r.value, i, taken, matches, family);
        }
        return result(input, readings, matches, 0, family);
    }
    const { name, match } = parsed;
    const limit = Math.max(1, options.limit ?? 100);
    let rows;
    let omitted = 0;
    if (match === "substring") {
        let all = catalog.indexesOfNamePart(name);
        if (family !== undefined)
            all = all.filter((i) => catalog.kindOf(i) === family);
        const upper = name.toUpperCase();
        // Exact (any case) first, then prefix, then the rest; by name within each.
        const rank = (i) => {
            const n = catalog.row(i)[0].toUpperCase();
            return n === upper ? 0 : n.startsWith(upper) ? 1 : 2;
        };
        const sorted = all.sort((a, b) => rank(a) - rank(b) || cmp(catalog.row(a)[0], catalog.row(b)[0]) || a - b);
        rows = sorted.slice(0, limit);
        omitted = sorted.length - rows.length;
    }
    else {
        rows = catalog.indexesOfName(name);
        if (rows.length === 0 && match === "any-case")
            rows = catalog.indexesOfName(name, true);
        if (family !== undefined)
            rows = rows.filter((i) => catalog.kindOf(i) === family);
    }
    if (rows.length === 0) {
        const where = family === undefined ? "" : ` in the ${family} family`;
        const what = match === "substring" ? `No catalog entry name contains ${name}${where}.` : `No catalog entry is named ${name}${where}.`;
        return failure(input, "unknown-name", what);
    }
    if (match !== "substring" && rows.length > 1) {
        // One name in several families or headers: rank as a number would.
        const v = catalog.row(rows[0])[2];
        const order = familyOrder(v).kinds;
        rows = [...rows].sort((a, b) => order.indexOf(catalog.row(a)[1]) - order.indexOf(catalog.row(b)[1]) || compareRows(catalog, a, b));
    }
    const readings = [];
    const matches = [];
    if (rows.length === 1) {
        const i = rows[0];
        const r = makeReading(catalog, "name", catalog.row(i)[2]);
        readings.push(r);
        matching(r);
        matches.push(makeMatch(catalog, i, "name", 0));
        return result(input, readings, matches, omitted, family);
    }
    const readingOf = new Map();
    for (let j = 0; j < rows.length; j++) {
        const i = rows[j];
        const v = catalog.row(i)[2];
        let ri = readingOf.get(v);
        if (ri === undefined) {
            ri = readings.length;
            readingOf.set(v, ri);
            readings.push(makeReading(catalog, "name", v));
        }
        matching(readings[ri]);
        matches.push(makeMatch(catalog, i, "name", ri));
    }
    return result(input, readings, matches, omitted, family);
}
/**
 * The catalog row a decode match names (decode reports entries, not rows),
 * found by its value, then name, family and header; -1 if none.
 */
export function matchIndex(catalog, m) {
    for (const i of catalog.indexesOfValue(m.value)) {
        if (catalog.nameOf(i) === m.name && catalog.kindOf(i) === m.kind && catalog.headerOf(i) === m.header)
            return i;
    }
    return -1;
}
