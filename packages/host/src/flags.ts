import { Command, CommanderError } from "commander";
import { ExitError, shown } from "./errors.js";

/**
 * One flag of a program's table, in commander's syntax: "--system",
 * "-o, --out <dir>", "--no-mouse" (its value is then `mouse`, true unless
 * given). `repeat`: the flag may be given again, its values collected.
 */
export interface Flag {
  readonly flag: string;
  readonly repeat?: boolean;
}

export type FlagValue = string | boolean | string[] | undefined;

export interface ParsedFlags {
  /** Each flag's value under commander's name for it (--messages-from: messagesFrom). */
  values: Record<string, FlagValue>;
  /** The words that are not flags, in order (after `--`, every word). */
  words: string[];
}

/**
 * Parses a program's arguments against its flag table with commander, the
 * one argument parser of WinErr's programs (`winerr` builds its
 * subcommands on it directly). Help stays each program's own text: give it
 * a "-h, --help" flag. A negative number (-1073741819) is a word, not a
 * flag. A bad flag, a missing value, or a word where the program takes none
 * (`words: false`) is an ExitError (exit 2) with commander's message and
 * `hint` after it.
 */
export function parseFlags(table: Readonly<Record<string, Flag>>, argv: readonly string[], options: { words?: boolean; hint?: string } = {}): ParsedFlags {
  const command = new Command()
    .exitOverride()
    .helpOption(false)
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  command.argument("[words...]");
  for (const f of Object.values(table)) {
    if (f.repeat === true) command.option(f.flag, "", (value: string, all: string[] = []) => [...all, value]);
    else command.option(f.flag);
  }
  const hint = options.hint === undefined ? "" : ` ${options.hint}`;
  try {
    command.parse([...argv], { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    throw new ExitError(err.message.replace(/^error: /, "") + hint);
  }
  const words = [...command.args];
  if (options.words === false && words.length > 0) throw new ExitError(`unexpected argument ${shown(words[0] as string)}${hint}`);
  return { values: command.opts<Record<string, FlagValue>>(), words };
}
