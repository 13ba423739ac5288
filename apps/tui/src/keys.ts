import type { Key } from "ink";

/** Every key binding of the TUI, and the help text for each. */

export type Command =
  | { type: "insert"; text: string }
  | { type: "backspace" }
  | { type: "clearQuery" }
  | { type: "move"; by: number }
  | { type: "page"; by: number }
  | { type: "edge"; to: "first" | "last" }
  | { type: "toggleFocus" }
  | { type: "open" }
  | { type: "back" }
  | { type: "escape" }
  | { type: "cycleKind" }
  | { type: "openFilter" }
  | { type: "help" }
  | { type: "copy" }
  | { type: "print" }
  | { type: "quit" };

export type Context = "list" | "detail" | "help" | "filter";

export interface Binding {
  keys: string;
  where: string;
  does: string;
}

/** The help overlay lists these, in this order. */
export const BINDINGS: readonly Binding[] = [
  { keys: "type", where: "list", does: "edit the query: a number, =NAME, :PART or words" },
  { keys: "Backspace / Ctrl+U", where: "list", does: "delete a character / clear the query" },
  { keys: "Up Down PgUp PgDn Home End", where: "list", does: "move in the list" },
  { keys: "Enter / Tab", where: "list", does: "go to the links in the detail" },
  { keys: "Up Down", where: "detail", does: "choose a conversion or related entry" },
  { keys: "PgUp PgDn", where: "detail", does: "scroll the page (guidance, questions)" },
  { keys: "Enter", where: "detail", does: "jump to it" },
  { keys: "Backspace / Left", where: "detail", does: "back to where you jumped from" },
  { keys: "Tab / Esc", where: "detail", does: "back to the list (typing does too)" },
  { keys: "Ctrl+K", where: "any", does: "filter by kind (cycles)" },
  { keys: "Ctrl+F", where: "any", does: "filter by header or facility" },
  { keys: "Ctrl+Y", where: "any", does: "copy the entry (terminal clipboard, OSC 52)" },
  { keys: "Ctrl+O", where: "any", does: "quit and print the entry as JSON" },
  { keys: "?", where: "any", does: "this help" },
  { keys: "Esc", where: "list", does: "clear the query; quit when it is empty" },
  { keys: "Ctrl+C", where: "any", does: "quit" },
];

/** The command a key press means here, or null to ignore it. */
export function commandFor(input: string, key: Key, context: Context): Command | null {
  if (key.ctrl && input === "c") return { type: "quit" };
  if (context === "help") return { type: "escape" }; // any key closes help
  if (context === "filter") {
    if (key.escape) return { type: "escape" };
    if (key.return) return { type: "open" };
    return motion(key);
  }
  if (key.ctrl) {
    switch (input) {
      case "k":
        return { type: "cycleKind" };
      case "f":
        return { type: "openFilter" };
      case "y":
        return { type: "copy" };
      case "o":
        return { type: "print" };
      case "u":
        return { type: "clearQuery" };
      case "p":
        return { type: "move", by: -1 };
      case "n":
        return { type: "move", by: 1 };
      default:
        return null;
    }
  }
  if (key.escape) return { type: "escape" };
  if (key.tab) return { type: "toggleFocus" };
  if (key.return) return { type: "open" };
  if (input === "?") return { type: "help" };
  // Most terminals send DEL for Backspace, which Ink reports as `delete`.
  const erase = key.backspace || key.delete;
  if (context === "detail") {
    if (erase || key.leftArrow) return { type: "back" };
  } else if (erase) return { type: "backspace" };
  const m = motion(key);
  if (m !== null) return m;
  if (key.meta || input === "" || /[\u0000-\u001f\u007f]/.test(input)) return null;
  return { type: "insert", text: input };
}

function motion(key: Key): Command | null {
  if (key.upArrow) return { type: "move", by: -1 };
  if (key.downArrow) return { type: "move", by: 1 };
  if (key.pageUp) return { type: "page", by: -1 };
  if (key.pageDown) return { type: "page", by: 1 };
  if (key.home) return { type: "edge", to: "first" };
  if (key.end) return { type: "edge", to: "last" };
  return null;
}
