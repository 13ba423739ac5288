import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CatalogFile } from "@winerr/core";
import { MESSAGES_SCHEMA_FILE, MESSAGES_SCHEMA_VERSION, type MessagesDocument, type MessagesEntry } from "@winerr/core/export-schema";
import { takesModuleText } from "@winerr/host/message-override";
import { languagesOf, MessageTableError, readMessageTables, type MessageTable } from "@winerr/msgtable";
import { byCodeUnit } from "./document.js";
import { ExportError, shown } from "./errors.js";
import { pathError } from "./write.js";

/** Message-table files --messages-from reads: MUI files and PE modules. */
export const MESSAGE_FILE = /\.(mui|dll|exe)$/i;
/** How deep --messages-from looks (DIR/de-DE/x.mui is depth 2). */
const MAX_DEPTH = 4;

export interface MessageFile {
  /** Relative to the folder read, `/`-separated. */
  path: string;
  tables: MessageTable[];
}

/**
 * Every message-table file under `dir` (language folders like de-DE/
 * included; symbolic links not followed), in code-unit path order. A missing
 * folder, a folder without such files, or a file that is not a readable PE
 * file is a usage error (exit 2).
 */
export async function readMessageFolder(dir: string): Promise<MessageFile[]> {
  let st;
  try {
    st = await lstat(dir);
  } catch (err) {
    throw pathError(err, dir, "the --messages-from folder");
  }
  if (!st.isDirectory()) throw new ExportError(`the --messages-from path ${shown(dir)} is not a folder`);
  const paths: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(join(dir, rel));
    } catch (err) {
      throw pathError(err, join(dir, rel), "the folder");
    }
    for (const name of names.sort(byCodeUnit)) {
      const r = rel === "" ? name : `${rel}/${name}`;
      const s = await lstat(join(dir, r));
      if (s.isDirectory() && depth < MAX_DEPTH) await walk(r, depth + 1);
      else if (s.isFile() && MESSAGE_FILE.test(name)) paths.push(r);
    }
  };
  await walk("", 1);
  if (paths.length === 0) throw new ExportError(`the --messages-from folder ${shown(dir)} holds no *.mui, *.dll or *.exe file`);
  paths.sort(byCodeUnit);
  const files: MessageFile[] = [];
  for (const path of paths) {
    const full = join(dir, path);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(full);
    } catch (err) {
      throw pathError(err, full, "the message file");
    }
    try {
      files.push({ path, tables: readMessageTables(bytes) });
    } catch (err) {
      if (err instanceof MessageTableError) throw new ExportError(`the message file ${shown(full)}: ${err.message}`);
      throw err;
    }
  }
  return files;
}

/**
 * The overlay: for each file, language and message id, the catalog entries
 * the id maps to (takesModuleText, as winerr decode --module), with the text
 * minus its trailing line end. The first file by path wins a (language,
 * value, name). Sorted by language, value, name (code units). Pure.
 */
export function buildMessagesDocument(catalog: CatalogFile, files: readonly MessageFile[]): MessagesDocument {
  const byValue = new Map<number, string[]>();
  for (const [name, kind, value] of catalog.entries) {
    if (!takesModuleText(kind, value)) continue;
    const names = byValue.get(value) ?? [];
    if (!names.includes(name)) names.push(name);
    byValue.set(value, names);
  }
  const seen = new Set<string>();
  const entries: MessagesEntry[] = [];
  for (const f of files) {
    for (const t of f.tables) {
      for (const e of t.entries) {
        for (const name of byValue.get(e.id) ?? []) {
          const key = `${t.lang}\u0000${e.id}\u0000${name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          entries.push({ name, value: e.id, language: t.lang, message: e.text.replace(/[\r\n]+$/, "") });
        }
      }
    }
  }
  entries.sort((a, b) => a.language - b.language || a.value - b.value || byCodeUnit(a.name, b.name));
  return {
    $schema: MESSAGES_SCHEMA_FILE,
    schemaVersion: MESSAGES_SCHEMA_VERSION,
    buildDate: catalog.buildDate,
    sources: files.map((f) => ({ file: f.path, languages: languagesOf(f.tables) })),
    entries,
  };
}
