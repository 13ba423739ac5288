import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Source } from "@winerr/core/schema";
import { moduleIdMatches } from "@winerr/host/message-override";
import { LANG_EN_US, languagesOf, MessageTableError, readFileVersion, readMessageTables } from "@winerr/msgtable";
import { compareStrings } from "./files.js";
import type { Candidate } from "./import-source.js";

/** Message-table files --mui reads: MUI files, and for tests PE files (.dll, .exe). */
export const MUI_FILE = /\.(mui|dll|exe)$/i;

/** How many differences and candidates each file lists (the counts are complete). */
export const MUI_LIST_LIMIT = 20;

export interface MuiText { id: number; text: string }

/** One file of the --mui folder, read. */
export interface MuiFile {
  /** File name inside the folder. */
  file: string;
  /** VS_FIXEDFILEINFO's FileVersion, or "unknown". */
  version: string;
  /** The language read (0x0409, or the file's only language); null when skipped. */
  lang: number | null;
  /** Why the file was not compared (unreadable, no tables, no en-US among several languages). */
  skipped: string | null;
  texts: MuiText[];
}

/**
 * Reads every message-table file directly in `dir`, sorted by name. A file
 * that cannot be read is kept with the reason, not fatal.
 */
export function readMuiFolder(dir: string): MuiFile[] {
  const names = readdirSync(dir).filter((f) => MUI_FILE.test(f) && statSync(join(dir, f)).isFile()).sort(compareStrings);
  return names.map((file) => {
    const bytes = readFileSync(join(dir, file));
    const version = readFileVersion(bytes) ?? "unknown";
    let tables;
    try {
      tables = readMessageTables(bytes);
    } catch (e) {
      if (!(e instanceof MessageTableError)) throw e;
      return { file, version, lang: null, skipped: `not readable: ${e.message}`, texts: [] };
    }
    const langs = languagesOf(tables);
    const lang = langs.includes(LANG_EN_US) ? LANG_EN_US : langs.length === 1 ? (langs[0] as number) : null;
    if (lang === null) {
      const why = langs.length === 0 ? "no message tables" : `no en-US table among languages ${langs.map(hex4).join(", ")}`;
      return { file, version, lang: null, skipped: why, texts: [] };
    }
    // First table wins for an id, as FormatMessage finds it.
    const byId = new Map<number, string>();
    for (const t of tables) if (t.lang === lang) for (const e of t.entries) if (!byId.has(e.id)) byId.set(e.id, e.text);
    const texts = [...byId].sort((a, b) => a[0] - b[0]).map(([id, text]) => ({ id, text }));
    return { file, version, lang, skipped: null, texts };
  });
}

/**
 * The comparison's only normalisation: CRLF and CR become LF, and trailing
 * whitespace is dropped from each line and from the end (MUI texts end in
 * CRLF; the importer trims header texts the same way). Nothing else.
 */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t]+$/, "")).join("\n").replace(/\s+$/, "");
}

export interface MuiDifference { name: string; kind: string; value: number; sdk: string; mui: string }
export interface MuiCandidate { name: string; kind: string; value: number; mui: string; index: number }

export interface MuiFileReport {
  file: MuiFile;
  /** MUI ids that are a catalog value of a fitting kind. */
  matchedIds: number;
  /** MUI ids with no fitting catalog entry. */
  unmatchedIds: number;
  /** Catalog entries (one per name) whose SDK text equals the MUI's after normalising. */
  same: number;
  differing: MuiDifference[];
  /** Catalog entries without a message for which the MUI has one. */
  missingInSdk: MuiCandidate[];
}

export interface MuiReport {
  dir: string;
  files: MuiFileReport[];
  /** Whether --fill-missing-from-mui was given. */
  fill: boolean;
  /** Entries given a MUI text (only with fill). */
  filled: { name: string; kind: string; value: number; file: string; source: Source }[];
}

/**
 * Compares each file's texts with the catalog entries their ids map to
 * (takesModuleText: the CLI's --module rule). The SDK text is never
 * replaced; with `fill`, an entry without a message takes the first file's
 * text (files in name order), and its source becomes that file's new source row.
 */
export function compareMui(dir: string, files: MuiFile[], entries: Candidate[], fill: boolean, firstSourceIndex: number): { report: MuiReport; entries: Candidate[]; sources: Source[] } {
  const byValue = new Map<number, number[]>();
  entries.forEach((e, i) => byValue.set(e.value, [...(byValue.get(e.value) ?? []), i]));
  const out = [...entries];
  const sources: Source[] = [];
  const filled: MuiReport["filled"] = [];
  const folder = basename(dir);
  const reports = files.map((file): MuiFileReport => {
    const r: MuiFileReport = { file, matchedIds: 0, unmatchedIds: 0, same: 0, differing: [], missingInSdk: [] };
    let source: { row: Source; index: number } | undefined;
    for (const { id, text } of file.texts) {
      const hits = (byValue.get(id) ?? []).filter((i) => moduleIdMatches(id, entries[i] as Candidate));
      if (hits.length === 0) {
        r.unmatchedIds++;
        continue;
      }
      r.matchedIds++;
      const mui = normaliseText(text);
      for (const i of hits) {
        const e = entries[i] as Candidate;
        if (e.message === null) {
          if (mui === "") continue;
          r.missingInSdk.push({ name: e.name, kind: e.kind, value: e.value, mui, index: i });
          if (fill && (out[i] as Candidate).message === null) {
            source ??= { row: muiSource(folder, file, firstSourceIndex + sources.length), index: firstSourceIndex + sources.length };
            if (!sources.includes(source.row)) sources.push(source.row);
            out[i] = { ...e, message: mui, source: source.index };
            filled.push({ name: e.name, kind: e.kind, value: e.value, file: file.file, source: source.row });
          }
        } else if (normaliseText(e.message) === mui) r.same++;
        else r.differing.push({ name: e.name, kind: e.kind, value: e.value, sdk: e.message, mui });
      }
    }
    return r;
  });
  return { report: { dir, files: reports, fill, filled }, entries: out, sources };
}

/** The provenance row of a MUI file whose texts were added: the folder/file and its FileVersion. */
function muiSource(folder: string, file: MuiFile, index: number): Source {
  const slug = `${folder}-${file.file}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { id: `mui-${index}-${slug}`, name: `MUI ${folder}/${file.file}`, version: file.version };
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;
const hex8 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(8, "0")}`;
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const quoted = (s: string, max = 160): string => cell(JSON.stringify(s.length > max ? `${s.slice(0, max)}...` : s));

/** REPORT.md's "MUI comparison" section: deterministic (folder by name, files and rows sorted). */
export function renderMuiSection(m: MuiReport): string[] {
  const out: string[] = ["## MUI comparison", ""];
  out.push(
    `Folder \`${basename(m.dir)}\` (--mui). Each file's ids are matched to catalog values as \`winerr decode --module\` does (@winerr/host takesModuleText: Win32 entries by id, HRESULT/NTSTATUS entries only above 0xFFFF, bug checks never). The SDK text stays the message. Counts are per catalog entry (a name); ids count once.`,
    "",
    "Texts are compared after one normalisation only: CRLF/CR as LF and trailing whitespace (per line and at the end) dropped.",
    "",
  );
  out.push(
    `| file | FileVersion | language | ids | ids matched | same | differing | missing in SDK |`,
    `|---|---|---|---|---|---|---|---|`,
    ...m.files.map((r) =>
      r.file.skipped !== null
        ? `| ${cell(r.file.file)} | ${r.file.version} | skipped: ${cell(r.file.skipped)} | 0 | 0 | 0 | 0 | 0 |`
        : `| ${cell(r.file.file)} | ${r.file.version} | ${hex4(r.file.lang as number)} | ${r.file.texts.length} | ${r.matchedIds} | ${r.same} | ${r.differing.length} | ${r.missingInSdk.length} |`,
    ),
    "",
  );
  for (const r of m.files) {
    if (r.differing.length > 0) {
      out.push(`### ${r.file.file}: differing texts (${Math.min(MUI_LIST_LIMIT, r.differing.length)} of ${r.differing.length})`, "");
      out.push("| name | kind | value | SDK (kept) | MUI |", "|---|---|---|---|---|");
      for (const d of r.differing.slice(0, MUI_LIST_LIMIT)) out.push(`| ${d.name} | ${d.kind} | ${hex8(d.value)} | ${quoted(d.sdk)} | ${quoted(d.mui)} |`);
      out.push("");
    }
    if (r.missingInSdk.length > 0) {
      out.push(`### ${r.file.file}: candidates, no SDK text (${Math.min(MUI_LIST_LIMIT, r.missingInSdk.length)} of ${r.missingInSdk.length})`, "");
      out.push(m.fill ? "Added with --fill-missing-from-mui where no earlier file gave a text (source row below)." : "Not added (add with --fill-missing-from-mui).", "");
      out.push("| name | kind | value | MUI |", "|---|---|---|---|");
      for (const c of r.missingInSdk.slice(0, MUI_LIST_LIMIT)) out.push(`| ${c.name} | ${c.kind} | ${hex8(c.value)} | ${quoted(c.mui)} |`);
      out.push("");
    }
  }
  const sources = [...new Map(m.filled.map((f) => [f.source.id, f.source])).values()];
  out.push(`Entries given a MUI text: ${m.filled.length}${m.fill ? "" : " (--fill-missing-from-mui not given)"}.`, "");
  if (sources.length > 0) out.push("| source id | name | version | entries |", "|---|---|---|---|", ...sources.map((s) => `| ${s.id} | ${cell(s.name)} | ${s.version} | ${m.filled.filter((f) => f.source.id === s.id).length} |`), "");
  return out;
}

/** The CLI's stdout summary: one line per file. */
export function muiSummary(m: MuiReport): string {
  const lines = m.files.map((r) =>
    r.file.skipped !== null
      ? `mui ${r.file.file}: skipped (${r.file.skipped})`
      : `mui ${r.file.file} (${hex4(r.file.lang as number)}, FileVersion ${r.file.version}): ${r.file.texts.length} ids, ${r.matchedIds} matched; same ${r.same}, differing ${r.differing.length}, missing in SDK ${r.missingInSdk.length}`,
  );
  lines.push(`mui: ${m.filled.length} entries given a MUI text${m.fill ? "" : " (--fill-missing-from-mui not given; SDK texts unchanged)"}`);
  return `${lines.join("\n")}\n`;
}
