import type { Catalog } from "./catalog.js";
import { evidenceIn, evidenceTable, isAliasIn, NO_TEXT, NOT_PRIMARY } from "./evidence.js";

/**
 * The inverted index that search ranks with: every word of every name
 * (split at `_`) and message, with how often it occurs in each field of each
 * entry, and each field's length in words (for BM25). Built from a catalog,
 * at build time for the apps (serializeSearchIndex writes one JSON document),
 * or in process on first search. No I/O here.
 *
 * The document is a small head (counts, averages) and then sections, each
 * one JSON string of fixed-width numbers in a 32-character alphabet ("0" to
 * "O": no JSON escapes), read in place from the file's bytes, as the packed
 * catalog is: opening the index parses only the head, builds no array over
 * terms or rows and leaves nothing for the garbage collector, and a cold
 * `winerr search` decodes only the numbers and terms its words touch.
 * Sections, in this order: `termText` (the terms, sorted, each followed by
 * a space), `termStarts` (where each term starts in termText, and its length
 * at the end), `starts` (where each term's postings start, and their count
 * at the end), `dfName` and `dfMessage` (per term, how many entries hold it
 * in the name, in the message: BM25's document frequencies), `nameLengths`
 * and `messageLengths` (per row, the field's length in words), `evidence`
 * (per row, what search's prior reads of evidence.ts: NO_TEXT | NOT_PRIMARY
 * | EVIDENCE_ALIAS), `nameOrder` (per row, its place when rows are sorted by
 * name: shorter first, then by UTF-16 code units, then by row; ties in
 * score go by it), `nameTermStarts` and `nameTerms` (each row's name
 * words, split at `_`, as term ids, NO_TERM for a word that is not a term;
 * where each row's start, and their count at the end: the name cover
 * factor), `postings` (5 characters each: the row in 4, up to 2^20
 * rows, then name count (0-3) * 8 + message count (0-7); each term's in row
 * order).
 */
export const SEARCH_INDEX_FORMAT = "winerr-search-index/4";

/** A name word that is not a term (the name cover counts it with weight 1). */
const NO_TERM = (1 << 20) - 1;

/** The alias bit of the evidence section (NO_TEXT and NOT_PRIMARY are evidence.ts's). */
export const EVIDENCE_ALIAS = 4;

const BASE = 48; // "0"
/** Characters per posting: row (4), then name count * 8 + message count (1). */
export const POSTING = 5;
/** Queries answered from the postings text before packedPostings builds numbers. */
const PACK_POSTINGS_AFTER = 64;
const MAX_ROWS = 1 << 20;
/** Prefixes this short keep their terms (prefixed). */
const SHORT_PREFIX = 2;
/** Longer prefixes and typos whose terms are kept, at most (then forgotten all at once). */
const KEPT = 4096;
/** BM25's constants (Robertson and Sparck Jones; the usual values). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** A name's words for the name cover: names are identifiers, their words the runs between underscores, lower-cased. */
function nameWords(name: string): string[] {
  return name.toLowerCase().split("_").filter((w) => w.length > 0);
}

/** The words of a text as search sees them: runs of ASCII letters and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

const SECTIONS = ["termText", "termStarts", "starts", "dfName", "dfMessage", "nameLengths", "messageLengths", "evidence", "nameOrder", "nameTermStarts", "nameTerms", "postings"] as const;
type Section = (typeof SECTIONS)[number];
/** Digits per number of each number section (5 bits each). */
const WIDTH = { termStarts: 4, starts: 4, dfName: 4, dfMessage: 4, nameLengths: 1, messageLengths: 2, evidence: 1, nameOrder: 4, nameTermStarts: 4, nameTerms: 4 } as const;
const key = (s: Section): string => `,"${s}":"`;

/** The head: what is parsed as JSON. */
interface IndexHead {
  format: typeof SEARCH_INDEX_FORMAT;
  rows: number;
  terms: number;
  averageName: number;
  averageMessage: number;
  /** Characters of termText (the other sections' sizes follow from the counts). */
  termTextLength: number;
  /** Name term ids in all (nameTerms). */
  nameTermCount: number;
}

/** What build computes, before it is written as sections. */
interface IndexData {
  rows: number;
  /** Distinct terms, sorted. */
  terms: string[];
  /** Where each term's postings start (in postings), and the total at the end. */
  starts: number[];
  postings: string;
  dfName: number[];
  dfMessage: number[];
  nameLengths: number[];
  messageLengths: number[];
  evidence: number[];
  nameOrder: number[];
  nameTermStarts: number[];
  nameTerms: number[];
  averageName: number;
  averageMessage: number;
}

function enc(value: number, width: number): string {
  let s = "";
  for (let k = width - 1; k >= 0; k--) s += String.fromCharCode(BASE + ((value >>> (5 * k)) & 31));
  return s;
}

/** Numbers as one section: each `width` digits; throws if one does not fit. */
function encAll(values: readonly number[], width: number, what: string): string {
  let s = "";
  for (const v of values) {
    if (!(Number.isInteger(v) && v >= 0 && v < 2 ** (5 * width))) throw new RangeError(`search index: ${what} ${v} does not fit ${width} digits`);
    s += enc(v, width);
  }
  return s;
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
  const table = evidenceTable(catalog);
  const evidence: number[] = [];
  for (let i = 0; i < n; i++) {
    const ev = evidenceIn(catalog, table, i);
    evidence.push((ev & NO_TEXT) | (ev & NOT_PRIMARY) | (isAliasIn(catalog, table, i) ? EVIDENCE_ALIAS : 0));
  }
  const names = Array.from({ length: n }, (_, i) => catalog.nameOf(i));
  const byName = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const na = names[a] as string;
    const nb = names[b] as string;
    return na.length - nb.length || (na < nb ? -1 : na > nb ? 1 : 0) || a - b;
  });
  const nameOrder = new Array<number>(n);
  byName.forEach((row, k) => (nameOrder[row] = k));
  if (terms.length >= NO_TERM) throw new RangeError(`search index: ${terms.length} terms do not fit`);
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const nameTermStarts: number[] = [];
  const nameTerms: number[] = [];
  for (let i = 0; i < n; i++) {
    nameTermStarts.push(nameTerms.length);
    for (const w of nameWords(catalog.nameOf(i))) nameTerms.push(idOf.get(w) ?? NO_TERM);
  }
  nameTermStarts.push(nameTerms.length);
  const average = (xs: number[]) => Math.max(1, xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  return {
    rows: n,
    terms,
    starts,
    postings: parts.join(""),
    dfName,
    dfMessage,
    nameLengths,
    messageLengths,
    evidence,
    nameOrder,
    nameTermStarts,
    nameTerms,
    averageName: average(nameLengths),
    averageMessage: average(messageLengths),
  };
}

/** The loaded index, read in place from the document's bytes (see SEARCH_INDEX_FORMAT). */
export class SearchIndex {
  readonly rows: number;
  readonly termCount: number;
  /** The postings section: POSTING bytes per posting. */
  readonly postings: Uint8Array;
  readonly averageName: number;
  readonly averageMessage: number;
  readonly nameNorm: Float64Array;
  readonly messageNorm: Float64Array;
  readonly #b: Buffer;
  readonly #at: Record<Section, number>;
  #byLength: number[][] | undefined;
  /** Terms read so far, by id; all of them once #allTerms ran. */
  readonly #terms: (string | undefined)[];
  #allRead = false;
  // A Map once lookups keep coming (#idsBuilt; a cold search does a few binary searches instead).
  readonly #ids = new Map<string, number>();
  #idsBuilt = false;
  #lookups = 0;
  /** Each row's name words' total weight (nameCover), filled as asked (NaN: not yet). */
  readonly #nameWeight: Float64Array;
  /** idf of each term among names, filled as asked (NaN: not yet). */
  readonly #idfName: Float64Array;
  // Fields hold typed arrays from the start (empty until packedPostings fills them), so their type never changes under optimized code.
  #packed = new Uint32Array(0);
  #isPacked = false;
  // Decoded with the postings (packedPostings): starts, dfName and dfMessage (interleaved), nameLengths.
  #starts = new Uint32Array(0);
  #df = new Int32Array(0);
  #nameLengths = new Uint8Array(0);
  #nameOrder = new Int32Array(0);
  #scans = 0;
  readonly #shortPrefixes = new Map<string, readonly number[]>();
  readonly #prefixes = new Map<string, readonly number[]>();
  readonly #near = new Map<string, readonly Readonly<{ id: number; edits: number }>[]>();

  /** `b`: the document's bytes (ASCII). Throws on a damaged or foreign one. */
  constructor(b: Buffer) {
    const text = (from: number, to: number): string => b.toString("latin1", from, to);
    const first = b.indexOf(key(SECTIONS[0]), 0, "latin1");
    if (first < 0) throw new Error(`not a ${SEARCH_INDEX_FORMAT} document`);
    const head = JSON.parse(text(0, first) + "}") as IndexHead;
    if (head.format !== SEARCH_INDEX_FORMAT) throw new Error(`not a ${SEARCH_INDEX_FORMAT} document`);
    const t = head.terms;
    const n = head.rows;
    const counts: Record<Exclude<Section, "termText" | "postings">, number> = { termStarts: t + 1, starts: t + 1, dfName: t, dfMessage: t, nameLengths: n, messageLengths: n, evidence: n, nameOrder: n, nameTermStarts: n + 1, nameTerms: head.nameTermCount };
    const at = {} as Record<Section, number>;
    let pos = first;
    for (const s of SECTIONS) {
      const k = key(s);
      if (pos + k.length > b.length || text(pos, pos + k.length) !== k) throw new Error("search index: damaged");
      at[s] = pos + k.length;
      if (s === "postings") break;
      pos = at[s] + (s === "termText" ? head.termTextLength : counts[s] * WIDTH[s]) + 1;
    }
    this.#b = b;
    this.#at = at;
    this.rows = n;
    this.termCount = t;
    if (this.#num(at.nameTermStarts, WIDTH.nameTermStarts, n) !== head.nameTermCount) throw new Error("search index: damaged");
    const total = this.start(t);
    const end = at.postings + total * POSTING;
    if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(t) && t >= 0) || b.toString("latin1", end).trimEnd() !== '"}') throw new Error("search index: damaged");
    this.postings = b.subarray(at.postings, end);
    this.averageName = head.averageName;
    this.averageMessage = head.averageMessage;
    // BM25's length normalisation per row, filled as rows are scored (0: not yet).
    this.nameNorm = new Float64Array(n);
    this.messageNorm = new Float64Array(n);
    this.#nameWeight = new Float64Array(n).fill(NaN);
    this.#idfName = new Float64Array(t).fill(NaN);
    // Preallocated, so it stays a plain array as terms are read in any order.
    this.#terms = new Array<string | undefined>(t).fill(undefined);
  }

  /** Number k of a number section starting at byte `at`, `width` digits each. */
  #num(at: number, width: number, k: number): number {
    const b = this.#b;
    let v = 0;
    for (let i = at + k * width, end = i + width; i < end; i++) v = (v << 5) | ((b[i] as number) - BASE);
    return v;
  }

  /** Where term `id`'s postings start (in postings); start(termCount) is their total. */
  start(id: number): number {
    return this.#isPacked ? (this.#starts[id] as number) : this.#num(this.#at.starts, WIDTH.starts, id);
  }

  /** Term `id`'s text (each read once: a binary search asks for the same middle terms again and again). */
  term(id: number): string {
    const known = this.#terms[id];
    if (known !== undefined) return known;
    const from = this.#at.termText + this.#num(this.#at.termStarts, WIDTH.termStarts, id);
    return (this.#terms[id] = this.#b.toString("latin1", from, this.#at.termText + this.#num(this.#at.termStarts, WIDTH.termStarts, id + 1) - 1));
  }

  /** Every term as a string (a typo's near terms, the term Map of a long batch). */
  #allTerms(): readonly string[] {
    if (!this.#allRead) {
      const all = this.#b.toString("latin1", this.#at.termText, this.#at.termText + this.#num(this.#at.termStarts, WIDTH.termStarts, this.termCount) - 1).split(" ");
      for (let k = 0; k < all.length; k++) this.#terms[k] ??= all[k] as string;
      this.#allRead = true;
    }
    return this.#terms as string[];
  }

  /** Row `row`'s evidence for search's prior: NO_TEXT | NOT_PRIMARY | EVIDENCE_ALIAS. */
  evidenceOf(row: number): number {
    return this.#num(this.#at.evidence, WIDTH.evidence, row);
  }

  /** Each row's place in name order (see SEARCH_INDEX_FORMAT), decoded at the first call. */
  nameOrder(): Int32Array {
    if (this.#nameOrder.length !== this.rows) {
      const order = new Int32Array(this.rows);
      for (let row = 0; row < this.rows; row++) order[row] = this.#num(this.#at.nameOrder, WIDTH.nameOrder, row);
      this.#nameOrder = order;
    }
    return this.#nameOrder;
  }

  /** The name of `row`'s length in words. */
  nameLengthOf(row: number): number {
    return this.#isPacked ? (this.#nameLengths[row] as number) : this.#num(this.#at.nameLengths, WIDTH.nameLengths, row);
  }

  /** BM25's k1 * (1 - b + b * length / average) for the name of `row`. */
  nameNormOf(row: number): number {
    let v = this.nameNorm[row] as number;
    if (v === 0) v = this.nameNorm[row] = BM25_K1 * (1 - BM25_B + (BM25_B * this.nameLengthOf(row)) / this.averageName);
    return v;
  }

  /** The same for the message of `row`. */
  messageNormOf(row: number): number {
    let v = this.messageNorm[row] as number;
    if (v === 0) v = this.messageNorm[row] = BM25_K1 * (1 - BM25_B + (BM25_B * this.#num(this.#at.messageLengths, WIDTH.messageLengths, row)) / this.averageMessage);
    return v;
  }

  /** Index of `term`, or -1. */
  termId(term: string): number {
    if (!this.#idsBuilt && ++this.#lookups > 4096) this.#buildIds();
    if (this.#idsBuilt) return this.#ids.get(term) ?? -1;
    let lo = 0;
    let hi = this.termCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.term(mid);
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
  }

  #buildIds(): void {
    if (this.#idsBuilt) return;
    const ids = this.#ids;
    this.#allTerms().forEach((t, k) => ids.set(t, k));
    this.#idsBuilt = true;
  }

  /**
   * Term ids starting with `prefix` (lexicographic range), at most `limit`,
   * shortest first. Kept for prefixes of up to SHORT_PREFIX characters
   * (one letter starts thousands of terms; a UI asks for it at every first key).
   */
  prefixed(prefix: string, limit: number): readonly number[] {
    const key = `${limit} ${prefix}`;
    const short = prefix.length <= SHORT_PREFIX;
    const kept = short ? this.#shortPrefixes : this.#prefixes;
    let ids = kept.get(key);
    if (ids === undefined) {
      // Longer prefixes are kept while queries keep coming (a --stdin batch asks for the same ones again).
      if (!short && this.#prefixes.size >= KEPT) this.#prefixes.clear();
      kept.set(key, (ids = Object.freeze(this.#prefixed(prefix, limit))));
    }
    return ids;
  }

  /** Term `id`'s length in characters. */
  #termLength(id: number): number {
    return this.#num(this.#at.termStarts, WIDTH.termStarts, id + 1) - this.#num(this.#at.termStarts, WIDTH.termStarts, id) - 1;
  }

  #prefixed(prefix: string, limit: number): number[] {
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.term(mid) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.termCount && this.term(k).startsWith(prefix); k++) out.push(k);
    if (out.length > limit) {
      out.sort((a, b) => this.#termLength(a) - this.#termLength(b) || a - b);
      out.length = limit;
    }
    return out;
  }

  /** Term ids within `maxEdits` edits (insert, delete, substitute, swap two neighbours) of `word`; kept for the next time it is asked (at most KEPT words). */
  near(word: string, maxEdits: number): readonly Readonly<{ id: number; edits: number }>[] {
    const key = `${maxEdits} ${word}`;
    let found = this.#near.get(key);
    if (found === undefined) {
      if (this.#near.size >= KEPT) this.#near.clear();
      this.#near.set(key, (found = Object.freeze(this.#nearNow(word, maxEdits))));
    }
    return found;
  }

  #nearNow(word: string, maxEdits: number): { id: number; edits: number }[] {
    if (this.#byLength === undefined) {
      const by: number[][] = [];
      this.#allTerms().forEach((t, k) => (by[t.length] ??= []).push(k));
      this.#byLength = by;
    }
    const out: { id: number; edits: number }[] = [];
    for (let len = Math.max(1, word.length - maxEdits); len <= word.length + maxEdits; len++) {
      for (const k of this.#byLength[len] ?? []) {
        const e = editDistance(word, this.term(k), maxEdits);
        if (e <= maxEdits) out.push({ id: k, edits: e });
      }
    }
    return out;
  }

  /**
   * The share of row `row`'s name whose words' terms `marks` holds as
   * `mark`, each word weighted by its idf among names (1 for a word that is
   * not a term). The name's total weight is kept once computed.
   */
  nameCover(row: number, marks: Uint32Array, mark: number): number {
    const at = this.#at.nameTerms;
    const from = this.#num(this.#at.nameTermStarts, WIDTH.nameTermStarts, row);
    const to = this.#num(this.#at.nameTermStarts, WIDTH.nameTermStarts, row + 1);
    let all = this.#nameWeight[row] as number;
    if (all !== all) {
      all = 0;
      for (let k = from; k < to; k++) {
        const id = this.#num(at, WIDTH.nameTerms, k);
        all += id === NO_TERM ? 1 : this.idfName(id);
      }
      this.#nameWeight[row] = all;
    }
    let covered = 0;
    for (let k = from; k < to; k++) {
      const id = this.#num(at, WIDTH.nameTerms, k);
      if (id !== NO_TERM && marks[id] === mark) covered += this.idfName(id);
    }
    return all === 0 ? 0 : covered / all;
  }

  /** How many postings term `id` has (entries holding it). */
  count(id: number): number {
    return this.start(id + 1) - this.start(id);
  }

  /** BM25's idf of term `id` among names, computed once per term. */
  idfName(id: number): number {
    let v = this.#idfName[id] as number;
    if (v !== v) {
      const df = this.dfName(id);
      v = this.#idfName[id] = Math.log(1 + (this.rows - df + 0.5) / (df + 0.5));
    }
    return v;
  }

  /** Entries with term `id` in the name, and in the message. */
  df(id: number): [number, number] {
    return [this.dfName(id), this.dfMessage(id)];
  }

  /** Entries with term `id` in the name. */
  dfName(id: number): number {
    return this.#isPacked ? (this.#df[2 * id] as number) : this.#num(this.#at.dfName, WIDTH.dfName, id);
  }

  /** Entries with term `id` in the message. */
  dfMessage(id: number): number {
    return this.#isPacked ? (this.#df[2 * id + 1] as number) : this.#num(this.#at.dfMessage, WIDTH.dfMessage, id);
  }

  /** The posting of term `id` for `row` as name count * 8 + message count, or -1 (binary search: postings are in row order). */
  find(id: number, row: number): number {
    const packed = this.#packed;
    let lo = this.start(id);
    let hi = this.start(id + 1) - 1;
    if (this.#isPacked) {
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
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = postingRow(p, mid * POSTING);
      if (r < row) lo = mid + 1;
      else if (r > row) hi = mid - 1;
      else return (p[mid * POSTING + 4] as number) - BASE;
    }
    return -1;
  }

  /**
   * The postings as numbers, row * 64 + (name count << 3 | message count),
   * and their starts, once queries keep coming (a --stdin batch), or at
   * once with `now` (a UI while idle); undefined before: a cold search
   * reads the few postings it needs from the text. Once they are numbers,
   * every row's nameNorm and messageNorm are filled too.
   */
  packedPostings(now = false): Uint32Array | undefined {
    if (!this.#isPacked && (now || ++this.#scans > PACK_POSTINGS_AFTER)) {
      const p = this.postings;
      const packed = new Uint32Array(p.length / POSTING);
      for (let k = 0, at = 0; k < packed.length; k++, at += POSTING) packed[k] = postingRow(p, at) * 64 + ((p[at + 4] as number) - BASE);
      const t = this.termCount;
      const starts = new Uint32Array(t + 1);
      for (let k = 0; k <= t; k++) starts[k] = this.#num(this.#at.starts, WIDTH.starts, k);
      const df = new Int32Array(2 * t);
      for (let k = 0; k < t; k++) [df[2 * k], df[2 * k + 1]] = this.df(k);
      const nameLengths = new Uint8Array(this.rows);
      for (let row = 0; row < this.rows; row++) nameLengths[row] = this.nameLengthOf(row);
      this.#starts = starts;
      this.#df = df;
      this.#nameLengths = nameLengths;
      this.#packed = packed;
      this.#isPacked = true;
      // Every row's length norms too: score then reads nameNorm and messageNorm as they are.
      for (let row = 0; row < this.rows; row++) {
        this.nameNormOf(row);
        this.messageNormOf(row);
      }
    }
    return this.#isPacked ? this.#packed : undefined;
  }
}

/** The row of the posting at byte `at`. */
export function postingRow(p: Uint8Array, at: number): number {
  return (((p[at] as number) - 48) << 15) | (((p[at + 1] as number) - 48) << 10) | (((p[at + 2] as number) - 48) << 5) | ((p[at + 3] as number) - 48);
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

/** The index data as the document (pure ASCII; see SEARCH_INDEX_FORMAT). */
function serialize(d: IndexData): string {
  if (d.starts[d.terms.length] !== d.postings.length / POSTING) throw new Error("search index: postings do not match starts");
  const termStarts: number[] = [];
  let at = 0;
  for (const term of d.terms) {
    termStarts.push(at);
    at += term.length + 1;
  }
  termStarts.push(at);
  const sections: Record<Section, string> = {
    termText: d.terms.map((term) => term + " ").join(""),
    termStarts: encAll(termStarts, WIDTH.termStarts, "term start"),
    starts: encAll(d.starts, WIDTH.starts, "postings start"),
    dfName: encAll(d.dfName, WIDTH.dfName, "name df"),
    dfMessage: encAll(d.dfMessage, WIDTH.dfMessage, "message df"),
    nameLengths: encAll(d.nameLengths, WIDTH.nameLengths, "name length"),
    messageLengths: encAll(d.messageLengths, WIDTH.messageLengths, "message length"),
    evidence: encAll(d.evidence, WIDTH.evidence, "evidence"),
    nameOrder: encAll(d.nameOrder, WIDTH.nameOrder, "name order"),
    nameTermStarts: encAll(d.nameTermStarts, WIDTH.nameTermStarts, "name term start"),
    nameTerms: encAll(d.nameTerms, WIDTH.nameTerms, "name term"),
    postings: d.postings,
  };
  const head: IndexHead = { format: SEARCH_INDEX_FORMAT, rows: d.rows, terms: d.terms.length, averageName: d.averageName, averageMessage: d.averageMessage, termTextLength: sections.termText.length, nameTermCount: d.nameTerms.length };
  // Terms are runs of [a-z0-9] (wordsOf) and the numbers digits "0" to "O": nothing JSON escapes.
  return JSON.stringify(head).slice(0, -1) + SECTIONS.map((s) => key(s) + sections[s] + '"').join("") + "}";
}

/** Build time: the index of a catalog as one JSON document (pure ASCII). */
export function serializeSearchIndex(catalog: Catalog): string {
  return serialize(build(catalog));
}

/** Read what serializeSearchIndex wrote (its text or its bytes); throws on a damaged or foreign document. */
export function parseSearchIndex(doc: string | Uint8Array): SearchIndex {
  return new SearchIndex(typeof doc === "string" ? Buffer.from(doc, "latin1") : Buffer.from(doc.buffer, doc.byteOffset, doc.byteLength));
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
    index = parseSearchIndex(serialize(build(catalog)));
    attached.set(catalog, index);
  }
  return index;
}
