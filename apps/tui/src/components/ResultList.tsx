import { memo } from "react";
import { Box, Text } from "ink";
import type { Catalog } from "@winerr/core";
import type { ResultRow, Results } from "../model.js";
import { emptyListText, nameColumn, rowParts } from "../rows.js";
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
  row: ResultRow;
  isSel: boolean;
  focused: boolean;
  columns: number;
  nameWidth: number;
}

/**
 * One list row as one Ink text: name, hex, kind, then how it matched and the
 * message, each fitted to its column (rows.ts). Memoised: a key that moves the
 * selection redraws the two rows it touches; scrolling keeps each position's
 * row (keys are positions, and a position keeps its entry).
 */
const Row = memo(function Row({ catalog, row, isSel, focused, columns, nameWidth }: RowProps) {
  const theme = useTheme();
  const p = rowParts(catalog, row, isSel, columns, nameWidth);
  return (
    <Text wrap="truncate-end">
      <Text inverse={isSel} bold={isSel && focused} color={isSel ? undefined : tint(theme, "green")}>
        {p.name}
      </Text>
      {p.namePad}
      <Text color={tint(theme, "yellow")}>{p.hex}</Text>
      {" "}
      {p.kind !== "" ? <Text dimColor>{p.kind}</Text> : null}
      {p.kind !== "" ? p.kindPad : null}
      {p.how !== "" ? <Text color={tint(theme, "magenta")}>{p.how}</Text> : null}
      {p.message}
    </Text>
  );
});

/** Only the visible rows are drawn, so the list costs the same over any number of results. */
export function ResultList({ catalog, results, selected, top, height, columns, focused }: ResultListProps) {
  const rows = results.rows.slice(top, top + height);
  if (rows.length === 0) {
    return (
      <Box height={height}>
        <Text dimColor wrap="truncate">
          {emptyListText(results)}
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
        <Row key={top + k} catalog={catalog} row={row} isSel={top + k === selected} focused={focused} columns={columns} nameWidth={nameWidth} />
      ))}
    </Box>
  );
}
