import type { Catalog } from "@winerr/core";
import { formatHex } from "@winerr/core/bits";
import { clip, padding } from "./fit.js";
import { excerpt, type ResultRow, type Results } from "./model.js";

/**
 * The name column: as wide as the longest name shown (and the marker), at
 * least 38% of a wide screen, at most what leaves the hex beside it; names
 * come before messages when space is short.
 */
export function nameColumn(names: readonly string[], columns: number): number {
  const longest = names.reduce((m, n) => Math.max(m, n.length), 0) + 1;
  const room = Math.max(4, columns - 12);
  return Math.min(room, Math.max(longest, Math.min(Math.floor(columns * 0.38), room)));
}

/** A list row's columns, each fitted here (ResultList styles them; paint.ts writes them plain). */
export interface RowParts {
  name: string;
  /** Spaces after the name, and the one before the hex. */
  namePad: string;
  hex: string;
  /** "" when the row is too narrow for the kind column. */
  kind: string;
  kindPad: string;
  /** How the row matched (recent, range, alias, reading, via ...) and a space, or "". */
  how: string;
  /**
   * The message, cut one character past the row: the row's own truncate-end
   * (Ink's) adds the "…", and the string Ink measures stays ASCII, which
   * string-width measures without segmenting it.
   */
  message: string;
}

export function rowParts(catalog: Catalog, row: ResultRow, isSel: boolean, columns: number, nameWidth: number): RowParts {
  const r = catalog.row(row.index);
  const alias = row.alias === true;
  const { via, reading } = row;
  // The kind column when the message keeps 20 cells beside it.
  const wide = columns - nameWidth - 12 >= 29;
  const how = [row.recent === true ? "recent" : "", row.range === true ? "range" : "", alias ? "alias" : "", reading === undefined ? "" : reading === "decimal" ? "dec" : reading, via === undefined || via === "exact" || via === "name" ? "" : `via ${via}`].filter((s) => s !== "").join(" ");
  // An alias sits indented under the entry it is defined as.
  const name = clip((isSel ? "▸" : " ") + (alias ? "  " : "") + r[0], nameWidth);
  const kind = wide ? clip(r[1], 8) : "";
  const rest = Math.max(0, columns - nameWidth - 1 - 11 - (wide ? 9 : 0) - (how !== "" ? how.length + 1 : 0));
  return { name, namePad: padding(name, nameWidth) + " ", hex: formatHex(r[2]), kind, kindPad: wide ? padding(kind, 8) + " " : "", how: how === "" ? "" : how + " ", message: excerpt(r[3], rest + 1) };
}

/** What an empty list says instead of rows. */
export function emptyListText(results: Results): string {
  return results.error ?? (results.mode === "decode" ? "No catalog entry has this value." : "Nothing matches.");
}
