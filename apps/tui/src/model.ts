// Core's modules, not its index: the index also re-exports the pages and the
// group table, which the bundle then could not leave to page-model.ts's chunk.
import type {
  Catalog,
  Conversion as CoreConversion,
  Page,
  Related,
  SearchResults,
  Entry,
  HresultBits,
  Kind,
  MessagePart,
  PrintedEntry,
  NtstatusBits,
  Reading,
  Via,
} from "@winerr/core";
import { asciiJson } from "@winerr/core/ascii-json";
import { formatHex, hresultBits, ntstatusBits, toSigned } from "@winerr/core/bits";
import { decode, matchIndex } from "@winerr/core/decode";
import { parseMessage } from "@winerr/core/message";
import { parseInput } from "@winerr/core/parse-input";
import { searchAll } from "@winerr/core/search";
import { wrap } from "@winerr/core/wrap";
import { KIND_LIST } from "@winerr/core/families";
import type { MessageOverride } from "@winerr/host/message-override";

/** Everything the TUI shows is computed here, from the catalog, without I/O. */

/** The families the kind filter cycles through: core's list (families.ts), so a new family joins it. */
export const KINDS: readonly Kind[] = KIND_LIST;

/** A header, or a facility number of one of the two facility tables. */
export type Facet = { type: "header"; header: string } | { type: "facility"; table: "hresult" | "ntstatus"; facility: number };

export interface Filter {
  kind: Kind | null;
  facet: Facet | null;
}

export const NO_FILTER: Filter = { kind: null, facet: null };

export interface ResultRow {
  /** Catalog row index. */
  index: number;
  /** How a number query reached it (decode's `via`); absent for text and the full list. */
  via?: Via;
  /** Which reading of a number query (decimal or hex), when it has several. */
  reading?: Reading["as"];
  /** An alias decode shows under the entry above it (core's `under`). */
  alias?: true;
  /** A recent lookup (history), listed before the catalog for the empty query. */
  recent?: true;
  /** Listed for a 0xXXXX query as a number of that range (its own, or wrapped `via`). */
  range?: true;
}

export interface Results {
  /** "all": empty query; "decode": a number or =NAME/:PART; "search": text. */
  mode: "all" | "decode" | "search";
  /** The rows fetched so far, in order: a long list fetches more as it scrolls (fetchRows). */
  rows: ResultRow[];
  /** How many rows the query has in all. */
  count: number;
  readings: Reading[];
  /** Why a decode query was not understood. */
  error?: string;
  /** Where the rest of a long list comes from; absent once every row is fetched. */
  source?: RowSource;
}

/** Rows of a list built on demand (core's searchAll, or the catalog itself). */
export interface RowSource {
  rows(start: number, end: number): ResultRow[];
  /** Position of a catalog row in the list, or -1. */
  positionOf(index: number): number;
}

/**
 * `results` with at least its first `upTo` rows fetched (or all it has);
 * no more than that: core ranks a search's best hits first and sorts the
 * rest only when a row past them is asked for (40-150 ms for a single
 * letter's 10,000 hits), so a list fetches as far as it shows.
 */
export function fetchRows(results: Results, upTo: number): Results {
  const want = Math.min(results.count, upTo);
  if (results.source === undefined || results.rows.length >= want) return results;
  return { ...results, rows: results.rows.concat(results.source.rows(results.rows.length, want)) };
}

/** Position of catalog row `index` in the list (fetched or not), or -1. */
export function positionOf(results: Results, index: number): number {
  const at = results.rows.findIndex((r) => r.index === index);
  return at >= 0 || results.source === undefined ? at : results.source.positionOf(index);
}

/** A list whose rows are fetched as it is shown (state.ts's select fetches the screenful). */
function lazy(mode: Results["mode"], count: number, source: RowSource): Results {
  return { mode, rows: [], count, readings: [], source };
}

/** The entry's facility, as a facet, or null when its family has none. */
export function facilityOf(kind: Kind, value: number): Facet | null {
  if (kind === "hresult") {
    const b = hresultBits(value);
    return { type: "facility", table: b.ntstatus ? "ntstatus" : "hresult", facility: b.facility };
  }
  if (kind === "ntstatus") return { type: "facility", table: "ntstatus", facility: ntstatusBits(value).facility };
  return null;
}

function sameFacet(a: Facet | null, b: Facet): boolean {
  if (a === null || a.type !== b.type) return false;
  return a.type === "header" ? a.header === (b as { header: string }).header : a.table === (b as typeof a).table && a.facility === (b as typeof a).facility;
}

// Filters read single fields, so a packed catalog builds no rows for them.
export function passes(catalog: Catalog, index: number, filter: Filter): boolean {
  if (filter.kind !== null && catalog.kindOf(index) !== filter.kind) return false;
  const f = filter.facet;
  if (f === null) return true;
  if (f.type === "header") return catalog.headerOf(index) === f.header;
  return sameFacet(facilityOf(catalog.kindOf(index), catalog.valueOf(index)), f);
}

export function facetLabel(catalog: Catalog, f: Facet): string {
  if (f.type === "header") return f.header;
  const names = catalog.facilityNames(f.table, f.facility);
  return `${names.length > 0 ? names.join("/") : "facility"} ${f.facility} (${f.table === "ntstatus" ? "NTSTATUS" : "HRESULT"})`;
}

export interface FacetCount {
  facet: Facet;
  count: number;
}

const facetCache = new WeakMap<Catalog, FacetCount[]>();

/** Headers, then facilities, each by entry count (most first), then label. */
export function facets(catalog: Catalog): FacetCount[] {
  let out = facetCache.get(catalog);
  if (out !== undefined) return out;
  const headers = new Map<string, number>();
  const facilities = new Map<string, FacetCount>();
  for (let i = 0; i < catalog.size; i++) {
    const header = catalog.headerOf(i);
    headers.set(header, (headers.get(header) ?? 0) + 1);
    const f = facilityOf(catalog.kindOf(i), catalog.valueOf(i));
    if (f !== null && f.type === "facility") {
      const key = f.table + f.facility;
      const c = facilities.get(key);
      if (c) c.count++;
      else facilities.set(key, { facet: f, count: 1 });
    }
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || cmp(facetLabel(catalog, a.facet), facetLabel(catalog, b.facet));
  out = [
    ...[...headers].map(([header, count]): FacetCount => ({ facet: { type: "header", header }, count })).sort(byCount),
    ...[...facilities.values()].sort(byCount),
  ];
  facetCache.set(catalog, out);
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The last text search per catalog, which the next may narrow.
const lastSearch = new WeakMap<Catalog, SearchResults>();

// The lists of the last queries per catalog (by filter and query), most recent last.
const memos = new WeakMap<Catalog, Map<string, Results>>();
const MEMO = 64;

/**
 * The list for a query: a number (or =NAME, :PART) as decode reads it, best
 * first; other text through core's search by name and message; empty: the
 * whole catalog in catalog order. The last 64 lists are remembered (a list
 * is a function of the catalog, the query and the filter): Backspace goes
 * back through queries typed a moment ago, and a letter typed again (a new
 * word, a query retyped) finds its list.
 */
export function runQuery(catalog: Catalog, query: string, filter: Filter, recent: readonly number[] = []): Results {
  const q = query.trim();
  const f = filter.facet;
  // The whole catalog (after the recent lookups) is listed lazily: nothing to remember.
  if (q === "" && filter.kind === null && f === null) return listAll(catalog, recent);
  const key = `${filter.kind ?? ""}\u0000${f === null ? "" : f.type === "header" ? `h${f.header}` : `f${f.table}${f.facility}`}\u0000${q}`;
  let memo = memos.get(catalog);
  if (memo === undefined) memos.set(catalog, (memo = new Map()));
  let results = memo.get(key);
  if (results !== undefined) memo.delete(key);
  else results = q === "" ? filtered(catalog, filter) : queryRows(catalog, q, filter);
  memo.set(key, results);
  if (memo.size > MEMO) memo.delete(memo.keys().next().value as string);
  return results;
}

/** runQuery's list for the empty query without a filter. */
function listAll(catalog: Catalog, recent: readonly number[]): Results {
  if (recent.length > 0) {
    // Recent lookups first, then the whole catalog.
    const r = recent.length;
    return lazy("all", r + catalog.size, {
      rows: (start, end) => Array.from({ length: end - start }, (_, k): ResultRow => (start + k < r ? { index: recent[start + k] as number, recent: true } : { index: start + k - r })),
      positionOf: (index) => {
        const at = recent.indexOf(index);
        return at >= 0 ? at : Number.isInteger(index) && index >= 0 && index < catalog.size ? index + r : -1;
      },
    });
  }
  return lazy("all", catalog.size, {
    rows: (start, end) => Array.from({ length: end - start }, (_, k) => ({ index: start + k })),
    positionOf: (index) => (Number.isInteger(index) && index >= 0 && index < catalog.size ? index : -1),
  });
}

/** runQuery's list for the empty query with a filter: the entries that pass it, in catalog order. */
function filtered(catalog: Catalog, filter: Filter): Results {
  const rows: ResultRow[] = [];
  for (let i = 0; i < catalog.size; i++) if (passes(catalog, i, filter)) rows.push({ index: i });
  return { mode: "all", rows, count: rows.length, readings: [] };
}

/** runQuery's list for a query that is not empty (`q`, trimmed). */
function queryRows(catalog: Catalog, q: string, filter: Filter): Results {
  // Letters alone ("face", "bad") are words to search for, not bare hex.
  const parsed = /^[a-z]+$/i.test(q) ? null : parseInput(q);
  const isDecode =
    parsed === null ? false : parsed.ok ? parsed.type === "number" || parsed.match !== "any-case" : /^[=:]|^[-+]?(0x|&h)?[0-9a-f]+$/i.test(q);
  if (isDecode) {
    const d = decode(catalog, q, { limit: Number.MAX_SAFE_INTEGER });
    const several = d.readings.length > 1;
    const rows: ResultRow[] = [];
    for (const m of d.matches) {
      const index = matchIndex(catalog, m);
      if (index < 0 || !passes(catalog, index, filter)) continue;
      const row: ResultRow = { index, via: m.via };
      if (m.under !== undefined) row.alias = true;
      const reading = d.readings[m.reading];
      if (several && reading !== undefined) row.reading = reading.as;
      rows.push(row);
    }
    // 0x8007, 0xC000: the range of 32-bit numbers with that upper half, after what decode found
    // (0x8007 is the Win32 facility: every Win32 code, via HRESULT_FROM_WIN32).
    const prefix = /^0x([0-9a-f]{4})$/i.exec(q);
    if (prefix !== null) rows.push(...rangeRows(catalog, parseInt(prefix[1] as string, 16), filter, new Set(rows.map((r) => r.index))));
    const out: Results = { mode: "decode", rows, count: rows.length, readings: d.readings };
    if (d.error !== undefined && d.error.code !== "unknown-name") out.error = d.error.message;
    return out;
  }
  // Ranked hits are built only as far as the list shows them; a query typed
  // one key further is searched within the last one's hits (core checks it may).
  const within = lastSearch.get(catalog);
  const hits = searchAll(catalog, q, { ...(filter.kind !== null ? { kind: filter.kind } : {}), ...(within !== undefined ? { within } : {}) });
  lastSearch.set(catalog, hits);
  if (filter.facet === null) {
    return lazy("search", hits.total, {
      rows: (start, end) => Array.from({ length: end - start }, (_, k) => ({ index: hits.indexAt(start + k) as number })),
      positionOf: (index) => hits.rankOf(index),
    });
  }
  const rows: ResultRow[] = [];
  for (let k = 0; k < hits.total; k++) {
    const index = hits.indexAt(k) as number;
    if (passes(catalog, index, filter)) rows.push({ index });
  }
  return { mode: "search", rows, count: rows.length, readings: [] };
}

/**
 * Entries whose number, or a wrapped form of it (core's `wrap`), has `high`
 * as its upper 16 bits, in the order of that 32-bit number; `skip` holds
 * rows already listed.
 */
export function rangeRows(catalog: Catalog, high: number, filter: Filter, skip: ReadonlySet<number>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const hit of rangeIndex(catalog).get(high) ?? []) {
    if (skip.has(hit.index) || !passes(catalog, hit.index, filter)) continue;
    rows.push(hit.via === undefined ? { index: hit.index, range: true } : { index: hit.index, via: hit.via, range: true });
  }
  return rows;
}

interface RangeHit {
  value: number;
  index: number;
  via?: Via;
}

const ranges = new WeakMap<Catalog, Map<number, RangeHit[]>>();

/**
 * Every range's entries, by upper 16 bits, each in the order of its 32-bit
 * number, then row: an entry is in the range of its own number, and in the
 * range of each wrapped form's number (the first form with that upper half)
 * unless that is its own. One pass over the catalog, built once (warm.tsx
 * builds it while the UI is idle; `0x8007` then filters one list).
 */
export function rangeIndex(catalog: Catalog): Map<number, RangeHit[]> {
  let byHigh = ranges.get(catalog);
  if (byHigh !== undefined) return byHigh;
  byHigh = new Map();
  const add = (high: number, hit: RangeHit): void => {
    const list = byHigh.get(high);
    if (list === undefined) byHigh.set(high, [hit]);
    else list.push(hit);
  };
  for (let i = 0; i < catalog.size; i++) {
    const value = catalog.valueOf(i) >>> 0;
    const own = value >>> 16;
    add(own, { value, index: i });
    const seen: number[] = [];
    for (const w of wrap(catalog.kindOf(i), value)) {
      const high = w.value >>> 16;
      if (high === own || seen.includes(high)) continue;
      seen.push(high);
      add(high, { value: w.value, index: i, via: w.via });
    }
  }
  for (const list of byHigh.values()) list.sort((a, b) => a.value - b.value || a.index - b.index);
  ranges.set(catalog, byHigh);
  return byHigh;
}

/** A conversion as the pane lists it: core's, with its hex. */
export type Conversion = CoreConversion & { hex: string };

export type Bits = { layout: "hresult"; bits: HresultBits } | { layout: "ntstatus"; bits: NtstatusBits } | { layout: "plain"; code: number };

/**
 * A message from elsewhere (--system's files) for an entry (kind, value),
 * with the file and LANGID it came from; undefined: the catalog's text.
 */
export type { MessageOverride };

export interface Detail {
  index: number;
  entry: Entry;
  hex: string;
  signed: number;
  message: MessagePart[] | null;
  /** Where `message` came from when not the catalog (a MessageOverride's file and LANGID). */
  messageSource?: { file: string; lang: number };
  bits: Bits;
  conversions: Conversion[];
  /** Related entries (core's relatedOf) other than conversions, which have their own section. */
  related: Related[];
  /** The reference page (winerr show): guidance and questions. */
  page: Page;
}


/** The detail with its message from `override` where it has one. */
export function withOverride(d: Detail, override: MessageOverride | undefined): Detail {
  const o = override?.(d.entry.kind, d.entry.value);
  return o === undefined ? d : { ...d, message: parseMessage(o.text), messageSource: { file: o.file, lang: o.lang } };
}

/** The entries a detail links to, in the order the detail pane lists them. */
export function linksOf(d: Detail): number[] {
  const out: number[] = [];
  for (const c of d.conversions) out.push(...c.entries);
  for (const r of d.related) out.push(r.index);
  return out;
}

/**
 * One line of message text for the list: inserts as `<%1>`, whitespace
 * folded; at most `max` characters (a row never shows more than its width,
 * and Ink's truncation costs by the length it is given).
 */
export function excerpt(message: string | null, max = Infinity): string {
  if (message === null) return "";
  let s = "";
  for (const p of parseMessage(message)) s += p.type === "insert" ? `<${p.raw}>` : p.text;
  s = s.replace(/\s+/g, " ").trim();
  return s.length > max ? s.slice(0, max) : s;
}

/** The JSON an entry prints as (`PrintedEntry`, docs/contracts.md "Machine output"). */
export function entryJson(catalog: Catalog, index: number): string {
  const e = catalog.entry(index);
  const o: PrintedEntry = {
    name: e.name,
    kind: e.kind,
    value: e.value,
    hex: formatHex(e.value),
    signed: toSigned(e.value),
    message: e.message,
    header: e.header,
    source: { name: e.source.name, version: e.source.version },
    line: e.line,
  };
  // Machine output is pure ASCII (docs/contracts.md, "Machine output").
  return asciiJson(o, 2);
}

/** The text the copy key puts on the clipboard. */
export function entryText(catalog: Catalog, index: number): string {
  const e = catalog.entry(index);
  return `${e.name} (${e.kind}) ${formatHex(e.value)} = ${e.value >>> 0}` + (e.message !== null ? `: ${excerpt(e.message)}` : "");
}

/** What the copy menu can put on the clipboard. */
export type CopyWhat = "line" | "name" | "hex" | "message" | "json";

/** The text of one copy-menu choice for an entry (the message as the catalog has it; "" when it has none). */
export function copyText(catalog: Catalog, index: number, what: CopyWhat): string {
  switch (what) {
    case "line":
      return entryText(catalog, index);
    case "name":
      return catalog.nameOf(index);
    case "hex":
      return formatHex(catalog.valueOf(index));
    case "message":
      return catalog.entry(index).message ?? "";
    case "json":
      return entryJson(catalog, index);
  }
}
