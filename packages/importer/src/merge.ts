import { KINDS, type Kind } from "@winerr/core/schema";
import { compareStrings } from "./files.js";
import { isValueOrWrapOf } from "./evaluate.js";
import type { Candidate } from "./import-source.js";
import { headerRank } from "./rules.js";

export interface Dropped { name: string; kind: Kind; value: number; kept: string; dropped: string }
/** `primary`: what earlier sources define (kept); `secondary`: the later source's other value (not added). */
export interface SourceConflict { name: string; primary: { value: number; kind: Kind; path: string; source: number }[]; secondary: { value: number; kind: Kind; path: string; source: number } }
export interface NameCollision { name: string; defs: { value: number; kind: Kind; path: string }[] }

export interface Merged {
  entries: Candidate[];
  duplicates: Dropped[];
  conflicts: SourceConflict[];
  /** Names the secondary source defines with the primary's value too (nothing added). */
  agreed: number;
  collisions: NameCollision[];
  /** Secondary entries not added because the primary left the same name out by a rule. */
  ruledOut: Candidate[];
}

const priority = (a: Candidate, b: Candidate): number =>
  a.source - b.source ||
  headerRank(a.header) - headerRank(b.header) ||
  Number(a.message === null) - Number(b.message === null) ||
  compareStrings(a.path, b.path) ||
  a.line - b.line;

/** Catalog order: kind (schema order), value, name, header. */
export function entryOrder(a: Candidate, b: Candidate): number {
  return KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.value - b.value || compareStrings(a.name, b.name) || compareStrings(a.header, b.header) || compareStrings(a.path, b.path);
}

/** One entry per (name, kind, value); the best header wins (README, "Duplicates"). */
function dedupe(cands: Candidate[]): { kept: Candidate[]; duplicates: Dropped[] } {
  const best = new Map<string, Candidate>();
  const duplicates: Dropped[] = [];
  for (const c of [...cands].sort(priority)) {
    const key = `${c.name}\u0000${c.kind}\u0000${c.value}`;
    const prev = best.get(key);
    if (prev === undefined) best.set(key, { ...c });
    else duplicates.push({ name: c.name, kind: c.kind, value: c.value, kept: prev.path, dropped: c.path });
  }
  return { kept: [...best.values()], duplicates };
}

/**
 * Sources in order of authority: everything of the first; from each later
 * one only names no earlier source has. A name a later source defines with
 * another value than an earlier one is a conflict: reported, the earlier
 * value kept, the later one not added. A name an earlier source left out by
 * a rule is not added from a later one either. A later source that defines a
 * kept name with the same value is recorded in the entry's `alsoIn` (the
 * ranking's corroboration, docs/contracts.md "Ranking").
 */
export function mergeSources(
  primary: Candidate[],
  secondary: Candidate[],
  primaryLeftOut: ReadonlySet<string> = new Set(),
  more: { candidates: Candidate[]; leftOut: ReadonlySet<string> }[] = [],
  secondaryLeftOut: ReadonlySet<string> = new Set(),
): Merged {
  const p = dedupe(primary);
  const byName = new Map<string, Candidate[]>();
  for (const c of p.kept) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const conflicts: SourceConflict[] = [];
  const added: Candidate[] = [];
  const ruledOut: Candidate[] = [];
  const duplicates = [...p.duplicates];
  let agreed = 0;
  const leftOutSoFar = new Set(primaryLeftOut);
  for (const later of [{ candidates: secondary, leftOut: secondaryLeftOut }, ...more]) {
    const s = dedupe(later.candidates);
    duplicates.push(...s.duplicates);
    const fresh = new Map<string, Candidate[]>();
    for (const c of s.kept.sort(entryOrder)) {
      const same = byName.get(c.name);
      // A name an earlier source's headers define but a rule left out is not a code there either.
      if (same === undefined && leftOutSoFar.has(c.name)) { ruledOut.push(c); continue; }
      if (same === undefined) { added.push(c); fresh.set(c.name, [...(fresh.get(c.name) ?? []), c]); continue; }
      const agreeing = same.filter((x) => x.value === c.value);
      if (agreeing.length > 0) {
        agreed++;
        for (const x of agreeing) if (!(x.alsoIn ?? []).includes(c.source)) x.alsoIn = [...(x.alsoIn ?? []), c.source];
        continue;
      }
      conflicts.push({ name: c.name, primary: same.map((x) => ({ value: x.value, kind: x.kind, path: x.path, source: x.source })), secondary: { value: c.value, kind: c.kind, path: c.path, source: c.source } });
    }
    for (const [name, list] of fresh) byName.set(name, list);
    for (const n of later.leftOut) leftOutSoFar.add(n);
  }
  const entries = [...p.kept, ...added].sort(entryOrder);
  // aliasOf must name a catalog entry (core's parseCatalogFile checks it) whose
  // value this one is, or wraps (HRESULT_FROM_WIN32(ERROR_X)): a target that did not
  // make it (a conflict left it out), or has another value, is dropped from the link.
  const values = new Map<string, number[]>();
  for (const e of entries) values.set(e.name, [...(values.get(e.name) ?? []), e.value]);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.aliasOf !== null && !(values.get(e.aliasOf) ?? []).some((t) => isValueOrWrapOf(e.value, t))) entries[i] = { ...e, aliasOf: null };
  }
  const seen = new Map<string, Candidate[]>();
  for (const e of entries) seen.set(e.name, [...(seen.get(e.name) ?? []), e]);
  const collisions: NameCollision[] = [];
  for (const [name, list] of seen) {
    if (new Set(list.map((x) => x.value)).size > 1) collisions.push({ name, defs: list.map((x) => ({ value: x.value, kind: x.kind, path: x.path })) });
  }
  collisions.sort((a, b) => compareStrings(a.name, b.name));
  conflicts.sort((a, b) => compareStrings(a.name, b.name) || a.secondary.source - b.secondary.source);
  return { entries, duplicates, conflicts, agreed, collisions, ruledOut };
}
