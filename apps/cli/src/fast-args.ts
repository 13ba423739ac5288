import { colorOf, formatOf, splitDecodeArgs, type FlagValues } from "./args.js";
import type { ShowRequest } from "./commands/show.js";

/** show's flags that the fast path takes (all boolean); any other flag goes to commander. */
const SHOW_BOOLEAN = new Map<string, "json" | "ndjson" | "stdin" | "color" | "debug">([
  ["--json", "json"],
  ["--ndjson", "ndjson"],
  ["--stdin", "stdin"],
  ["--no-color", "color"],
  ["--debug", "debug"],
]);

/**
 * `winerr show <input>... [--json|--ndjson] [--stdin] [--color WHEN|--no-color]
 * [--debug]` without starting commander (a cold show is measured against
 * bare node). Inputs are split as decode's are (negative numbers are
 * inputs). Returns null for anything else (help, unknown flags, inputs and
 * --stdin together, neither): commander owns those and their messages.
 */
export function fastShowArgs(argv: readonly string[]): ShowRequest | null {
  if (argv[0] !== "show") return null;
  const { flags, inputs } = splitDecodeArgs(argv.slice(1));
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
    const key = SHOW_BOOLEAN.get(flag);
    if (key === undefined) return null;
    values[key] = key !== "color";
  }
  const stdin = values.stdin === true;
  if (stdin === inputs.length > 0) return null;
  return { inputs, stdin, format: formatOf(values), color: colorOf(values), debug: values.debug === true };
}

/** `winerr info [--json] [--debug]` without commander; null for anything else. */
export function fastInfoArgs(argv: readonly string[]): { json: boolean } | null {
  if (argv[0] !== "info") return null;
  let json = false;
  for (const arg of argv.slice(1)) {
    if (arg === "--json") json = true;
    else if (arg !== "--debug") return null;
  }
  return { json };
}
