import { fastDecodeArgs, splitDecodeArgs } from "./args.js";
import type { ShowRequest } from "./commands/show.js";

/**
 * `winerr show <input>... [--json|--ndjson] [--stdin] [--color WHEN|--no-color]
 * [--debug]` without starting commander (a cold show is measured against
 * bare node). show's flags are decode's but --no-readings, --best and --flat, so decode's fast
 * path reads them. Returns null for anything else (help, unknown flags,
 * inputs and --stdin together, neither): commander owns those and their messages.
 */
export function fastShowArgs(argv: readonly string[]): ShowRequest | null {
  if (argv[0] !== "show") return null;
  const { flags, inputs } = splitDecodeArgs(argv.slice(1));
  if (flags.includes("--no-readings") || flags.includes("--best") || flags.includes("--flat") || flags.includes("--stdin") === inputs.length > 0) return null;
  const req = fastDecodeArgs(["decode", ...flags, "--", ...inputs]);
  if (req === null || req.messages !== undefined) return null;
  return { inputs: req.inputs, stdin: req.stdin, format: req.format, color: req.color, debug: req.debug };
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
