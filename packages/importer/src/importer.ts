import type { CatalogFile, Source } from "@winerr/core/schema";
import { buildCatalog, dateOf, facilityRows } from "./catalog.js";
import { scanSource, type SourceScan } from "./import-source.js";
import { mergeSources, type Merged } from "./merge.js";

export interface SourceInput { root: string; source: Source }

export interface ImportResult { catalog: CatalogFile; scans: SourceScan[]; merged: Merged; sources: SourceInput[] }

/** Reads the primary source (index 0) and the secondary (index 1), merges, validates. */
export function runImport(primary: SourceInput, secondary: SourceInput | null): ImportResult {
  const sources = secondary ? [primary, secondary] : [primary];
  const scans = sources.map((s, i) => scanSource(s.root, i));
  const merged = mergeSources(scans[0]!.candidates, scans[1]?.candidates ?? [], new Set(scans[0]!.leftOut.map((x) => x.name)));
  // Facilities come from the primary's winerror.h / ntstatus.h only.
  const fac = scans[0]!.facilities;
  const usedSources = new Set(merged.entries.map((e) => e.source));
  const newest = scans.filter((s) => usedSources.has(s.source) || s.source === 0).map((s) => s.newestTime).reduce((a, b) => (b > a ? b : a), "");
  const catalog = buildCatalog({
    buildDate: dateOf(newest),
    sources: sources.map((s) => s.source),
    facilities: { hresult: facilityRows(fac.hresult), ntstatus: facilityRows(fac.ntstatus) },
    entries: merged.entries,
  });
  return { catalog, scans, merged, sources };
}
