import type { Catalog } from "./catalog.js";
import type { Kind } from "./schema.js";

/**
 * The evidence an entry carries, shared by decode's ranking and search's
 * priors (docs/contracts.md, "Ranking"): a code that more of the catalog's
 * header sources define (the SDK, mingw-w64, Wine: independent header sets,
 * each naming the codes real software uses) beats one that fewer define
 * (decode only); then an official text beats none; and a family's primary
 * headers beat the component headers that reuse its values.
 */
export const PRIMARY_HEADERS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  win32: ["winerror.h", "lmerr.h"],
  hresult: ["winerror.h"],
  ntstatus: ["ntstatus.h"],
  bugcheck: ["bugcodes.h"],
};

/** Header sources counted (the SDK, mingw-w64, Wine); more sources than this count as this many. */
export const SOURCES_COUNTED = 3;
/** Bits of evidenceOf: set means weaker. FEWER_SOURCES * (SOURCES_COUNTED - sources defining it). */
export const FEWER_SOURCES = 4;
export const NO_TEXT = 2;
export const NOT_PRIMARY = 1;
/** evidenceOf is below this: ranking keys leave this many steps for it. */
export const EVIDENCE_LEVELS = 16;
const ALIAS = 16;

// isPrimaryHeader's answers by kind and header: a catalog has a few hundred headers for its many rows.
const primary = new Map<Kind, Map<string, boolean>>();

/** Whether `header` (a file name, maybe with folders) is a primary header of `kind`. */
export function isPrimaryHeader(kind: Kind, header: string): boolean {
  let byHeader = primary.get(kind);
  if (byHeader === undefined) primary.set(kind, (byHeader = new Map()));
  let yes = byHeader.get(header);
  if (yes === undefined) {
    const slash = Math.max(header.lastIndexOf("/"), header.lastIndexOf("\\"));
    const file = (slash < 0 ? header : header.slice(slash + 1)).toLowerCase();
    byHeader.set(header, (yes = PRIMARY_HEADERS[kind]?.includes(file) ?? false));
  }
  return yes;
}

// Per catalog row: (evidence | ALIAS) + 1 (0: not computed yet); fits a byte.
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

/** 0 (every source, text, primary header) to 11 (one source of three, no text, component header). */
export function evidenceOf(catalog: Catalog, i: number): number {
  return evidenceIn(catalog, evidenceTable(catalog), i);
}

/** evidenceOf with the table already looked up. */
export function evidenceIn(catalog: Catalog, c: Uint8Array, i: number): number {
  return (fill(catalog, c, i) - 1) & (EVIDENCE_LEVELS - 1);
}

/** Whether row i is an alias (aliasOf set), from the same table. */
export function isAliasIn(catalog: Catalog, c: Uint8Array, i: number): boolean {
  return ((fill(catalog, c, i) - 1) & ALIAS) !== 0;
}

/** The table's entry for row i: (evidence | ALIAS when an alias) + 1, computed once. */
function fill(catalog: Catalog, c: Uint8Array, i: number): number {
  const e = c[i] as number;
  if (e !== 0) return e;
  const v = FEWER_SOURCES * (SOURCES_COUNTED - Math.min(SOURCES_COUNTED, catalog.sourceCountOf(i))) | (catalog.hasMessage(i) ? 0 : NO_TEXT) | (isPrimaryHeader(catalog.kindOf(i), catalog.headerOf(i)) ? 0 : NOT_PRIMARY) | (catalog.aliasOfIndex(i) === null ? 0 : ALIAS);
  c[i] = v + 1;
  return v + 1;
}
