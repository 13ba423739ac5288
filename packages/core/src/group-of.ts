import type { Catalog } from "./catalog.js";
import { groupAssignmentOf } from "./group-assignment.js";
import { GROUPS } from "./groups/index.js";
import { ruleMatches } from "./groups/match.js";
import { byValue } from "./nearby.js";
import type { GroupRule } from "./groups/types.js";

/** Rules by "kind header", each list highest priority first. */
let byKey: Map<string, GroupRule[]> | undefined;
let byId: Map<string, GroupRule> | undefined;

function rulesFor(kind: string, header: string): readonly GroupRule[] {
  if (byKey === undefined) {
    byKey = new Map();
    for (const r of GROUPS) {
      for (const h of r.headers) {
        const k = r.kind + " " + h;
        const list = byKey.get(k) ?? [];
        list.push(r);
        byKey.set(k, list);
      }
    }
    for (const list of byKey.values()) list.sort((a, b) => b.priority - a.priority);
  }
  return byKey.get(kind + " " + header) ?? [];
}

/** The group rule with this id, if any. */
export function groupById(id: string): GroupRule | undefined {
  byId ??= new Map(GROUPS.map((r) => [r.id, r]));
  return byId.get(id);
}

/**
 * The reviewed group of catalog row `index`, or null when no rule selects
 * it: read from the build's precomputed file when the app registered one
 * (group-assignment.ts), else matched.
 */
export function groupOf(catalog: Catalog, index: number): GroupRule | null {
  const a = assigned.get(catalog) ?? precomputed(catalog);
  if (a !== undefined) {
    if (!(Number.isInteger(index) && index >= 0 && index < a.length)) throw new RangeError(`No catalog entry at index ${index}.`);
    const g = a[index] as number;
    return g < 0 ? null : (GROUPS[g] as GroupRule);
  }
  return matchGroup(catalog, index);
}

function matchGroup(catalog: Catalog, index: number): GroupRule | null {
  const key = { name: catalog.nameOf(index), kind: catalog.kindOf(index), value: catalog.valueOf(index), header: catalog.headerOf(index) };
  for (const r of rulesFor(key.kind, key.header)) if (ruleMatches(r, key)) return r;
  return null;
}

// Per catalog: every row's group (index into GROUPS, -1 none), read from the
// precomputed file or matched once for the whole catalog.
const assigned = new WeakMap<Catalog, Int16Array>();

/** The precomputed groups as GROUPS indexes, if registered and all their ids are known. */
function precomputed(catalog: Catalog): Int16Array | undefined {
  const file = groupAssignmentOf(catalog);
  if (file === null) return undefined;
  const pos = new Map(GROUPS.map((r, i) => [r.id, i]));
  const groups = file.groups.map((id) => pos.get(id) ?? -2);
  if (groups.includes(-2)) return undefined; // built with another table: match instead
  const a = new Int16Array(file.count);
  const w = file.width;
  const rows = file.rows;
  for (let i = 0, at = 0; i < file.count; i++) {
    let k = 0;
    for (let d = 0; d < w; d++, at++) {
      const c = rows.charCodeAt(at);
      k = k * 16 + (c <= 57 ? c - 48 : c - 55);
    }
    a[i] = groups[k] ?? -1; // all F: none
  }
  assigned.set(catalog, a);
  return a;
}

function assignment(catalog: Catalog): Int16Array {
  let a = assigned.get(catalog) ?? precomputed(catalog);
  if (a === undefined) {
    a = new Int16Array(catalog.size).fill(-1);
    const pos = new Map(GROUPS.map((r, i) => [r, i]));
    for (let i = 0; i < catalog.size; i++) {
      const g = matchGroup(catalog, i);
      if (g !== null) a[i] = pos.get(g) as number;
    }
    assigned.set(catalog, a);
  }
  return a;
}

// Per catalog and group: its rows sorted by value, then name, then row.
const members = new WeakMap<Catalog, Map<string, number[]>>();

/**
 * The rows of one group, by value (then name); empty for an unknown id.
 * Reads only the rows of the rule's family and headers, then keeps those
 * the rule selects and whose highest-priority group it is.
 */
export function groupMembers(catalog: Catalog, id: string): readonly number[] {
  let m = members.get(catalog);
  if (m === undefined) members.set(catalog, (m = new Map()));
  let list = m.get(id);
  if (list === undefined) {
    const rule = groupById(id);
    list = [];
    const a = assigned.get(catalog) ?? precomputed(catalog);
    if (rule !== undefined && a !== undefined) {
      const g = GROUPS.indexOf(rule);
      for (let i = 0; i < a.length; i++) if (a[i] === g) list.push(i);
    } else if (rule !== undefined) {
      for (const header of rule.headers) {
        for (const i of catalog.rowsOfKindAndHeader(rule.kind, header)) {
          const value = catalog.valueOf(i) >>> 0;
          // The range first: it spares reading the names of most rows.
          if (rule.range !== undefined && (value < rule.range[0] || value > rule.range[1])) continue;
          const key = { name: catalog.nameOf(i), kind: rule.kind, value, header };
          if (ruleMatches(rule, key) && groupOf(catalog, i) === rule) list.push(i);
        }
      }
    }
    list = byValue(catalog, list);
    m.set(id, list);
  }
  return list;
}

/** How many catalog rows belong to some group. */
export function withGuidanceCount(catalog: Catalog): number {
  let n = 0;
  for (const g of assignment(catalog)) if (g >= 0) n++;
  return n;
}
