import { MessageOverrideError, messageOverride, type MessageOverride } from "@winerr/host/message-override";
import { findMessage, readMessageTables } from "@winerr/msgtable";

/** A refusal of the TUI's arguments: one line for stderr, exit 2. */
export class SystemError extends Error {}

/**
 * `--system`: the message files the CLI's `decode --system` reads
 * (@winerr/host's messageOverride), read once, as an override for the detail
 * pane. `tag` picks the UI language's folder (de-DE); en-US follows, then
 * the catalog. A refusal is a SystemError.
 */
export function systemOverride(env: NodeJS.ProcessEnv, tag?: string, platform: string = process.platform): MessageOverride {
  try {
    return messageOverride({ modules: [], system: true, lang: tag }, { readMessageTables, findMessage }, env, platform);
  } catch (err) {
    if (err instanceof MessageOverrideError) throw new SystemError(err.message);
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
