import type { Catalog } from "./catalog.js";
import { conversionsOf, type Conversion } from "./conversions.js";
import { groupMembers, groupOf } from "./group-of.js";
import { nearby } from "./nearby.js";
import type { UnwrapRule } from "./unwrap.js";
import type { Relation } from "./page-schema.js";

/**
 * How a related entry relates, every one computed from the data:
 * - group-neighbour: next to it by value in its reviewed group;
 * - header-neighbour: next to it by value among the same family and header
 *   (only for entries no group selects);
 * - alias: same family and value, another name;
 * - same-value: the same number in another family (what else it can mean);
 * - converts-to / converts-from: a wrapping macro maps one onto the other
 *   (`via` names it);
 * - same-message: another entry with exactly the same official message.
 * The list is the zod enum `Relation` of page-schema.ts.
 */
export type { Relation };

export interface Related {
  index: number;
  relation: Relation;
  via?: UnwrapRule;
}

export interface RelatedOptions {
  /** Neighbours on each side (default 4). */
  neighbours?: number;
  /** Entries listed as same-message at most (default 10); `sameMessageTotal` gives the full count. */
  sameMessage?: number;
}

export interface RelatedList {
  items: Related[];
  /** How many entries share the message in all (items hold at most `sameMessage`). */
  sameMessageTotal: number;
  /** The conversions the converts-to/from items came from (the page lists them too). */
  conversions: Conversion[];
}

/**
 * The entries related to catalog row `index`, in this order: aliases,
 * same value in other families, conversions, neighbours (by value), same
 * message. No entry appears twice;
 * the first relation found is the one kept.
 */
export function relatedOf(catalog: Catalog, index: number, options: RelatedOptions = {}): RelatedList {
  const count = options.neighbours ?? 4;
  const maxSame = options.sameMessage ?? 10;
  const seen = new Set<number>([index]);
  const items: Related[] = [];
  const add = (i: number, relation: Relation, via?: Related["via"]) => {
    if (seen.has(i)) return;
    seen.add(i);
    items.push(via === undefined ? { index: i, relation } : { index: i, relation, via });
  };

  const kind = catalog.kindOf(index);
  const sameValue = catalog.indexesOfValue(catalog.valueOf(index));
  for (const i of sameValue) if (catalog.kindOf(i) === kind) add(i, "alias");
  for (const i of sameValue) add(i, "same-value");

  const conversions = conversionsOf(catalog, index);
  for (const c of conversions) for (const i of c.entries) add(i, c.direction === "to" ? "converts-to" : "converts-from", c.via);

  const group = groupOf(catalog, index);
  if (group !== null) {
    const list = groupMembers(catalog, group.id);
    const pos = list.indexOf(index);
    for (const i of list.slice(Math.max(0, pos - count), pos + count + 1)) add(i, "group-neighbour");
  } else {
    const n = nearby(catalog, index, count);
    for (const i of n.rows) add(i, "header-neighbour");
  }

  let sameMessageTotal = 0;
  if (catalog.hasMessage(index)) {
    const same = catalog.indexesWithSameMessage(index).filter((i) => i !== index);
    sameMessageTotal = same.length;
    let listed = 0;
    for (const i of same) {
      if (listed >= maxSame) break;
      if (!seen.has(i)) listed++;
      add(i, "same-message");
    }
  }
  return { items, sameMessageTotal, conversions };
}
