import { ExitError } from "@winerr/host/errors";
import { COLOR_MODES, type ColorMode } from "./output/style.js";

export type Format = "text" | "json" | "ndjson";

/**
 * Every flag once: commander's definitions (cli.ts) and the fast path below
 * both read this table, so they cannot drift apart.
 */
export const FLAGS = {
  json: { flag: "--json", help: "print one JSON array document (pure ASCII)" },
  ndjson: { flag: "--ndjson", help: "print one JSON object per line (pure ASCII)" },
  stdin: { flag: "--stdin", help: "read inputs from stdin, one per line" },
  color: { flag: "--color <when>", help: "colour: auto (on a terminal; FORCE_COLOR and NO_COLOR are read), always or never" },
  noColor: { flag: "--no-color", help: "same as --color=never" },
  noReadings: { flag: "--no-readings", help: "leave the bit-level readings out of --json/--ndjson results (smaller, faster to parse)" },
  best: { flag: "--best", help: "keep only the best match of each input (the first of matches)" },
  flat: { flag: "--flat", help: "with --json/--ndjson: one flat record per input, its best match's fields at the top level" },
  debug: { flag: "--debug", help: "show stack traces of internal errors" },
  module: { flag: "--module <file>", help: "take messages from this DLL/MUI file's message table (repeatable)" },
  system: { flag: "--system", help: "take messages from Windows' own files in the UI language (else en-US)" },
  lang: { flag: "--lang <lang>", help: "LANGID for --module (1031, 0x0407); locale name for --system (de-DE)" },
} as const;

/** Decode flags that take a value (the next argument, or after "="). */
const VALUE_FLAGS = new Set(["--module", "--lang", "--color"]);

export const COMMANDS = ["decode", "info", "search", "scan", "show", "tui", "export", "msgtable", "help", "completion"] as const;

export interface DecodeRequest {
  inputs: string[];
  stdin: boolean;
  format: Format;
  color: ColorMode;
  /** False with --no-readings: machine output leaves out `readings`. */
  readings: boolean;
  /** --best: only each input's best match (the first) is kept. */
  best: boolean;
  /** --flat: machine output of one FlatRecord per input (its best match, flattened). */
  flat: boolean;
  debug: boolean;
  /** --module/--system/--lang: messages from message-table files. */
  messages?: { modules: string[]; system: boolean; lang?: string };
}

/** Flag values as commander reports them (`--no-color` sets color=false). */
export interface FlagValues {
  json?: boolean;
  ndjson?: boolean;
  stdin?: boolean;
  color?: boolean | string;
  readings?: boolean;
  best?: boolean;
  flat?: boolean;
  debug?: boolean;
  module?: string[];
  system?: boolean;
  lang?: string;
}

export function formatOf(flags: FlagValues): Format {
  if (flags.json && flags.ndjson) throw new ExitError("--json and --ndjson cannot be used together");
  return flags.json ? "json" : flags.ndjson ? "ndjson" : "text";
}

/** --flat (decode's and scan's): machine output only. */
export function flatOf(flags: FlagValues, format: Format): boolean {
  if (flags.flat === true && format === "text") throw new ExitError("--flat needs --json or --ndjson");
  return flags.flat === true;
}

/** --color=WHEN, --no-color (never) or neither (auto). */
export function colorOf(flags: FlagValues): ColorMode {
  if (flags.color === false) return "never";
  if (flags.color === undefined || flags.color === true) return "auto";
  if (!(COLOR_MODES as readonly string[]).includes(flags.color)) throw new ExitError(`--color takes auto, always or never, not ${JSON.stringify(flags.color)}`);
  return flags.color as ColorMode;
}

export function decodeRequest(inputs: string[], flags: FlagValues): DecodeRequest {
  const stdin = flags.stdin === true;
  if (stdin && inputs.length > 0) throw new ExitError("give inputs either as arguments or with --stdin, not both");
  if (!stdin && inputs.length === 0) throw new ExitError("no input given (try: winerr 0x80070005, or winerr --help)");
  const modules = flags.module ?? [];
  const messages = modules.length > 0 || flags.system === true ? { modules, system: flags.system === true, lang: flags.lang } : undefined;
  if (messages === undefined && flags.lang !== undefined) throw new ExitError("--lang needs --module or --system");
  const format = formatOf(flags);
  return { inputs, stdin, format, color: colorOf(flags), readings: flags.readings !== false, best: flags.best === true, flat: flatOf(flags, format), debug: flags.debug === true, ...(messages && { messages }) };
}

/**
 * A negative number (-1073741819, -0x3FFFFFFB) is an input, never an option:
 * no flag of ours starts with a digit.
 */
export function looksNegative(arg: string): boolean {
  return /^-[0-9&]/.test(arg);
}

/**
 * Splits decode's arguments into flags and inputs, keeping input order.
 * All decode flags are boolean, so a flag never takes the next argument;
 * everything after `--` is an input.
 */
export function splitDecodeArgs(args: readonly string[]): { flags: string[]; inputs: string[] } {
  const flags: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      inputs.push(...args.slice(i + 1));
      break;
    }
    if (VALUE_FLAGS.has(arg) && i + 1 < args.length) flags.push(arg, args[++i] as string);
    else if (arg.length > 1 && arg.startsWith("-") && !looksNegative(arg)) flags.push(arg);
    else inputs.push(arg);
  }
  return { flags, inputs };
}

const FAST_FLAGS = new Map<string, Exclude<keyof FlagValues, "module" | "lang" | "system">>([
  [FLAGS.json.flag, "json"],
  [FLAGS.ndjson.flag, "ndjson"],
  [FLAGS.stdin.flag, "stdin"],
  [FLAGS.noColor.flag, "color"],
  [FLAGS.noReadings.flag, "readings"],
  [FLAGS.best.flag, "best"],
  [FLAGS.flat.flag, "flat"],
  [FLAGS.debug.flag, "debug"],
]);
/** `--no-*` flags set their value to false, as commander does. */
const NEGATED = new Set<keyof FlagValues>(["color", "readings"]);

/** The commands people type (help included), for "did you mean". */
const TYPED_COMMANDS: readonly string[] = COMMANDS;

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two
 * neighbours) between a and b, or limit + 1 once it exceeds limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] as number[];
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  const d = (rows[a.length] as number[])[b.length] as number;
  return d > limit ? limit + 1 : d;
}

/**
 * The command a first word was probably meant to be (`serch` -> `search`):
 * one edit away for commands of up to four letters, two for longer ones.
 * Words of fewer than three letters, or with digits, are never guessed.
 * The caller still decodes the word first: a real name or number wins.
 */
export function nearCommand(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w) || TYPED_COMMANDS.includes(w)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const command of TYPED_COMMANDS) {
    const limit = command.length <= 4 ? 1 : 2;
    const d = editDistance(w, command, limit);
    if (d <= limit && d < bestDistance) {
      best = command;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * For an implicit decode (`winerr WORD ...`): the command WORD may be a
 * typo of, else undefined. Only a first word that is not a flag counts.
 */
export function mistypedCommand(argv: readonly string[]): string | undefined {
  const first = argv[0];
  if (first === undefined || first.startsWith("-")) return undefined;
  return nearCommand(first);
}

/** Decode's arguments without their leading command word, or null for another command. */
function decodeArgs(argv: readonly string[]): readonly string[] | null {
  const first = argv[0];
  if (first === "decode") return argv.slice(1);
  if (first === undefined) return argv; // bare `winerr`: decode's "no input" usage error
  if ((COMMANDS as readonly string[]).includes(first)) return null;
  if (["-h", "--help", "-v", "-V", "--version"].includes(first)) return null;
  return argv;
}

/**
 * Plain decoding (`winerr [decode] <input>... [--json]`) without starting
 * commander, which costs ~10% of a cold start. Returns null for anything
 * else (help, version, other commands, unknown flags): commander owns those.
 */
export function fastDecodeArgs(argv: readonly string[]): DecodeRequest | null {
  const args = decodeArgs(argv);
  if (args === null) return null;
  const { flags, inputs } = splitDecodeArgs(args);
  const values: FlagValues = {};
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    if (flag === "--color" && i + 1 < flags.length) {
      values.color = flags[++i];
      continue;
    }
    if (flag.startsWith("--color=")) {
      values.color = flag.slice("--color=".length);
      continue;
    }
    const key = FAST_FLAGS.get(flag);
    if (key === undefined) return null;
    values[key] = !NEGATED.has(key);
  }
  return decodeRequest(inputs, values);
}

/**
 * Argv for commander. A first argument that is not a command or a
 * program-level flag starts an implicit `decode`; decode's inputs go after
 * `--` so commander never reads a negative number or a dash as an option.
 * The same holds for show's inputs.
 */
export function commanderArgv(argv: readonly string[]): string[] {
  // show takes inputs as decode does (negative numbers included).
  if (argv[0] === "show") {
    const { flags, inputs } = splitDecodeArgs(argv.slice(1));
    return ["show", ...flags, "--", ...inputs];
  }
  const args = decodeArgs(argv);
  if (args === null) return [...argv];
  const { flags, inputs } = splitDecodeArgs(args);
  return ["decode", ...flags, "--", ...inputs];
}

/** What `winerr search` runs with (commands/search.ts's SearchRequest). */
export interface FastSearch {
  text: string | undefined;
  limit: number;
  kind: string | undefined;
  format: Format;
  color: ColorMode;
}

const SEARCH_BOOLEAN = new Map<string, "json" | "ndjson" | "stdin" | "color" | "debug">([
  [FLAGS.json.flag, "json"],
  [FLAGS.ndjson.flag, "ndjson"],
  [FLAGS.stdin.flag, "stdin"],
  [FLAGS.noColor.flag, "color"],
  [FLAGS.debug.flag, "debug"],
]);

/**
 * `winerr search <words>... [--limit N] [--kind K] [--json|--ndjson]
 * [--stdin] [--color WHEN|--no-color]` without starting commander (a cold search is
 * measured against bare node). Returns null for anything else (help, `--`,
 * unknown flags, a missing value, text and --stdin together, neither):
 * commander owns those and their messages.
 */
export function fastSearchArgs(argv: readonly string[]): FastSearch | null {
  if (argv[0] !== "search") return null;
  const values: FlagValues = {};
  const words: string[] = [];
  let limit = "20";
  let kind: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--limit" || name === "--kind" || name === "--color") {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return null;
      if (name === "--limit") limit = value;
      else if (name === "--color") values.color = value;
      else kind = value;
      continue;
    }
    const key = SEARCH_BOOLEAN.get(arg);
    if (key !== undefined) values[key] = key !== "color";
    else if (arg.startsWith("-")) return null;
    else words.push(arg);
  }
  const stdin = values.stdin === true;
  if (stdin === words.length > 0) return null;
  return { text: stdin ? undefined : words.join(" "), limit: Number(limit), kind, format: formatOf(values), color: colorOf(values) };
}
