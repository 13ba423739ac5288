import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Source } from "@winerr/core/schema";
import { LANG_EN_US, MessageTableError, readStringTables } from "@winerr/msgtable";
import { compareStrings } from "./files.js";
import type { Candidate } from "./import-source.js";
import { normaliseText } from "./mui.js";

/** The NuGet package of the .NET runtime for Windows x64; the SDK picks its version. */
export const DOTNET_RUNTIME_PACKAGE = "microsoft.netcore.app.runtime.win-x64";
/** Where the package keeps the runtime's resource DLL. */
export const MSCORRC = join("runtimes", "win-x64", "native", "mscorrc.dll");

/**
 * dotnet/runtime src/coreclr/dlls/mscorrc/resource.h: a failing HRESULT of
 * FACILITY_URT (19) with HRESULT_CODE below MAX_URT_HRESULT_CODE (0x3000) has
 * its description at string id MSG_FOR_URT_HR(hr) = 0x6000 + HRESULT_CODE(hr);
 * the runtime looks texts up so (utilcode's GetHRMsg, the verifier).
 */
export const URT_FACILITY = 19;
export const URT_STRING_BASE = 0x6000;
export const MAX_URT_HRESULT_CODE = 0x3000;

/** The string id the runtime reads a value's text from, or null when it reads none. */
export function urtStringId(value: number): number | null {
  const failing = value >= 0x80000000;
  const facility = (value >>> 16) & 0x1fff;
  const code = value & 0xffff;
  return failing && facility === URT_FACILITY && code < MAX_URT_HRESULT_CODE ? URT_STRING_BASE + code : null;
}

export class DotnetRuntimeError extends Error {}

export interface DotnetRuntime {
  /** The package version folder (what the SDK restored). */
  dir: string;
  version: string;
  /** en-US strings in the 0x6000 .. 0x8FFF range, by id. */
  texts: Map<number, string>;
}

/** Numeric version order for folder names like 10.0.12 (a pre-release tag sorts before its release). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : compareStrings(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** The newest restored version folder of the runtime pack under a NuGet root, or null. */
export function defaultDotnetRuntime(nugetRoot: string): string | null {
  const root = join(nugetRoot, DOTNET_RUNTIME_PACKAGE);
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, MSCORRC))).sort(compareVersions);
  const newest = versions.at(-1);
  return newest === undefined ? null : join(root, newest);
}

/** Reads mscorrc.dll of a runtime pack version folder; a missing or damaged file is a DotnetRuntimeError. */
export function readDotnetRuntime(dir: string): DotnetRuntime {
  const file = join(dir, MSCORRC);
  if (!existsSync(file) || !statSync(file).isFile()) throw new DotnetRuntimeError(`${file} not found (--dotnet-runtime is a ${DOTNET_RUNTIME_PACKAGE}/<version> folder)`);
  let tables;
  try {
    tables = readStringTables(new Uint8Array(readFileSync(file)));
  } catch (e) {
    if (e instanceof MessageTableError) throw new DotnetRuntimeError(`${file}: ${e.message}`);
    throw e;
  }
  const en = tables.find((t) => t.lang === LANG_EN_US);
  if (en === undefined) throw new DotnetRuntimeError(`${file} has no en-US string table`);
  const texts = new Map<number, string>();
  for (const e of en.entries) if (e.id >= URT_STRING_BASE && e.id < URT_STRING_BASE + MAX_URT_HRESULT_CODE) texts.set(e.id, e.text);
  return { dir, version: basename(dir), texts };
}

export interface DotnetReport {
  source: Source;
  /** Strings in the HRESULT range. */
  strings: number;
  filled: { name: string; value: number; header: string; text: string }[];
  /** Entries the rule applies to that already had a header text (kept). */
  kept: { name: string; value: number; header: string; same: boolean }[];
  /** Entries the rule applies to, without a string in the table. */
  noString: { name: string; value: number; header: string }[];
  /** String ids whose HRESULT no catalog entry has. */
  noEntry: { id: number; value: number; text: string }[];
}

/**
 * Gives each HRESULT entry without a message the runtime's text for it
 * (urtStringId), normalised as MUI texts are. The catalog row has one source
 * index, so a filled entry's row names a new source row that says both: the
 * header's source (where the define is) and the runtime pack (where the text
 * is), e.g. "mingw-w64-common 10.0.0-3, text: microsoft.netcore.app.runtime.win-x64
 * mscorrc.dll" at the pack's version. Header and line still locate the define.
 * A header text is never replaced.
 */
export function fillDotnetTexts(entries: readonly Candidate[], runtime: DotnetRuntime, base: readonly Source[]): { entries: Candidate[]; report: DotnetReport; sources: Source[] } {
  const source: Source = { id: "dotnet-runtime", name: `${DOTNET_RUNTIME_PACKAGE} mscorrc.dll`, version: runtime.version };
  const report: DotnetReport = { source, strings: runtime.texts.size, filled: [], kept: [], noString: [], noEntry: [] };
  const rows = new Map<number, number>();
  const sources: Source[] = [];
  const rowFor = (headerSource: number): number => {
    let row = rows.get(headerSource);
    if (row === undefined) {
      const h = base[headerSource];
      if (h === undefined) throw new Error(`no source row ${headerSource}`);
      row = base.length + sources.length;
      rows.set(headerSource, row);
      sources.push({ id: `${h.id}-${source.id}`, name: `${h.name} ${h.version}, text: ${source.name}`, version: runtime.version });
    }
    return row;
  };
  const used = new Set<number>();
  const out = entries.map((e) => {
    const id = e.kind === "hresult" ? urtStringId(e.value) : null;
    if (id === null) return e;
    const raw = runtime.texts.get(id);
    const text = raw === undefined ? "" : normaliseText(raw);
    if (raw !== undefined) used.add(id);
    const row = { name: e.name, value: e.value, header: e.header };
    if (text === "") { report.noString.push(row); return e; }
    if (e.message !== null) { report.kept.push({ ...row, same: normaliseText(e.message) === text }); return e; }
    report.filled.push({ ...row, text });
    return { ...e, message: text, textSource: rowFor(e.source) };
  });
  for (const [id, text] of runtime.texts) if (!used.has(id)) report.noEntry.push({ id, value: (0x80000000 | (URT_FACILITY << 16) | (id - URT_STRING_BASE)) >>> 0, text });
  report.noEntry.sort((a, b) => a.id - b.id);
  return { entries: out, report, sources };
}

const hex8 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(8, "0")}`;
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** REPORT.md's ".NET runtime texts" section. */
export function renderDotnetSection(r: DotnetReport): string[] {
  const out = ["## .NET runtime texts", ""];
  out.push(
    `${r.source.name} ${r.source.version} (the version the .NET SDK restored; --dotnet-runtime). A filled entry's catalog row names a source row that gives both the header's source and the runtime pack. The runtime keeps the text of a failing FACILITY_URT HRESULT with code below 0x3000 at string id 0x6000 + code of mscorrc.dll's en-US string table (dotnet/runtime src/coreclr/dlls/mscorrc/resource.h, MSG_FOR_URT_HR). An HRESULT entry without a header text takes that string (CRLF as LF, trailing whitespace dropped); a header text is never replaced.`,
    "",
    `- strings in the range: ${r.strings}`,
    `- entries given the runtime's text: ${r.filled.length}`,
    `- entries with a header text, kept: ${r.kept.length} (${r.kept.filter((k) => k.same).length} the same text)`,
    `- entries in the range with no string: ${r.noString.length}`,
    `- strings whose HRESULT no entry has: ${r.noEntry.length}`,
    "",
  );
  const byHeader = new Map<string, number>();
  for (const f of r.filled) byHeader.set(f.header, (byHeader.get(f.header) ?? 0) + 1);
  if (byHeader.size > 0) out.push("| header | entries given a text |", "|---|---|", ...[...byHeader].sort((a, b) => compareStrings(a[0], b[0])).map(([h, n]) => `| ${h} | ${n} |`), "");
  if (r.noString.length > 0) out.push("Entries with no string:", "", "| name | value | header |", "|---|---|---|", ...r.noString.map((x) => `| ${x.name} | ${hex8(x.value)} | ${x.header} |`), "");
  if (r.noEntry.length > 0) out.push("Strings whose HRESULT no entry has:", "", "| string id | HRESULT | text |", "|---|---|---|", ...r.noEntry.map((x) => `| 0x${x.id.toString(16).toUpperCase()} | ${hex8(x.value)} | ${cell(JSON.stringify(x.text.length > 120 ? `${x.text.slice(0, 120)}...` : x.text))} |`), "");
  return out;
}
