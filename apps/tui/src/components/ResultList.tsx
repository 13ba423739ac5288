import { memo } from "react";
import { Box, Text } from "ink";
import type { Catalog, Reading, Via } from "@winerr/core";
import { formatHex } from "@winerr/core/bits";
import { clip, padding } from "../fit.js";
import { excerpt, type Results } from "../model.js";
import { tint, useTheme } from "../theme.js";

export interface ResultListProps {
  catalog: Catalog;
  results: Results;
  selected: number;
  top: number;
  height: number;
  columns: number;
  focused: boolean;
}

interface RowProps {
  catalog: Catalog;
  index: number;
  via: Via | undefined;
  reading: Reading["as"] | undefined;
  alias: boolean;
  recent: boolean;
  range: boolean;
  isSel: boolean;
  focused: boolean;
  columns: number;
  nameWidth: number;
}

/**
 * One list row as one Ink text: name, hex, kind, then how it matched and the
 * message, each fitted to its column here. Memoised: a key that moves the
 * selection redraws the two rows it touches; scrolling keeps each position's
 * row (keys are positions, and a position keeps its entry).
 */
const Row = memo(function Row({ catalog, index, via, reading, alias, recent, range, isSel, focused, columns, nameWidth }: RowProps) {
  const theme = useTheme();
  const r = catalog.row(index);
  // The kind column when the message keeps 20 cells beside it.
  const wide = columns - nameWidth - 12 >= 29;
  const how = [recent ? "recent" : "", range ? "range" : "", alias ? "alias" : "", reading === undefined ? "" : reading === "decimal" ? "dec" : reading, via === undefined || via === "exact" || via === "name" ? "" : `via ${via}`].filter((s) => s !== "").join(" ");
  // An alias sits indented under the entry it is defined as.
  const name = clip((isSel ? "▸" : " ") + (alias ? "  " : "") + r[0], nameWidth);
  const kind = wide ? clip(r[1], 8) : "";
  // The message is cut one character past the row, and Ink's truncate-end cuts the row with "…":
  // the string Ink measures stays ASCII, which string-width measures without segmenting it.
  const rest = Math.max(0, columns - nameWidth - 1 - 11 - (wide ? 9 : 0) - (how !== "" ? how.length + 1 : 0));
  return (
    <Text wrap="truncate-end">
      <Text inverse={isSel} bold={isSel && focused} color={isSel ? undefined : tint(theme, "green")}>
        {name}
      </Text>
      {padding(name, nameWidth) + " "}
      <Text color={tint(theme, "yellow")}>{formatHex(r[2])}</Text>
      {" "}
      {wide ? <Text dimColor>{kind}</Text> : null}
      {wide ? padding(kind, 8) + " " : null}
      {how !== "" ? <Text color={tint(theme, "magenta")}>{how + " "}</Text> : null}
      {excerpt(r[3], rest + 1)}
    </Text>
  );
});

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

/** Only the visible rows are drawn, so the list costs the same over any number of results. */
export function ResultList({ catalog, results, selected, top, height, columns, focused }: ResultListProps) {
  const rows = results.rows.slice(top, top + height);
  if (rows.length === 0) {
    return (
      <Box height={height}>
        <Text dimColor wrap="truncate">
          {results.error ?? (results.mode === "decode" ? "No catalog entry has this value." : "Nothing matches.")}
        </Text>
      </Box>
    );
  }
  const nameWidth = nameColumn(
    rows.map((r) => catalog.nameOf(r.index)),
    columns,
  );
  return (
    <Box flexDirection="column" height={height}>
      {rows.map((row, k) => (
        <Row key={top + k} catalog={catalog} index={row.index} via={row.via} reading={row.reading} alias={row.alias === true} recent={row.recent === true} range={row.range === true} isSel={top + k === selected} focused={focused} columns={columns} nameWidth={nameWidth} />
      ))}
    </Box>
  );
}
