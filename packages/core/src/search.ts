import type { Catalog } from "./catalog.js";
import type { Entry, Kind } from "./schema.js";

/**
 * How an entry matched, best first: the whole name, the name's start, part of
 * the name (spaces read as `_`, so "access denied" finds *_ACCESS_DENIED),
 * every word somewhere in the name, every word somewhere in the message.
 */
export type SearchTier = "name" | "name-prefix" | "name-part" | "name-words" | "message-words";
const TIERS: readonly SearchTier[] = ["name", "name-prefix", "name-part", "name-words", "message-words"];

export interface SearchHit {
  entry: Entry;
  tier: SearchTier;
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  kind?: Kind;
}

/** What searchAll may reuse: the results of an earlier query. */
export interface SearchAllOptions {
  kind?: Kind;
  /**
   * The results of an earlier search; used when this query only adds text
   * at its end (same kind), since the hits of a longer query are then some
   * of the earlier hits (every tier's test implies one of the earlier
   * tests). Otherwise ignored: the answer is the same either way.
   */
  within?: SearchResults;
}

/**
 * Every hit of one query, ranked, but built only when asked for: matching
 * costs one pass over the catalog (no sort, no Entry objects), so a UI that
 * shows a screenful pays for a screenful.
 */
export interface SearchResults {
  /** How many entries match. */
  readonly total: number;
  /** Catalog row index of the hit at rank `k` (0 is best), or undefined. */
  indexAt(k: number): number | undefined;
  tierAt(k: number): SearchTier | undefined;
  /** The hits ranked `start` to `end - 1`. */
  hits(start?: number, end?: number): SearchHit[];
  /** The rank of catalog row `index` among the hits, or -1. */
  rankOf(index: number): number;
}

interface Folded {
  names: string[];
  kinds: Kind[];
  /** Lower-cased names, then messages, joined by NUL (no query word holds one), and where each row's starts. */
  nameText: string;
  nameStarts: Uint32Array;
  messageText: string;
  messageStarts: Uint32Array;
  /** Row indexes in rank order within a tier: shorter name, then name, then row. */
  order: Uint32Array;
  /** Position of each row in `order`. */
  rank: Uint32Array;
}

// Built once per catalog, on first search or prepareSearch.
const folded = new WeakMap<Catalog, Folded>();

function fold(catalog: Catalog): Folded {
  let f = folded.get(catalog);
  if (f === undefined) {
    const n = catalog.size;
    const names = new Array<string>(n);
    const messages = new Array<string>(n);
    const kinds = new Array<Kind>(n);
    const nameStarts = new Uint32Array(n + 1);
    const messageStarts = new Uint32Array(n + 1);
    let nameAt = 0;
    let messageAt = 0;
    for (let i = 0; i < n; i++) {
      const name = catalog.nameOf(i).toLowerCase();
      const message = catalog.messageOf(i)?.toLowerCase() ?? "";
      names[i] = name;
      messages[i] = message;
      kinds[i] = catalog.kindOf(i);
      nameStarts[i] = nameAt;
      messageStarts[i] = messageAt;
      nameAt += name.length + 1;
      messageAt += message.length + 1;
    }
    nameStarts[n] = nameAt;
    messageStarts[n] = messageAt;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (names[a] as string).length - (names[b] as string).length || cmp(names[a] as string, names[b] as string) || a - b);
    const rank = new Uint32Array(n);
    for (let k = 0; k < n; k++) rank[order[k] as number] = k;
    f = { names, kinds, nameText: names.join("\0") + "\0", nameStarts, messageText: messages.join("\0") + "\0", messageStarts, order, rank };
    folded.set(catalog, f);
  }
  return f;
}

/** The row whose text holds offset `at`: the last start at or before it. */
function rowAt(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Calls `found(row)` once for each row whose text holds `word`, in row
 * order: one indexOf over the joined text, jumping to the next row after a hit.
 */
function rowsHolding(text: string, starts: Uint32Array, word: string, found: (row: number, at: number) => void): void {
  for (let at = text.indexOf(word); at !== -1; ) {
    const row = rowAt(starts, at);
    found(row, at);
    at = text.indexOf(word, starts[row + 1] as number);
  }
}

const NO_TIER = 255;

/** Builds what searches read (about 30 ms on the full catalog), e.g. while a UI is idle. */
export function prepareSearch(catalog: Catalog): void {
  fold(catalog);
}

// What a result set was built from, for `within` (kept out of the public shape).
const origins = new WeakMap<SearchResults, { catalog: Catalog; q: string; kind: Kind | undefined; rows: number }>();

/** Below this many earlier hits, a longer query tests those rows instead of the whole catalog. */
const NARROW_MAX = 4000;

/**
 * All entries matching `text` by name, then message text; case-insensitive.
 * Within a tier: shorter names first (closer to the query), then by name.
 */
export function searchAll(catalog: Catalog, text: string, options: SearchAllOptions = {}): SearchResults {
  const q = String(text).trim().toLowerCase().slice(0, 256);
  const words = q.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const kind = options.kind;
  const byTier: number[][] = TIERS.map(() => []);
  if (words.length > 0) {
    const nameQ = words.join("_");
    const f = fold(catalog);
    const prev = options.within === undefined ? undefined : origins.get(options.within);
    if (prev !== undefined && prev.catalog === catalog && prev.kind === kind && prev.q !== "" && q.startsWith(prev.q) && prev.rows <= NARROW_MAX) {
      narrow(f, options.within as SearchResults, prev.rows, nameQ, words, byTier);
    } else {
      const tier = new Uint8Array(catalog.size).fill(NO_TIER);
      rowsHolding(f.nameText, f.nameStarts, nameQ, (row, at) => {
        tier[row] = at > (f.nameStarts[row] as number) ? 2 : (f.names[row] as string).length === nameQ.length ? 0 : 1;
      });
      // Every word in the name (several words only; one is the test above), then in the message.
      if (words.length > 1) everyWord(f.nameText, f.nameStarts, words, tier, 3);
      everyWord(f.messageText, f.messageStarts, words, tier, 4);
      // Visiting rows in rank order leaves each tier's list ranked.
      for (let k = 0; k < f.order.length; k++) {
        const i = f.order[k] as number;
        const t = tier[i] as number;
        if (t !== NO_TIER && (kind === undefined || f.kinds[i] === kind)) (byTier[t] as number[]).push(i);
      }
    }
  }
  const out = ranked(catalog, byTier);
  origins.set(out, { catalog, q: words.length > 0 ? q : "", kind, rows: out.total });
  return out;
}

/** searchAll over the earlier hits only: each tier's test, row by row, then rank order. */
function narrow(f: Folded, within: SearchResults, count: number, nameQ: string, words: string[], byTier: number[][]): void {
  const rows: number[] = [];
  for (let k = 0; k < count; k++) rows.push(within.indexAt(k) as number);
  rows.sort((a, b) => (f.rank[a] as number) - (f.rank[b] as number));
  for (const i of rows) {
    const name = f.names[i] as string;
    const at = name.indexOf(nameQ);
    let t = at > 0 ? 2 : at === 0 ? (name.length === nameQ.length ? 0 : 1) : NO_TIER;
    if (t === NO_TIER && words.length > 1 && words.every((w) => name.includes(w))) t = 3;
    if (t === NO_TIER) {
      const message = f.messageText.slice(f.messageStarts[i] as number, (f.messageStarts[i + 1] as number) - 1);
      if (words.every((w) => message.includes(w))) t = 4;
    }
    if (t !== NO_TIER) (byTier[t] as number[]).push(i);
  }
}

/** Gives tier `t` to each row without one whose text holds every word. */
function everyWord(text: string, starts: Uint32Array, words: string[], tier: Uint8Array, t: number): void {
  // seen[row] = how many of the words so far the row holds, all of them in order.
  const seen = new Uint8Array(tier.length);
  words.forEach((w, j) => {
    rowsHolding(text, starts, w, (row) => {
      if (seen[row] === j) seen[row] = j + 1;
    });
  });
  const all = Math.min(words.length, 255);
  for (let row = 0; row < tier.length; row++) if (seen[row] === all && tier[row] === NO_TIER) tier[row] = t;
}

function ranked(catalog: Catalog, byTier: number[][]): SearchResults {
  // starts[t]: rank of tier t's first hit.
  const starts: number[] = [];
  let total = 0;
  for (const list of byTier) {
    starts.push(total);
    total += list.length;
  }
  const tierOf = (k: number): number => {
    let t = TIERS.length - 1;
    while (t > 0 && (starts[t] as number) > k) t--;
    return t;
  };
  const indexAt = (k: number): number | undefined => {
    if (!(Number.isInteger(k) && k >= 0 && k < total)) return undefined;
    const t = tierOf(k);
    return (byTier[t] as number[])[k - (starts[t] as number)];
  };
  return {
    total,
    indexAt,
    tierAt: (k) => (indexAt(k) === undefined ? undefined : TIERS[tierOf(k)]),
    hits(start = 0, end = total) {
      const out: SearchHit[] = [];
      for (let k = Math.max(0, start); k < Math.min(end, total); k++) {
        const t = tierOf(k);
        out.push({ entry: catalog.entry((byTier[t] as number[])[k - (starts[t] as number)] as number), tier: TIERS[t] as SearchTier });
      }
      return out;
    },
    rankOf(index) {
      for (let t = 0; t < byTier.length; t++) {
        const at = (byTier[t] as number[]).indexOf(index);
        if (at >= 0) return (starts[t] as number) + at;
      }
      return -1;
    },
  };
}

/** The best `limit` hits (default 20) of searchAll. */
export function search(catalog: Catalog, text: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  if (!(limit > 0)) return [];
  return searchAll(catalog, text, options.kind === undefined ? {} : { kind: options.kind }).hits(0, limit);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
