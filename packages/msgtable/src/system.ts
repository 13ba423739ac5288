import { findMessage, type MessageTable } from "./index.js";

/**
 * Windows' own message files, in the order searched: Win32, NTSTATUS, NERR,
 * WinINet and WinHTTP texts. One list for the CLI's decode --system and the
 * TUI's --system. Pure: paths in, paths out; the caller reads the files.
 */
export const SYSTEM_MESSAGE_FILES = ["kernelbase.dll", "ntdll.dll", "netmsg.dll", "wininet.dll", "winhttp.dll"] as const;

type Join = (...parts: string[]) => string;
const slash: Join = (...parts) => parts.join("/");

/**
 * The folder laid out like System32: $WINERR_SYSTEM_ROOT, else
 * %SystemRoot%\System32 on Windows, else undefined (the caller refuses).
 */
export function systemRoot(env: Readonly<Record<string, string | undefined>>, platform: string, join: Join = slash): string | undefined {
  return env["WINERR_SYSTEM_ROOT"] ?? (platform === "win32" ? join(env["SystemRoot"] ?? "C:\\Windows", "System32") : undefined);
}

/**
 * The candidate .mui paths, in search order: `<root>/<ui>/<file>.mui` for
 * every system file, then the same under `<root>/en-US/`. Keep the ones
 * that exist, in this order.
 */
export function systemMessageFiles(root: string, uiLanguage: string, join: Join = slash): string[] {
  const folders = [...new Set([uiLanguage, "en-US"])];
  return folders.flatMap((folder) => SYSTEM_MESSAGE_FILES.map((f) => join(root, folder, `${f}.mui`)));
}

/** A message file already read: searched in `lang` only when given. */
export interface MessageSource {
  file: string;
  tables: readonly MessageTable[];
  lang?: number | undefined;
}

/**
 * The first source with a text for `value` (trailing line end dropped),
 * with its file and LANGID; undefined when none has one.
 */
export function lookupMessage(sources: readonly MessageSource[], value: number): { message: string; messageSource: { file: string; lang: number } } | undefined {
  for (const s of sources) {
    const hit = findMessage(s.tables, value, s.lang);
    if (hit) return { message: hit.text.replace(/[\r\n]+$/, ""), messageSource: { file: s.file, lang: hit.lang } };
  }
  return undefined;
}
