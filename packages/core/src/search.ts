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
  messages: string[];
  kinds: Kind[];
  /** Row indexes in rank order within a tier: shorter name, then name, then row. */
  order: Uint32Array;
}

// Lower-cased names and messages and the rank order, built once per catalog
// on first search.
const folded = new WeakMap<Catalog, Folded>();

function fold(catalog: Catalog): Folded {
  let f = folded.get(catalog);
  if (f === undefined) {
    const n = catalog.size;
    const names = new Array<string>(n);
    const messages = new Array<string>(n);
    const kinds = new Array<Kind>(n);
    for (let i = 0; i < n; i++) {
      const r = catalog.row(i);
      names[i] = r[0].toLowerCase();
      messages[i] = r[3] === null ? "" : r[3].toLowerCase();
      kinds[i] = r[1];
    }
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (names[a] as string).length - (names[b] as string).length || cmp(names[a] as string, names[b] as string) || a - b);
    f = { names, messages, kinds, order };
    folded.set(catalog, f);
  }
  return f;
}

/** Builds what searches read (about 30 ms on the full catalog), e.g. while a UI is idle. */
export function prepareSearch(catalog: Catalog): void {
  fold(catalog);
}

/**
 * All entries matching `text` by name, then message text; case-insensitive.
 * Within a tier: shorter names first (closer to the query), then by name.
 */
export function searchAll(catalog: Catalog, text: string, options: Pick<SearchOptions, "kind"> = {}): SearchResults {
  const q = String(text).trim().toLowerCase().slice(0, 256);
  const words = q.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const byTier: number[][] = TIERS.map(() => []);
  if (words.length > 0) {
    const nameQ = words.join("_");
    const { names, messages, kinds, order } = fold(catalog);
    const kind = options.kind;
    // One word: "every word in the name" is the name-part test again.
    const several = words.length > 1;
    // Visiting rows in rank order leaves each tier's list ranked.
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      if (kind !== undefined && kinds[i] !== kind) continue;
      const n = names[i] as string;
      let t: number;
      if (n.includes(nameQ)) t = n.length === nameQ.length ? 0 : n.startsWith(nameQ) ? 1 : 2;
      else if (several && words.every((w) => n.includes(w))) t = 3;
      else if (words.every((w) => (messages[i] as string).includes(w))) t = 4;
      else continue;
      (byTier[t] as number[]).push(i);
    }
  }
  return ranked(catalog, byTier);
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
