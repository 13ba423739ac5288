import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageTableError, lookupMessage, readMessageTables, systemMessageFiles, systemRoot, takesModuleText, type MessageSource } from "@winerr/msgtable";
import { ExitError } from "@winerr/host/errors";
import type { MessageOverride } from "./model.js";

/**
 * `--system`: the message files the CLI's `decode --system` reads (same
 * files and order, @winerr/msgtable's systemMessageFiles), read once, as an
 * override for the detail pane. `tag` picks the UI language's folder
 * (de-DE); en-US follows, then the catalog.
 */
export function systemOverride(env: NodeJS.ProcessEnv, tag?: string, platform: string = process.platform): MessageOverride {
  const root = systemRoot(env, platform, join);
  if (root === undefined) throw new ExitError("--system reads Windows' own message files: only on Windows, or with WINERR_SYSTEM_ROOT set to a folder laid out like System32");
  const ui = tag ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const sources: MessageSource[] = systemMessageFiles(root, ui, join)
    .filter((p) => existsSync(p))
    .map((file) => ({ file, tables: readTables(file) }));
  return (kind, value) => {
    if (!takesModuleText(kind, value)) return undefined;
    const hit = lookupMessage(sources, value);
    return hit === undefined ? undefined : { text: hit.message, file: hit.messageSource.file, lang: hit.messageSource.lang };
  };
}

function readTables(file: string) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ExitError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return readMessageTables(bytes);
  } catch (err) {
    if (err instanceof MessageTableError) throw new ExitError(`${file}: ${err.message}`);
    throw err;
  }
}
