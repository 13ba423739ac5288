import { CATALOG_FORMAT, CatalogFile, type EntryRow, type FacilityRow, type Source } from "@winerr/core/schema";
import { compareStrings } from "./files.js";
import type { Candidate } from "./import-source.js";

export function facilityRows(table: Map<number, Set<string>>): FacilityRow[] {
  return [...table.entries()].sort((a, b) => a[0] - b[0]).map(([n, names]) => [n, [...names].sort(compareStrings)]);
}

/** YYYY-MM-DD of a file time as the scan gives it ("YYYY-MM-DDTHH:MM:SS", zone already fixed). */
export function dateOf(time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) throw new Error(`no usable file time (${JSON.stringify(time)})`);
  return time.slice(0, 10);
}

export function buildCatalog(input: {
  buildDate: string;
  sources: Source[];
  facilities: { hresult: FacilityRow[]; ntstatus: FacilityRow[] };
  entries: Candidate[];
}): CatalogFile {
  const entries: EntryRow[] = input.entries.map((e) =>
    e.alsoIn !== undefined && e.alsoIn.length > 0
      ? [e.name, e.kind, e.value, e.message, e.header, e.textSource ?? e.source, e.line, e.aliasOf, [...e.alsoIn].sort((a, b) => a - b)]
      : [e.name, e.kind, e.value, e.message, e.header, e.textSource ?? e.source, e.line, e.aliasOf],
  );
  // Validate at the edge: the file core ships must match core's schema.
  return CatalogFile.parse({ format: CATALOG_FORMAT, buildDate: input.buildDate, sources: input.sources, facilities: input.facilities, entries });
}

/** Stable text: fixed key order, one facility and one entry per line. */
export function serializeCatalog(c: CatalogFile): string {
  const rows = (xs: readonly unknown[]): string => (xs.length === 0 ? "[]" : `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(",\n")}\n  ]`);
  return [
    "{",
    `  "format": ${JSON.stringify(c.format)},`,
    `  "buildDate": ${JSON.stringify(c.buildDate)},`,
    `  "sources": ${rows(c.sources)},`,
    `  "facilities": {`,
    `  "hresult": ${rows(c.facilities.hresult)},`,
    `  "ntstatus": ${rows(c.facilities.ntstatus)}`,
    `  },`,
    `  "entries": ${rows(c.entries)}`,
    "}",
    "",
  ].join("\n");
}
