import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageTableError, lookupMessage, readMessageTables, systemMessageFiles, systemRoot, takesModuleText, type MessageSource } from "@winerr/msgtable";
import type { MessageOverride } from "./model.js";

/** A refusal of --system/--lang: one line for stderr, exit 2. */
export class SystemError extends Error {}

/**
 * `--system`: the message files the CLI's `decode --system` reads (same
 * files and order, @winerr/msgtable's systemMessageFiles), read once, as an
 * override for the detail pane. `tag` picks the UI language's folder
 * (de-DE); en-US follows, then the catalog.
 */
export function systemOverride(env: NodeJS.ProcessEnv, tag?: string, platform: string = process.platform): MessageOverride {
  const root = systemRoot(env, platform, join);
  if (root === undefined) throw new SystemError("--system reads Windows' own message files: only on Windows, or with WINERR_SYSTEM_ROOT set to a folder laid out like System32");
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
    throw new SystemError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return readMessageTables(bytes);
  } catch (err) {
    if (err instanceof MessageTableError) throw new SystemError(`${file}: ${err.message}`);
    throw err;
  }
}

export interface TuiArgs {
  query: string;
  system: boolean;
  lang?: string;
  /** -h/--help: print tuiUsage and exit 0. */
  help: boolean;
  /** Mouse reports (wheel scrolling) unless --no-mouse, as fzf. */
  mouse: boolean;
  /** Recent lookups kept between runs unless --no-history. */
  history: boolean;
}

/** The usage text, naming the program as it was run ("winerr-tui" or "winerr tui"). */
export function tuiUsage(program: string): string {
  return [
    `usage: ${program} [QUERY...] [--system [--lang de-DE]] [--no-mouse] [--no-history] [-- QUERY...]`,
    "",
    "Browse the WinErr catalog in the terminal: a query line, the list, and the",
    "selected entry's page. QUERY is a code (0x80070005, -1073741819, 5), =NAME,",
    ":PART or words; after -- every word is the query, so a negative number",
    "needs no quoting: " + program + " -- -1073741819",
    "",
    "  --system        messages from Windows' own files (as winerr decode --system)",
    "  --lang TAG      with --system: the UI language's folder first (de-DE)",
    "  --no-mouse      leave the mouse to the terminal (no wheel scrolling; plain text selection)",
    "  --no-history    neither show nor save recent lookups (kept in $XDG_STATE_HOME/winerr)",
    "  -h, --help      this help",
    "",
    "Inside: ? lists every key. Esc closes, clears, then quits; Ctrl+C cancels",
    "(exit 130); Ctrl+O prints the entry as JSON to stdout and quits.",
  ].join("\n");
}

/** `[QUERY] [--system [--lang de-DE]] [-- QUERY]`: the query, or a usage error (SystemError). */
export function parseTuiArgs(argv: readonly string[]): TuiArgs {
  const words: string[] = [];
  let system = false;
  let help = false;
  let mouse = true;
  let history = true;
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") help = true;
    else if (a === "--system") system = true;
    else if (a === "--no-mouse") mouse = false;
    else if (a === "--no-history") history = false;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const v = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (v === undefined || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(v.trim())) throw new SystemError(`--lang takes a locale name (de-DE)${v === undefined ? "" : `, not ${JSON.stringify(v)}`}`);
      lang = v.trim();
    } else if (a.startsWith("--") || (a.startsWith("-") && !/^-\d/.test(a))) throw new SystemError(`unknown option ${a} (a query that starts with "-" goes after --)`);
    else words.push(a);
  }
  if (lang !== undefined && !system) throw new SystemError("--lang needs --system");
  return { query: words.join(" "), system, help, mouse, history, ...(lang !== undefined ? { lang } : {}) };
}
