import { formatHex, hresultBits, loadCatalog, ntstatusBits, parseMessage, toSigned, type Catalog, type CatalogFile, type EntryRow, type Kind } from "@winerr/core";
import { KINDS } from "@winerr/core/schema";
import {
  EXPORT_SCHEMA_FILE,
  EXPORT_SCHEMA_VERSION,
  type ExportDocument,
  type ExportEntry,
  type ExportFacility,
  type ExportPlaceholder,
} from "@winerr/core/export-schema";

export interface Filter {
  /** Families to keep; null keeps all. */
  kinds: Kind[] | null;
  /** Header file names to keep (compared ignoring ASCII case); null keeps all. */
  headers: string[] | null;
}

export const NO_FILTER: Filter = { kinds: null, headers: null };

function normalFilter(filter: Filter): { kinds: Kind[] | null; headers: string[] | null } {
  return {
    kinds: filter.kinds === null ? null : KINDS.filter((k) => (filter.kinds as Kind[]).includes(k)),
    headers: filter.headers === null ? null : [...new Set(filter.headers.map(asciiLower))].sort(byCodeUnit),
  };
}

/** The rows a filter keeps, in the export's canonical order. */
export function keptRows(catalog: Catalog, filter: Filter): number[] {
  const { kinds, headers } = normalFilter(filter);
  const keep: number[] = [];
  for (let i = 0; i < catalog.size; i++) {
    const r = catalog.row(i);
    if (kinds !== null && !kinds.includes(r[1])) continue;
    if (headers !== null && !headers.includes(asciiLower(r[4]))) continue;
    keep.push(i);
  }
  return keep.sort((a, b) => compareRows(catalog, a, b));
}

/**
 * The export document for a catalog: entries in a canonical order, so the
 * same data gives the same bytes even if the importer reorders rows. Pure:
 * no clock, no locale (every comparison is by UTF-16 code unit).
 */
export function buildDocument(file: CatalogFile, filter: Filter = NO_FILTER): ExportDocument {
  const catalog = loadCatalog(file);
  const { kinds, headers } = normalFilter(filter);
  const keep = keptRows(catalog, filter);
  // Counts come from core's manifest of the kept rows.
  const m = loadCatalog({ ...file, entries: keep.map((i) => catalog.row(i)) }).manifest();
  return {
    $schema: EXPORT_SCHEMA_FILE,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    buildDate: catalog.buildDate,
    sources: catalog.sources.map((s) => ({ id: s.id, name: s.name, version: s.version })),
    filter: { kinds, headers },
    counts: { entries: m.entries, withMessage: m.withMessage, byKind: { ...m.byKind }, headers: m.headers },
    facilities: { hresult: facilityTable(catalog, file, "hresult"), ntstatus: facilityTable(catalog, file, "ntstatus") },
    entries: keep.map((i) => exportEntry(catalog, i)),
  };
}

/** One entry with everything a consumer needs, computed by core's functions. */
export function exportEntry(catalog: Catalog, index: number): ExportEntry {
  const e = catalog.entry(index);
  let facility: ExportFacility | null = null;
  let severity: ExportEntry["severity"] = null;
  if (e.kind === "hresult" || e.kind === "ntstatus") {
    const bits = e.kind === "hresult" ? hresultBits(e.value, catalog) : ntstatusBits(e.value, catalog);
    facility = { number: bits.facility, names: [...bits.facilityNames] };
    severity = bits.severity;
  }
  return {
    name: e.name,
    kind: e.kind,
    value: e.value,
    hex: formatHex(e.value),
    signed: toSigned(e.value),
    facility,
    severity,
    message: e.message,
    placeholders: e.message === null ? [] : placeholders(e.message),
    header: e.header,
    provenance: { source: e.source.id, version: e.source.version, line: e.line },
    aliasOf: e.aliasOf,
    aliases: aliases(catalog, index),
  };
}

function placeholders(message: string): ExportPlaceholder[] {
  const out: ExportPlaceholder[] = [];
  for (const p of parseMessage(message)) {
    if (p.type !== "insert") continue;
    if (p.syntax === "formatmessage") out.push({ raw: p.raw, syntax: p.syntax, index: p.index, format: p.format ?? null });
    else out.push({ raw: p.raw, syntax: p.syntax, index: null, format: p.format });
  }
  return out;
}

/** Other names with this entry's value in its family, over the whole catalog. */
function aliases(catalog: Catalog, index: number): string[] {
  const [name, kind, value] = catalog.row(index);
  const names = new Set<string>();
  for (const i of catalog.indexesOfValue(value)) {
    const r = catalog.row(i);
    if (r[1] === kind && r[0] !== name) names.add(r[0]);
  }
  return [...names].sort(byCodeUnit);
}

function facilityTable(catalog: Catalog, file: CatalogFile, table: "hresult" | "ntstatus"): ExportFacility[] {
  const numbers = [...new Set(file.facilities[table].map(([n]) => n))].sort((a, b) => a - b);
  return numbers.map((n) => ({ number: n, names: [...catalog.facilityNames(table, n)] }));
}

function compareRows(catalog: Catalog, a: number, b: number): number {
  const x: EntryRow = catalog.row(a);
  const y: EntryRow = catalog.row(b);
  return (
    KINDS.indexOf(x[1]) - KINDS.indexOf(y[1]) ||
    x[2] - y[2] ||
    byCodeUnit(x[0], y[0]) ||
    byCodeUnit(x[4], y[4]) ||
    byCodeUnit(catalog.sources[x[5]]?.id ?? "", catalog.sources[y[5]]?.id ?? "") ||
    x[6] - y[6]
  );
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower-case A-Z only: header names are ASCII, and toLowerCase is locale-free but this is explicit. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
