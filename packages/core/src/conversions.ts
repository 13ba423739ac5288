import type { Catalog } from "./catalog.js";
import type { Kind } from "./schema.js";
import type { UnwrapRule } from "./unwrap.js";
import { unwrap } from "./unwrap.js";
import { wrap } from "./wrap.js";

/**
 * One conversion of an entry's value by a wrapping macro: "to" is the
 * macro applied to this entry (a 13857 becomes HRESULT 0x80073621), "from"
 * is the value this entry would be built from. `entries` are the catalog
 * rows of that family with that value (often none: the macros' results are
 * mostly not named in the headers).
 */
export interface Conversion {
  via: UnwrapRule;
  direction: "to" | "from";
  kind: Kind;
  value: number;
  entries: number[];
}

function landing(catalog: Catalog, kind: Kind, value: number): number[] {
  return catalog.indexesOfValue(value).filter((i) => catalog.kindOf(i) === kind);
}

/** The conversions of catalog row `index`, forwards first. */
export function conversionsOf(catalog: Catalog, index: number): Conversion[] {
  const kind = catalog.kindOf(index);
  const value = catalog.valueOf(index);
  const out: Conversion[] = [];
  for (const w of wrap(kind, value)) out.push({ via: w.via, direction: "to", kind: w.kind, value: w.value, entries: landing(catalog, w.kind, w.value) });
  // Only the rules whose wrapped form is this entry's family (a status with
  // the reserved N bit is not an HRESULT_FROM_NT).
  for (const u of unwrap(value)) {
    if (!wrap(u.kind, u.value).some((w) => w.via === u.via && w.kind === kind && w.value === value)) continue;
    out.push({ via: u.via, direction: "from", kind: u.kind, value: u.value, entries: landing(catalog, u.kind, u.value) });
  }
  return out;
}
