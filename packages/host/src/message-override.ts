// The message override from DLL/MUI files and System32: which message
// files speak for which catalog entries, found and read one way for the
// CLI's decode --module/--system and the TUI's --system.
import { existsSync, readFileSync } from "node:fs";
import { join as pathJoin } from "node:path";
import { shown } from "./shown.js";

/**
 * Which catalog entries a module's message id speaks for. FormatMessage is
 * given the value itself, so a message id is a catalog value: a small id is
 * a Win32 code; HRESULT and NTSTATUS values count only above 0xFFFF (a small
 * success code's number collides with a Win32 id), and bug checks never do
 * (their numbers collide with Win32 ids too). One rule for --module/--system,
 * the importer's --mui and winerr-export --messages-from.
 */
export function takesModuleText(kind: string, value: number): boolean {
  return kind === "win32" || ((kind === "hresult" || kind === "ntstatus") && value > 0xffff);
}

/** Whether a module's message `id` is the text of the entry (kind, value). */
export function moduleIdMatches(id: number, entry: { kind: string; value: number }): boolean {
  return entry.value === id >>> 0 && takesModuleText(entry.kind, entry.value);
}

/**
 * Windows' own message files, in the order searched: Win32, NTSTATUS, NERR,
 * WinINet and WinHTTP texts.
 */
export const SYSTEM_MESSAGE_FILES = ["kernelbase.dll", "ntdll.dll", "netmsg.dll", "wininet.dll", "winhttp.dll"] as const;

type Join = (...parts: string[]) => string;

/**
 * The folder laid out like System32: $WINERR_SYSTEM_ROOT, else
 * %SystemRoot%\System32 on Windows, else undefined (the caller refuses).
 */
export function systemRoot(env: Readonly<Record<string, string | undefined>>, platform: string, join: Join = pathJoin): string | undefined {
  return env["WINERR_SYSTEM_ROOT"] ?? (platform === "win32" ? join(env["SystemRoot"] ?? "C:\\Windows", "System32") : undefined);
}

/**
 * The candidate .mui paths, in search order: `<root>/<ui>/<file>.mui` for
 * every system file, then the same under `<root>/en-US/`. Keep the ones
 * that exist, in this order.
 */
export function systemMessageFiles(root: string, uiLanguage: string, join: Join = pathJoin): string[] {
  const folders = [...new Set([uiLanguage, "en-US"])];
  return folders.flatMap((folder) => SYSTEM_MESSAGE_FILES.map((f) => join(root, folder, `${f}.mui`)));
}

/**
 * A refusal (a file that cannot be read, --system off Windows, a --lang
 * that does not fit): one line for stderr, a usage error (exit code 2).
 * The apps turn it into their own usage error.
 */
export class MessageOverrideError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "MessageOverrideError";
  }
}

/**
 * The PE reader, passed in by the caller: @winerr/msgtable's
 * readMessageTables and findMessage. (msgtable's own tests use
 * @winerr/host/testing, so host importing msgtable would be a package cycle.)
 * readMessageTables throws one error with one line for any file it cannot read.
 */
export interface MessageReader<T> {
  readMessageTables(bytes: Uint8Array): T;
  findMessage(tables: T, id: number, lang?: number): { lang: number; text: string } | undefined;
}

/** A message file's tables, or a MessageOverrideError naming the file. */
export function readMessageFile<T>(file: string, reader: Pick<MessageReader<T>, "readMessageTables">): T {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new MessageOverrideError(`cannot read ${shown(file)} (${(err as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return reader.readMessageTables(bytes);
  } catch (err) {
    throw new MessageOverrideError(`${shown(file)}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `--lang`: a LANGID (1031, 0x0407) or a locale name (de-DE, for --system's folders). */
export type LangChoice = { langid: number } | { tag: string };

export function parseLang(text: string): LangChoice {
  const t = text.trim();
  if (/^(0x[0-9a-f]{1,4}|[0-9]{1,5})$/i.test(t) && Number(t) <= 0xffff) return { langid: Number(t) };
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return { tag: t };
  throw new MessageOverrideError(`--lang ${shown(text)} is neither a LANGID (1031, 0x0407) nor a locale name (de-DE)`);
}

/** A message file already read: searched in `lang` only when given. */
export interface MessageSource<T> {
  file: string;
  tables: T;
  lang?: number | undefined;
}

/** A text from a message file for an entry, with the file and LANGID it came from. */
export interface OverrideText {
  text: string;
  file: string;
  lang: number;
}

/** The first source with a text for `value` (trailing line end dropped); undefined when none has one. */
export function lookupMessage<T>(sources: readonly MessageSource<T>[], value: number, find: MessageReader<T>["findMessage"]): OverrideText | undefined {
  for (const s of sources) {
    const hit = find(s.tables, value, s.lang);
    if (hit) return { text: hit.text.replace(/[\r\n]+$/, ""), file: s.file, lang: hit.lang };
  }
  return undefined;
}

/** An entry's text from the message files, or undefined: the catalog's text stands. */
export type MessageOverride = (kind: string, value: number) => OverrideText | undefined;

export interface OverrideOptions {
  /** --module files, searched first, in the order given. */
  modules: readonly string[];
  /** --system: Windows' own message files (System32, or $WINERR_SYSTEM_ROOT laid out like it). */
  system: boolean;
  /** --lang: a LANGID with --module, a locale name (the UI language's folder) with --system. */
  lang?: string | undefined;
}

const NO_SYSTEM = "--system reads Windows' own message files: only on Windows, or with WINERR_SYSTEM_ROOT set to a folder laid out like System32";

/**
 * --module/--system: every file read once, now (so a bad file is refused
 * before any output). The override gives, for an entry whose number a
 * module's id speaks for (takesModuleText), the first file's text: modules
 * in order, then `<root>/<ui-lang>/*.mui`, then `<root>/en-US/*.mui`.
 */
export function messageOverride<T>(opts: OverrideOptions, reader: MessageReader<T>, env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): MessageOverride {
  const choice = opts.lang === undefined ? undefined : parseLang(opts.lang);
  if (choice !== undefined && "tag" in choice && !opts.system) throw new MessageOverrideError("--lang with --module takes a LANGID (1031 or 0x0407); locale names pick --system's folders");
  if (choice !== undefined && "langid" in choice && opts.system && opts.modules.length === 0) throw new MessageOverrideError("--lang with --system takes a locale name (de-DE)");
  const langid = choice !== undefined && "langid" in choice ? choice.langid : undefined;
  const sources: MessageSource<T>[] = opts.modules.map((file) => ({ file, tables: readMessageFile(file, reader), lang: langid }));
  if (opts.system) {
    const root = systemRoot(env, platform);
    if (root === undefined) throw new MessageOverrideError(NO_SYSTEM);
    const ui = choice !== undefined && "tag" in choice ? choice.tag : Intl.DateTimeFormat().resolvedOptions().locale;
    for (const file of systemMessageFiles(root, ui)) if (existsSync(file)) sources.push({ file, tables: readMessageFile(file, reader) });
  }
  return (kind, value) => (takesModuleText(kind, value) ? lookupMessage(sources, value, reader.findMessage) : undefined);
}
