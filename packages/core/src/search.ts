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

interface Folded {
  names: string[];
  messages: string[];
}

// Lower-cased names and messages, built once per catalog on first search.
const folded = new WeakMap<Catalog, Folded>();

function fold(catalog: Catalog): Folded {
  let f = folded.get(catalog);
  if (f === undefined) {
    const names = new Array<string>(catalog.size);
    const messages = new Array<string>(catalog.size);
    for (let i = 0; i < catalog.size; i++) {
      const r = catalog.row(i);
      names[i] = r[0].toLowerCase();
      messages[i] = r[3] === null ? "" : r[3].toLowerCase();
    }
    f = { names, messages };
    folded.set(catalog, f);
  }
  return f;
}

/**
 * Entries ranked by name, then message text; case-insensitive. Within a
 * tier: shorter names first (closer to the query), then by name.
 */
export function search(catalog: Catalog, text: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const q = String(text).trim().toLowerCase().slice(0, 256);
  const words = q.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (limit <= 0 || words.length === 0) return [];
  const nameQ = words.join("_");
  const { names, messages } = fold(catalog);
  const byTier: number[][] = TIERS.map(() => []);
  for (let i = 0; i < names.length; i++) {
    if (options.kind !== undefined && catalog.row(i)[1] !== options.kind) continue;
    const n = names[i] as string;
    let t: number;
    if (n === nameQ) t = 0;
    else if (n.startsWith(nameQ)) t = 1;
    else if (n.includes(nameQ)) t = 2;
    else if (words.every((w) => n.includes(w))) t = 3;
    else if (words.every((w) => (messages[i] as string).includes(w))) t = 4;
    else continue;
    (byTier[t] as number[]).push(i);
  }
  const hits: SearchHit[] = [];
  for (let t = 0; t < TIERS.length && hits.length < limit; t++) {
    const list = (byTier[t] as number[]).sort(
      (a, b) => (names[a] as string).length - (names[b] as string).length || cmp(names[a] as string, names[b] as string) || a - b,
    );
    for (const i of list) {
      if (hits.length >= limit) break;
      hits.push({ entry: catalog.entry(i), tier: TIERS[t] as SearchTier });
    }
  }
  return hits;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
