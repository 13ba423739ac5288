import { ExitError } from "@winerr/host/errors";
import { parseFlags } from "@winerr/host/flags";

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
  /** --debug: the stack of an internal error. */
  debug: boolean;
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
    "  --debug         print the stack of an internal error",
    "  -h, --help      this help",
    "",
    "Inside: ? lists every key. Esc closes, clears, then quits; Ctrl+C cancels",
    "(exit 130); Ctrl+O prints the entry as JSON to stdout and quits.",
  ].join("\n");
}

/** The TUI's flags (parsed by @winerr/host/flags; tuiUsage describes them). */
const FLAGS = {
  system: { flag: "--system" },
  lang: { flag: "--lang <tag>" },
  mouse: { flag: "--no-mouse" },
  history: { flag: "--no-history" },
  debug: { flag: "--debug" },
  help: { flag: "-h, --help" },
};

/** `[QUERY] [--system [--lang de-DE]] [-- QUERY]`: the query, or a usage error (ExitError, exit 2). */
export function parseTuiArgs(argv: readonly string[]): TuiArgs {
  const { values: v, words } = parseFlags(FLAGS, argv, { hint: '(a query that starts with "-" goes after --)' });
  const lang = typeof v["lang"] === "string" ? v["lang"].trim() : undefined;
  if (lang !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) throw new ExitError(`--lang takes a locale name (de-DE), not ${JSON.stringify(v["lang"])}`);
  const system = v["system"] === true;
  if (lang !== undefined && !system) throw new ExitError("--lang needs --system");
  return { query: words.join(" "), system, help: v["help"] === true, mouse: v["mouse"] !== false, history: v["history"] !== false, debug: v["debug"] === true, ...(lang !== undefined ? { lang } : {}) };
}
