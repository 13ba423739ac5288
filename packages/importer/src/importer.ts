import type { CatalogFile, Source } from "@winerr/core/schema";
import { buildCatalog, dateOf, facilityRows } from "./catalog.js";
import { scanSource, type SourceScan } from "./import-source.js";
import { mergeSources, type Merged } from "./merge.js";
import { fillDotnetTexts, type DotnetReport, type DotnetRuntime } from "./dotnet.js";
import { compareMui, readMuiFolder, type MuiReport } from "./mui.js";

export interface SourceInput { root: string; source: Source }

export interface ImportResult { catalog: CatalogFile; scans: SourceScan[]; merged: Merged; sources: SourceInput[]; mui?: MuiReport; dotnet?: DotnetReport }

/**
 * Reads the sources in order of authority (index 0: the SDK, then mingw-w64,
 * then Wine), merges, validates.
 */
export function runImport(primary: SourceInput, secondary: SourceInput | null, more: SourceInput[] = []): ImportResult {
  const sources = [primary, ...(secondary ? [secondary] : []), ...more];
  const scans = sources.map((s, i) => scanSource(s.root, i));
  const leftOut = (i: number) => new Set(scans[i]!.leftOut.map((x) => x.name));
  const merged = mergeSources(
    scans[0]!.candidates,
    scans[1]?.candidates ?? [],
    leftOut(0),
    scans.slice(2).map((s, k) => ({ candidates: s.candidates, leftOut: leftOut(k + 2) })),
    scans.length > 1 ? leftOut(1) : new Set(),
  );
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

/**
 * --mui DIR: compares the folder's message-table files with the catalog and
 * adds the comparison to the result. The catalog is unchanged unless `fill`
 * (--fill-missing-from-mui): then entries without a message take the MUI
 * text, with a new source row per file that gave one. SDK texts are never replaced.
 */
export function applyMui(result: ImportResult, dir: string, fill: boolean): ImportResult {
  const files = readMuiFolder(dir);
  const base = result.catalog.sources;
  const { report, entries, sources } = compareMui(dir, files, result.merged.entries, fill, base.length);
  if (sources.length === 0) return { ...result, mui: report };
  const catalog = buildCatalog({
    buildDate: result.catalog.buildDate,
    sources: [...base, ...sources],
    facilities: result.catalog.facilities,
    entries,
  });
  return { ...result, catalog, merged: { ...result.merged, entries }, mui: report };
}

/**
 * --dotnet-runtime DIR: HRESULT entries without a message take the .NET
 * runtime's text from mscorrc.dll's string table (dotnet.ts, urtStringId),
 * with a new source row naming the header's source and the runtime pack with its version. Header texts are never replaced.
 */
export function applyDotnet(result: ImportResult, runtime: DotnetRuntime): ImportResult {
  const base = result.catalog.sources;
  const { entries, report, sources } = fillDotnetTexts(result.merged.entries, runtime, base);
  if (report.filled.length === 0) return { ...result, dotnet: report };
  const catalog = buildCatalog({ buildDate: result.catalog.buildDate, sources: [...base, ...sources], facilities: result.catalog.facilities, entries });
  return { ...result, catalog, merged: { ...result.merged, entries }, dotnet: report };
}
