import type { Catalog } from "./catalog.js";
import type { Kind } from "./schema.js";

/**
 * The evidence an entry carries, shared by decode's ranking and search's
 * priors (docs/contracts.md, "Ranking"): an official text beats none, and a
 * family's primary headers beat the component headers that reuse its values.
 */
export const PRIMARY_HEADERS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  win32: ["winerror.h", "lmerr.h"],
  hresult: ["winerror.h"],
  ntstatus: ["ntstatus.h"],
  bugcheck: ["bugcodes.h"],
};

/** Bits of evidenceOf: set means weaker. */
export const NO_TEXT = 2;
export const NOT_PRIMARY = 1;
const ALIAS = 4;

/** Whether `header` (a file name, maybe with folders) is a primary header of `kind`. */
export function isPrimaryHeader(kind: Kind, header: string): boolean {
  const slash = Math.max(header.lastIndexOf("/"), header.lastIndexOf("\\"));
  const file = (slash < 0 ? header : header.slice(slash + 1)).toLowerCase();
  return PRIMARY_HEADERS[kind]?.includes(file) ?? false;
}

// Per catalog row: (evidence | ALIAS) + 1 (0: not computed yet).
const cache = new WeakMap<Catalog, Uint8Array>();

/** The catalog's evidence table for evidenceIn (one lookup per query, not per row). */
export function evidenceTable(catalog: Catalog): Uint8Array {
  let c = cache.get(catalog);
  if (c === undefined) {
    c = new Uint8Array(catalog.size);
    cache.set(catalog, c);
  }
  return c;
}

/** 0 (text, primary header) to 3 (no text, component header): NO_TEXT | NOT_PRIMARY. */
export function evidenceOf(catalog: Catalog, i: number): number {
  return evidenceIn(catalog, evidenceTable(catalog), i);
}

/** evidenceOf with the table already looked up. */
export function evidenceIn(catalog: Catalog, c: Uint8Array, i: number): number {
  return (fill(catalog, c, i) - 1) & 3;
}

/** Whether row i is an alias (aliasOf set), from the same table. */
export function isAliasIn(catalog: Catalog, c: Uint8Array, i: number): boolean {
  return ((fill(catalog, c, i) - 1) & ALIAS) !== 0;
}

/** The table's entry for row i: (evidence | ALIAS when an alias) + 1, computed once. */
function fill(catalog: Catalog, c: Uint8Array, i: number): number {
  const e = c[i] as number;
  if (e !== 0) return e;
  const v = (catalog.hasMessage(i) ? 0 : NO_TEXT) | (isPrimaryHeader(catalog.kindOf(i), catalog.headerOf(i)) ? 0 : NOT_PRIMARY) | (catalog.aliasOfIndex(i) === null ? 0 : ALIAS);
  c[i] = v + 1;
  return v + 1;
}
