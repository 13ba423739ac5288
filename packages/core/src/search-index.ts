import type { Catalog } from "./catalog.js";

/**
 * The inverted index that search ranks with: every word of every name
 * (split at `_`) and message, with how often it occurs in each field of each
 * entry, and each field's length in words (for BM25). Built from a catalog,
 * at build time for the apps (serializeSearchIndex writes one JSON document
 * of a few strings; parseSearchIndex reads it back without decoding the
 * postings, so a cold `winerr search` reads only the postings of its words),
 * or in process on first search. No I/O here.
 *
 * Postings: 5 characters each from a 32-character alphabet ("0".."O", no
 * JSON escapes): the row in 4 (up to 2^20 rows), then name count (0-3) * 8 +
 * message count (0-7). Where each term's postings start, and each row's
 * field lengths, are plain number arrays: JSON.parse reads them natively,
 * so opening the index runs no loop over terms or rows (a cold search runs
 * uncompiled code).
 */
export const SEARCH_INDEX_FORMAT = "winerr-search-index/2";

const BASE = 48; // "0"
/** Characters per posting: row (4), then name count * 8 + message count (1). */
export const POSTING = 5;
/** Queries answered from the postings text before packedPostings builds numbers. */
const PACK_POSTINGS_AFTER = 64;
const MAX_ROWS = 1 << 20;
/** Prefixes this short keep their terms (prefixed). */
const SHORT_PREFIX = 2;
/** BM25's constants (Robertson and Sparck Jones; the usual values). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** The words of a text as search sees them: runs of ASCII letters and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

interface IndexData {
  format: typeof SEARCH_INDEX_FORMAT;
  rows: number;
  /** Distinct terms, sorted, joined by "\n". */
  terms: string;
  /** Where each term's postings start (in postings), and the total at the end. */
  starts: number[];
  postings: string;
  /** Per term: how many entries hold it in the name, in the message (BM25's document frequencies). */
  dfName: number[];
  dfMessage: number[];
  /** Per row: the name's length in words, the message's. */
  nameLengths: number[];
  messageLengths: number[];
  averageName: number;
  averageMessage: number;
}

function enc(value: number, width: number): string {
  let s = "";
  for (let k = width - 1; k >= 0; k--) s += String.fromCharCode(BASE + ((value >>> (5 * k)) & 31));
  return s;
}

function dec(text: string, at: number, width: number): number {
  let v = 0;
  for (let k = 0; k < width; k++) v = (v << 5) | (text.charCodeAt(at + k) - BASE);
  return v;
}

/** Build the index data of a catalog (about 0.3 s for 20k entries). */
function build(catalog: Catalog): IndexData {
  const n = catalog.size;
  if (n >= MAX_ROWS) throw new RangeError(`search index: ${n} rows do not fit`);
  const postings = new Map<string, number[]>(); // term -> [row, tf, row, tf, ...]
  const nameLengths: number[] = [];
  const messageLengths: number[] = [];
  for (let i = 0; i < n; i++) {
    const tf = new Map<string, number>();
    const name = wordsOf(catalog.nameOf(i));
    const message = catalog.hasMessage(i) ? wordsOf(catalog.messageOf(i) as string) : [];
    for (const w of name) {
      const t = tf.get(w) ?? 0;
      if (t >> 3 < 3) tf.set(w, t + 8);
    }
    for (const w of message) {
      const t = tf.get(w) ?? 0;
      if ((t & 7) < 7) tf.set(w, t + 1);
    }
    for (const [w, t] of tf) {
      let list = postings.get(w);
      if (list === undefined) postings.set(w, (list = []));
      list.push(i, t);
    }
    nameLengths.push(name.length);
    messageLengths.push(message.length);
  }
  const terms = [...postings.keys()].sort();
  const starts: number[] = [];
  const parts: string[] = [];
  const dfName: number[] = [];
  const dfMessage: number[] = [];
  let at = 0;
  for (const t of terms) {
    const list = postings.get(t) as number[];
    let inName = 0;
    let inMessage = 0;
    for (let k = 1; k < list.length; k += 2) {
      if ((list[k] as number) >= 8) inName++;
      if (((list[k] as number) & 7) > 0) inMessage++;
    }
    dfName.push(inName);
    dfMessage.push(inMessage);
    starts.push(at);
    at += list.length / 2;
    let s = "";
    for (let k = 0; k < list.length; k += 2) s += enc(list[k] as number, 4) + enc(list[k + 1] as number, 1);
    parts.push(s);
  }
  starts.push(at);
  const average = (xs: number[]) => Math.max(1, xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  return {
    format: SEARCH_INDEX_FORMAT,
    rows: n,
    terms: terms.join("\n"),
    starts,
    postings: parts.join(""),
    dfName,
    dfMessage,
    nameLengths,
    messageLengths,
    averageName: average(nameLengths),
    averageMessage: average(messageLengths),
  };
}

/** The loaded index: terms and where their postings are; postings stay encoded. */
export class SearchIndex {
  readonly rows: number;
  readonly terms: readonly string[];
  /** Start of term k's postings, in postings; starts[terms.length] is the total. */
  readonly starts: Uint32Array;
  readonly postings: string;
  readonly nameLength: Uint8Array;
  readonly messageLength: Uint16Array;
  readonly averageName: number;
  readonly averageMessage: number;
  readonly nameNorm: Float64Array;
  readonly messageNorm: Float64Array;
  // Per term, entries with the term in the name / in the message.
  readonly #dfName: Int32Array;
  readonly #dfMessage: Int32Array;
  #byLength: number[][] | undefined;
  // A Map once lookups keep coming (a cold search does a few binary searches instead).
  #ids: Map<string, number> | undefined;
  #lookups = 0;
  // Filled by row as names are ranked; preallocated so it stays a plain array (not a sparse one).
  readonly #nameTerms: (Int32Array | undefined)[];
  /** idf of each term among names, filled as asked (NaN: not yet). */
  readonly #idfName: Float64Array;
  #packed: Uint32Array | undefined;
  #scans = 0;
  readonly #shortPrefixes = new Map<string, readonly number[]>();

  constructor(data: IndexData) {
    if (data.format !== SEARCH_INDEX_FORMAT) throw new Error(`not a ${SEARCH_INDEX_FORMAT} document`);
    this.rows = data.rows;
    this.terms = data.terms === "" ? [] : data.terms.split("\n");
    const t = this.terms.length;
    if (!Array.isArray(data.starts) || data.starts.length !== t + 1 || data.nameLengths?.length !== data.rows || data.messageLengths?.length !== data.rows) throw new Error("search index: damaged");
    this.starts = Uint32Array.from(data.starts);
    if (data.postings.length !== (this.starts[t] as number) * POSTING) throw new Error("search index: damaged");
    this.postings = data.postings;
    this.nameLength = Uint8Array.from(data.nameLengths);
    this.messageLength = Uint16Array.from(data.messageLengths);
    this.averageName = data.averageName;
    this.averageMessage = data.averageMessage;
    // BM25's length normalisation per row, filled as rows are scored (0: not yet).
    this.nameNorm = new Float64Array(data.rows);
    this.messageNorm = new Float64Array(data.rows);
    if (data.dfName?.length !== t || data.dfMessage?.length !== t) throw new Error("search index: damaged");
    this.#dfName = Int32Array.from(data.dfName);
    this.#dfMessage = Int32Array.from(data.dfMessage);
    this.#nameTerms = new Array<Int32Array | undefined>(data.rows).fill(undefined);
    this.#idfName = new Float64Array(t).fill(NaN);
  }

  /** BM25's k1 * (1 - b + b * length / average) for the name of `row`. */
  nameNormOf(row: number): number {
    let v = this.nameNorm[row] as number;
    if (v === 0) v = this.nameNorm[row] = BM25_K1 * (1 - BM25_B + (BM25_B * (this.nameLength[row] as number)) / this.averageName);
    return v;
  }

  /** The same for the message of `row`. */
  messageNormOf(row: number): number {
    let v = this.messageNorm[row] as number;
    if (v === 0) v = this.messageNorm[row] = BM25_K1 * (1 - BM25_B + (BM25_B * (this.messageLength[row] as number)) / this.averageMessage);
    return v;
  }

  /** Index of `term`, or -1. */
  termId(term: string): number {
    if (this.#ids === undefined && ++this.#lookups > 4096) this.#buildIds();
    if (this.#ids !== undefined) return this.#ids.get(term) ?? -1;
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.terms[mid] as string;
      if (m < term) lo = mid + 1;
      else if (m > term) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /**
   * Everything a long-running searcher builds as queries keep coming, built
   * now (a UI while idle, so that no query pays for it): the term map, the
   * postings as numbers, and every row's BM25 length normalisation.
   */
  prepare(): void {
    this.#buildIds();
    this.packedPostings(true);
    for (let row = 0; row < this.rows; row++) {
      this.nameNormOf(row);
      this.messageNormOf(row);
    }
  }

  #buildIds(): void {
    if (this.#ids !== undefined) return;
    const ids = new Map<string, number>();
    this.terms.forEach((t, k) => ids.set(t, k));
    this.#ids = ids;
  }

  /**
   * Term ids starting with `prefix` (lexicographic range), at most `limit`,
   * shortest first. Kept for prefixes of up to SHORT_PREFIX characters
   * (one letter starts thousands of terms; a UI asks for it at every first key).
   */
  prefixed(prefix: string, limit: number): readonly number[] {
    if (prefix.length > SHORT_PREFIX) return this.#prefixed(prefix, limit);
    const key = `${limit} ${prefix}`;
    let ids = this.#shortPrefixes.get(key);
    if (ids === undefined) this.#shortPrefixes.set(key, (ids = Object.freeze(this.#prefixed(prefix, limit))));
    return ids;
  }

  #prefixed(prefix: string, limit: number): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.terms.length && (this.terms[k] as string).startsWith(prefix); k++) out.push(k);
    if (out.length > limit) {
      out.sort((a, b) => (this.terms[a] as string).length - (this.terms[b] as string).length || a - b);
      out.length = limit;
    }
    return out;
  }

  /** Term ids within `maxEdits` edits (insert, delete, substitute, swap two neighbours) of `word`. */
  near(word: string, maxEdits: number): { id: number; edits: number }[] {
    if (this.#byLength === undefined) {
      const by: number[][] = [];
      this.terms.forEach((t, k) => (by[t.length] ??= []).push(k));
      this.#byLength = by;
    }
    const out: { id: number; edits: number }[] = [];
    for (let len = Math.max(1, word.length - maxEdits); len <= word.length + maxEdits; len++) {
      for (const k of this.#byLength[len] ?? []) {
        const e = editDistance(word, this.terms[k] as string, maxEdits);
        if (e <= maxEdits) out.push({ id: k, edits: e });
      }
    }
    return out;
  }

  /** The term ids of the words of row `row`'s name (`name`, from the catalog the index was built from); kept once computed. */
  nameTerms(row: number, name: string): Int32Array {
    let ids = this.#nameTerms[row];
    if (ids === undefined) {
      // Names are identifiers: their words are the runs between underscores (wordsOf's answer, cheaper).
      const words = name.toLowerCase().split("_").filter((w) => w.length > 0);
      this.#nameTerms[row] = ids = Int32Array.from(words, (w) => this.termId(w));
    }
    return ids;
  }

  /** How many postings term `id` has (entries holding it). */
  count(id: number): number {
    return (this.starts[id + 1] as number) - (this.starts[id] as number);
  }

  /** BM25's idf of term `id` among names, computed once per term. */
  idfName(id: number): number {
    let v = this.#idfName[id] as number;
    if (v !== v) {
      const df = this.#dfName[id] as number;
      v = this.#idfName[id] = Math.log(1 + (this.rows - df + 0.5) / (df + 0.5));
    }
    return v;
  }

  /** Entries with term `id` in the name, and in the message. */
  df(id: number): [number, number] {
    return [this.#dfName[id] as number, this.#dfMessage[id] as number];
  }

  /** The posting of term `id` for `row` as name count * 8 + message count, or -1 (binary search: postings are in row order). */
  find(id: number, row: number): number {
    const packed = this.#packed;
    if (packed !== undefined) {
      let lo = this.starts[id] as number;
      let hi = (this.starts[id + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = packed[mid] as number;
        const r = v >>> 6;
        if (r < row) lo = mid + 1;
        else if (r > row) hi = mid - 1;
        else return v & 63;
      }
      return -1;
    }
    const p = this.postings;
    let lo = this.starts[id] as number;
    let hi = (this.starts[id + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = dec(p, mid * POSTING, 4);
      if (r < row) lo = mid + 1;
      else if (r > row) hi = mid - 1;
      else return p.charCodeAt(mid * POSTING + 4) - BASE;
    }
    return -1;
  }

  /**
   * The postings as numbers, row * 64 + (name count << 3 | message count),
   * once queries keep coming (a --stdin batch), or at once with `now` (a
   * UI while idle); undefined before: a cold search reads the few postings
   * it needs from the text.
   */
  packedPostings(now = false): Uint32Array | undefined {
    if (this.#packed === undefined && (now || ++this.#scans > PACK_POSTINGS_AFTER)) {
      const p = this.postings;
      const packed = new Uint32Array(p.length / POSTING);
      for (let k = 0, at = 0; k < packed.length; k++, at += POSTING) packed[k] = dec(p, at, 4) * 64 + (p.charCodeAt(at + 4) - BASE);
      this.#packed = packed;
    }
    return this.#packed;
  }

  /** Calls found(row, nameCount, messageCount) for each posting of term `id`, in row order. */
  each(id: number, found: (row: number, name: number, message: number) => void): void {
    const p = this.postings;
    for (let k = this.starts[id] as number, end = this.starts[id + 1] as number; k < end; k++) {
      const at = k * POSTING;
      const tf = p.charCodeAt(at + 4) - BASE;
      found(dec(p, at, 4), tf >> 3, tf & 7);
    }
  }
}

// Rows of editDistance's table, reused (terms are short; longer ones grow them).
let D0 = new Int32Array(64);
let D1 = new Int32Array(64);
let D2 = new Int32Array(64);

/** Optimal string alignment distance, or max + 1 once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (m + 1 > D0.length) {
    D0 = new Int32Array(2 * m + 2);
    D1 = new Int32Array(2 * m + 2);
    D2 = new Int32Array(2 * m + 2);
  }
  let prev2 = D0;
  let prev = D1;
  let cur = D2;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && (prev2[j - 2] as number) + 1 < v) v = (prev2[j - 2] as number) + 1;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

/** Build time: the index of a catalog as one JSON document (pure ASCII). */
export function serializeSearchIndex(catalog: Catalog): string {
  return JSON.stringify(build(catalog));
}

/** Read what serializeSearchIndex wrote; throws on a damaged or foreign document. */
export function parseSearchIndex(text: string): SearchIndex {
  return new SearchIndex(JSON.parse(text) as IndexData);
}

const attached = new WeakMap<Catalog, SearchIndex>();

/** Use a prebuilt index for this catalog's searches (the apps load it beside the catalog). */
export function useSearchIndex(catalog: Catalog, index: SearchIndex): void {
  if (index.rows !== catalog.size) throw new Error(`search index has ${index.rows} rows, the catalog ${catalog.size}`);
  attached.set(catalog, index);
}

/** The catalog's index: the one given to useSearchIndex, else built now and kept. */
export function searchIndexOf(catalog: Catalog): SearchIndex {
  let index = attached.get(catalog);
  if (index === undefined) {
    index = new SearchIndex(build(catalog));
    attached.set(catalog, index);
  }
  return index;
}
