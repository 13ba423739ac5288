import type { Edit } from "./edit.js";
import type { KeyPress } from "./input.js";
import type { CopyWhat } from "./model.js";

/**
 * The key table: every binding of the TUI, the single source of both the
 * dispatch (commandFor) and the help overlay and key line, so they cannot
 * drift apart. Keys are named as input.ts names them.
 */

export type Command =
  /** Edit the line of the context: the query (list), the find text (find), the picker's search (filter). */
  | { type: "edit"; edit: Edit }
  /** Pasted text (line breaks flattened, a trailing one is Enter). */
  | { type: "paste" }
  | { type: "move"; by: number }
  | { type: "page"; by: number }
  | { type: "edge"; to: "first" | "last" }
  /** Detail page: scroll by lines. */
  | { type: "scroll"; by: number }
  | { type: "scrollPage"; by: number }
  | { type: "scrollEdge"; to: "first" | "last" }
  /** Detail page: choose the next or previous link (conversion or related code). */
  | { type: "link"; by: number }
  | { type: "open" }
  /** Open the chosen web link with the system's opener. */
  | { type: "openUrl" }
  | { type: "toDetail" }
  | { type: "back" }
  | { type: "forward" }
  | { type: "escape" }
  | { type: "closeDetail" }
  | { type: "cycleKind" }
  | { type: "openFilter" }
  | { type: "help" }
  | { type: "find" }
  | { type: "findNext"; by: number }
  /** Open the copy menu. */
  | { type: "copyMenu" }
  | { type: "copy"; what: CopyWhat }
  | { type: "print" }
  | { type: "cancel" }
  | { type: "redraw" }
  | { type: "suspend" };

/**
 * Where a key is read: the innermost of help, the filter picker, the find
 * prompt, the detail page, the list (with its query line).
 */
export type Context = "list" | "detail" | "find" | "filter" | "help" | "copy";

export interface Binding {
  /** Stable name, for tests. */
  id: string;
  /** Key names (input.ts); "text" is any printable character. */
  keys: readonly string[];
  where: readonly Context[];
  does: string;
  command: Command;
  /** Short form for the key line, in contexts where it is shown. */
  hint?: string;
}

const EVERYWHERE: readonly Context[] = ["list", "detail", "find", "filter", "help", "copy"];
const MAIN: readonly Context[] = ["list", "detail"];
const LINES: readonly Context[] = ["list", "find", "filter"];
const edit = (e: Edit): Command => ({ type: "edit", edit: e });

/** The help overlay lists these, in this order. */
export const BINDINGS: readonly Binding[] = [
  { id: "type", keys: ["text"], where: LINES, does: "edit the query (a number, =NAME, :PART or words), or the find or filter text", command: edit({ type: "insert", text: "" }) },
  { id: "paste", keys: ["Paste"], where: EVERYWHERE, does: "paste into the query (a trailing line break is Enter)", command: { type: "paste" } },
  { id: "deleteBack", keys: ["Backspace"], where: LINES, does: "delete the character before the cursor", command: edit({ type: "deleteBack" }) },
  { id: "deleteForward", keys: ["Delete", "C-d"], where: LINES, does: "delete the character under the cursor", command: edit({ type: "deleteForward" }) },
  { id: "left", keys: ["Left"], where: LINES, does: "cursor left", command: edit({ type: "left" }) },
  { id: "right", keys: ["Right"], where: LINES, does: "cursor right", command: edit({ type: "right" }) },
  { id: "start", keys: ["C-a"], where: LINES, does: "cursor to the start of the line", command: edit({ type: "start" }) },
  { id: "end", keys: ["C-e"], where: LINES, does: "cursor to the end of the line", command: edit({ type: "end" }) },
  { id: "wordLeft", keys: ["M-b", "C-Left", "M-Left"], where: LINES, does: "cursor a word left", command: edit({ type: "wordLeft" }) },
  { id: "wordRight", keys: ["M-f", "C-Right", "M-Right"], where: LINES, does: "cursor a word right", command: edit({ type: "wordRight" }) },
  { id: "rubOut", keys: ["C-w"], where: LINES, does: "delete back to the previous space", command: edit({ type: "rubOut" }) },
  { id: "killWordBack", keys: ["M-Backspace"], where: LINES, does: "delete the word before the cursor", command: edit({ type: "killWordBack" }) },
  { id: "killToStart", keys: ["C-u"], where: LINES, does: "delete to the start of the line", command: edit({ type: "killToStart" }) },
  { id: "killToEnd", keys: ["C-k"], where: LINES, does: "delete to the end of the line", command: edit({ type: "killToEnd" }) },
  { id: "up", keys: ["Up", "C-p"], where: ["list", "filter"], does: "previous entry", command: { type: "move", by: -1 }, hint: "↑↓ move" },
  { id: "down", keys: ["Down", "C-n"], where: ["list", "filter"], does: "next entry", command: { type: "move", by: 1 } },
  { id: "pageUp", keys: ["PgUp"], where: ["list", "filter"], does: "a page up", command: { type: "page", by: -1 } },
  { id: "pageDown", keys: ["PgDn"], where: ["list", "filter"], does: "a page down", command: { type: "page", by: 1 } },
  { id: "first", keys: ["Home"], where: ["list", "filter"], does: "first entry", command: { type: "edge", to: "first" } },
  { id: "last", keys: ["End"], where: ["list", "filter"], does: "last entry", command: { type: "edge", to: "last" } },
  { id: "wheelUp", keys: ["WheelUp"], where: ["list", "filter"], does: "mouse wheel: previous entries", command: { type: "move", by: -3 } },
  { id: "wheelDown", keys: ["WheelDown"], where: ["list", "filter"], does: "mouse wheel: next entries", command: { type: "move", by: 3 } },
  { id: "openDetail", keys: ["Enter", "Tab"], where: ["list"], does: "read the entry's page", command: { type: "toDetail" }, hint: "Enter read" },
  { id: "lineUp", keys: ["Up", "k", "C-p", "WheelUp"], where: ["detail", "help"], does: "scroll a line up", command: { type: "scroll", by: -1 }, hint: "↑↓ scroll" },
  { id: "lineDown", keys: ["Down", "j", "C-n", "WheelDown"], where: ["detail", "help"], does: "scroll a line down", command: { type: "scroll", by: 1 } },
  { id: "pageUpDetail", keys: ["PgUp", "b"], where: ["detail", "help"], does: "scroll a page up", command: { type: "scrollPage", by: -1 } },
  { id: "pageDownDetail", keys: ["PgDn", " "], where: ["detail", "help"], does: "scroll a page down", command: { type: "scrollPage", by: 1 } },
  { id: "top", keys: ["Home", "g"], where: ["detail", "help"], does: "top of the page", command: { type: "scrollEdge", to: "first" } },
  { id: "bottom", keys: ["End", "G"], where: ["detail", "help"], does: "end of the page", command: { type: "scrollEdge", to: "last" } },
  { id: "nextLink", keys: ["Tab"], where: ["detail"], does: "choose the next conversion, related code or web link", command: { type: "link", by: 1 }, hint: "Tab link" },
  { id: "prevLink", keys: ["S-Tab"], where: ["detail"], does: "choose the previous one", command: { type: "link", by: -1 } },
  { id: "jump", keys: ["Enter", "Right", "l"], where: ["detail"], does: "jump to the chosen code (or open the chosen web link)", command: { type: "open" }, hint: "Enter jump" },
  { id: "openUrl", keys: ["o"], where: ["detail"], does: "open the chosen web link in the browser ($BROWSER, else the system's opener)", command: { type: "openUrl" } },
  { id: "back", keys: ["Backspace", "Left", "h", "M-Left"], where: ["detail"], does: "back to where you jumped from", command: { type: "back" }, hint: "⌫ back" },
  { id: "forward", keys: ["M-Right", "L"], where: ["detail"], does: "forward again (after back)", command: { type: "forward" } },
  { id: "find", keys: ["/"], where: ["detail"], does: "find text in the page", command: { type: "find" }, hint: "/ find" },
  { id: "findNext", keys: ["n"], where: ["detail"], does: "next match of the find", command: { type: "findNext", by: 1 } },
  { id: "findPrev", keys: ["N"], where: ["detail"], does: "previous match of the find", command: { type: "findNext", by: -1 } },
  { id: "findDone", keys: ["Enter"], where: ["find"], does: "go to the first match from here", command: { type: "open" } },
  { id: "closeDetail", keys: ["q"], where: ["detail"], does: "back to the list", command: { type: "closeDetail" }, hint: "q list" },
  { id: "pick", keys: ["Enter"], where: ["filter"], does: "filter by the chosen header or facility", command: { type: "open" }, hint: "Enter choose" },
  { id: "kind", keys: ["C-t"], where: MAIN, does: "filter by kind (cycles)", command: { type: "cycleKind" }, hint: "^T kind" },
  { id: "filter", keys: ["C-f"], where: MAIN, does: "filter by header or facility (a searchable list)", command: { type: "openFilter" }, hint: "^F filter" },
  { id: "copy", keys: ["C-y"], where: MAIN, does: "copy menu (terminal clipboard, OSC 52)", command: { type: "copyMenu" }, hint: "^Y copy" },
  { id: "copyLine", keys: ["Enter", "y", "C-y"], where: ["copy"], does: "copy name, number and message as one line", command: { type: "copy", what: "line" } },
  { id: "copyName", keys: ["n"], where: ["copy"], does: "copy the name", command: { type: "copy", what: "name" } },
  { id: "copyHex", keys: ["x", "h"], where: ["copy"], does: "copy the number in hex", command: { type: "copy", what: "hex" } },
  { id: "copyMessage", keys: ["m"], where: ["copy"], does: "copy the message", command: { type: "copy", what: "message" } },
  { id: "copyJson", keys: ["j"], where: ["copy"], does: "copy the entry as JSON (as Ctrl+O prints it)", command: { type: "copy", what: "json" } },
  { id: "print", keys: ["C-o"], where: MAIN, does: "quit and print the entry as JSON", command: { type: "print" }, hint: "^O print" },
  { id: "help", keys: ["?"], where: ["list", "detail", "help"], does: "this help (again to close)", command: { type: "help" }, hint: "? help" },
  { id: "closeHelp", keys: ["q"], where: ["help"], does: "close the help", command: { type: "escape" } },
  { id: "escape", keys: ["Esc"], where: EVERYWHERE, does: "close the innermost: help, picker, find, page; then clear the query; then quit", command: { type: "escape" } },
  { id: "redraw", keys: ["C-l"], where: EVERYWHERE, does: "redraw the screen", command: { type: "redraw" } },
  { id: "suspend", keys: ["C-z"], where: EVERYWHERE, does: "suspend (fg resumes)", command: { type: "suspend" } },
  { id: "cancel", keys: ["C-c"], where: EVERYWHERE, does: "cancel: quit with exit code 130", command: { type: "cancel" } },
];

function buildTable(bindings: readonly Binding[]): Map<Context, Map<string, Binding>> {
  const table = new Map<Context, Map<string, Binding>>();
  for (const b of bindings) {
    for (const where of b.where) {
      let m = table.get(where);
      if (m === undefined) table.set(where, (m = new Map()));
      for (const k of b.keys) {
        const had = m.get(k);
        if (had !== undefined) throw new Error(`key ${k} bound twice in ${where}: ${had.id} and ${b.id}`);
        m.set(k, b);
      }
    }
  }
  return table;
}

const TABLE = buildTable(BINDINGS);

/** The binding a key press has here, if any (tests and help use it too). */
export function bindingFor(key: KeyPress, context: Context): Binding | null {
  const m = TABLE.get(context);
  if (m === undefined) return null;
  const own = m.get(key.name);
  if (own !== undefined) return own;
  if (key.text !== undefined && key.name !== "Paste") return m.get("text") ?? null;
  return null;
}

/** The command a key press means here, or null to ignore it. */
export function commandFor(key: KeyPress, context: Context): Command | null {
  const b = bindingFor(key, context);
  if (b === null) return null;
  if (b.id === "type") return { type: "edit", edit: { type: "insert", text: key.text ?? "" } };
  return b.command;
}

/** How a key name is written for people: C-n as Ctrl+N, M-b as Alt+B. */
export function keyLabel(name: string): string {
  if (name === "text") return "type";
  if (name === " ") return "Space";
  return name
    .replace(/^C-M-/, "Ctrl+Alt+")
    .replace(/^C-/, "Ctrl+")
    .replace(/^M-/, "Alt+")
    .replace(/^S-/, "Shift+")
    .replace(/(Ctrl\+|Alt\+)([a-z])$/, (_, m: string, c: string) => m + c.toUpperCase());
}

const CONTEXT_LABEL: Record<Context, string> = { list: "list", detail: "page", find: "find", filter: "picker", help: "help", copy: "copy" };

/** One row of the help: the keys, where they work, what they do. */
export interface HelpRow {
  keys: string;
  where: string;
  does: string;
}

/** The bindings of one context, as help rows (the copy menu lists its choices so). */
export function rowsFor(context: Context): HelpRow[] {
  return BINDINGS.filter((b) => b.where.includes(context) && b.where.length < EVERYWHERE.length).map((b) => ({ keys: b.keys.map(keyLabel).join(" "), where: CONTEXT_LABEL[context], does: b.does }));
}

/** Every binding as help rows, in the table's order. */
export function helpRows(): HelpRow[] {
  return BINDINGS.map((b) => ({
    keys: b.keys.map(keyLabel).join(" "),
    where: b.where.length === EVERYWHERE.length ? "any" : b.where.map((w) => CONTEXT_LABEL[w]).join(","),
    does: b.does,
  }));
}

/**
 * The key line for a context, fitted to `width` cells: the hints of the
 * context's bindings in table order, dropping from the end (but never
 * `? help`, which is always last) until they fit.
 */
export function keyLine(context: Context, width: number): string {
  const hints = BINDINGS.filter((b) => b.hint !== undefined && b.where.includes(context)).map((b) => b.hint as string);
  const help = hints.find((h) => h === "? help") ?? "? help";
  const rest = hints.filter((h) => h !== help);
  const sep = " · ";
  while (rest.length > 0 && [...rest, help].join(sep).length > width) rest.pop();
  return [...rest, help].join(sep);
}
