import type { Catalog } from "./catalog.js";

/** Entries around one entry: row indexes by value, the entry itself at `at`. */
export interface Nearby {
  rows: number[];
  at: number;
}

// Per catalog: "kind header" -> its rows sorted by value, then name, then row.
const groups = new WeakMap<Catalog, Map<string, number[]>>();

function groupsOf(catalog: Catalog): Map<string, number[]> {
  let g = groups.get(catalog);
  if (g === undefined) {
    g = new Map();
    for (let i = 0; i < catalog.size; i++) {
      const r = catalog.row(i);
      const key = r[1] + " " + r[4];
      const list = g.get(key);
      if (list) list.push(i);
      else g.set(key, [i]);
    }
    for (const list of g.values()) {
      list.sort((a, b) => {
        const ra = catalog.row(a);
        const rb = catalog.row(b);
        return ra[2] - rb[2] || (ra[0] < rb[0] ? -1 : ra[0] > rb[0] ? 1 : 0) || a - b;
      });
    }
    groups.set(catalog, g);
  }
  return g;
}

/**
 * The entries of the same kind and header with the nearest values: up to
 * `count` on each side (default 4), computed from the data alone. This is
 * not a reviewed group; callers should say "nearby in <header>".
 */
export function nearby(catalog: Catalog, index: number, count = 4): Nearby {
  const r = catalog.row(index);
  const list = groupsOf(catalog).get(r[1] + " " + r[4]) ?? [index];
  const pos = list.indexOf(index);
  const start = Math.max(0, pos - count);
  const rows = list.slice(start, pos + count + 1);
  return { rows, at: pos - start };
}
