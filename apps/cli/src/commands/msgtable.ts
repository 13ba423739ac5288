import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DecodeResult, Match } from "@winerr/core";
import { lookupMessage, MessageTableError, readMessageTables, systemMessageFiles, systemRoot, takesModuleText, type MessageSource, type MessageTable } from "@winerr/msgtable";
import type { Format } from "../args.js";
import { ExitError, EXIT, shown, type ExitCode } from "@winerr/host/errors";
import type { Io } from "../io.js";
import { jsonArray, ndjson } from "../output/json.js";

/** `--lang`: a LANGID (1031, 0x0407) or a locale name (de-DE, for --system's folders). */
export type LangChoice = { langid: number } | { tag: string };

export function parseLang(text: string): LangChoice {
  const t = text.trim();
  if (/^(0x[0-9a-f]{1,4}|[0-9]{1,5})$/i.test(t) && Number(t) <= 0xffff) return { langid: Number(t) };
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return { tag: t };
  throw new ExitError(`--lang ${shown(text)} is neither a LANGID (1031, 0x0407) nor a locale name (de-DE)`);
}

function readTables(file: string): MessageTable[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ExitError(`cannot read ${shown(file)} (${(err as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return readMessageTables(bytes);
  } catch (err) {
    if (err instanceof MessageTableError) throw new ExitError(`${shown(file)}: ${err.message}`);
    throw err;
  }
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;

/** `winerr msgtable <file>`: every (language, message id) of a file's message tables. */
export async function runMsgtable(opts: { file: string; format: Format; lang?: string }, io: Io): Promise<ExitCode> {
  const choice = opts.lang === undefined ? undefined : parseLang(opts.lang);
  if (choice !== undefined && "tag" in choice) throw new ExitError("msgtable --lang takes a LANGID (1031 or 0x0407)");
  const rows = readTables(opts.file)
    .filter((t) => choice === undefined || t.lang === choice.langid)
    .flatMap((t) => t.entries.map((e) => ({ lang: t.lang, id: e.id, text: e.text, encoding: e.encoding })));
  if (opts.format === "text") {
    const text = rows.map((r) => `${hex4(r.lang)}  ${r.id}  0x${r.id.toString(16).toUpperCase().padStart(8, "0")}  ${r.text.trimEnd().replace(/\r?\n/g, "\\n")}\n`).join("");
    await io.stdout.write(text);
  } else {
    const out = opts.format === "json" ? jsonArray<(typeof rows)[number]>() : ndjson<(typeof rows)[number]>();
    await io.stdout.write(rows.map((r) => out.item(r)).join("") + out.end());
  }
  return rows.length > 0 ? EXIT.ok : EXIT.noMatch;
}

/** Message files searched in order; the first with a text for a value wins. */
type Source = MessageSource;

/** System32 (or $WINERR_SYSTEM_ROOT, laid out the same way) and the UI language's folder name: @winerr/msgtable's systemMessageFiles. */
function systemSources(env: NodeJS.ProcessEnv, tag: string | undefined): Source[] {
  const root = systemRoot(env, process.platform, join);
  if (root === undefined) throw new ExitError("--system reads Windows' own message files: only on Windows, or with WINERR_SYSTEM_ROOT set to a folder laid out like System32");
  const ui = tag ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return systemMessageFiles(root, ui, join)
    .filter((p) => existsSync(p))
    .map((file) => ({ file, tables: readTables(file) }));
}

// Which matches take a module's text: @winerr/msgtable's takesModuleText
// (one rule, shared with the importer's --mui and winerr-export).
const takesText = (m: Match): boolean => takesModuleText(m.kind, m.value);

/**
 * Decode's --module/--system: where a file has a text for a match's value,
 * the match's message is that text (trailing line end dropped) and
 * `messageSource` names the file and LANGID. Modules first, in the order given.
 */
export function messageOverride(opts: { modules: readonly string[]; system: boolean; lang?: string }, env: NodeJS.ProcessEnv): (r: DecodeResult) => DecodeResult {
  const choice = opts.lang === undefined ? undefined : parseLang(opts.lang);
  if (choice !== undefined && "tag" in choice && !opts.system) throw new ExitError("--lang with --module takes a LANGID (1031 or 0x0407); locale names pick --system's folders");
  if (choice !== undefined && "langid" in choice && opts.system && opts.modules.length === 0) throw new ExitError("--lang with --system takes a locale name (de-DE)");
  const langid = choice !== undefined && "langid" in choice ? choice.langid : undefined;
  const sources: Source[] = [
    ...opts.modules.map((file) => ({ file, tables: readTables(file), lang: langid })),
    ...(opts.system ? systemSources(env, choice !== undefined && "tag" in choice ? choice.tag : undefined) : []),
  ];
  const lookup = (value: number) => lookupMessage(sources, value);
  return (r) => (r.ok ? { ...r, matches: r.matches.map((m) => (takesText(m) ? { ...m, ...lookup(m.value) } : m)) } : r);
}
