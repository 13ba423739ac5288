import { Box, Text } from "ink";
import type { Catalog } from "@winerr/core";
import { formatHex } from "@winerr/core";
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

/** Only the visible rows are drawn, so the list costs the same over any number of results. */
export function ResultList({ catalog, results, selected, top, height, columns, focused }: ResultListProps) {
  const theme = useTheme();
  const rows = results.rows.slice(top, top + height);
  if (rows.length === 0) {
    return (
      <Box height={height} overflow="hidden">
        <Text dimColor wrap="truncate">
          {results.error ?? (results.mode === "decode" ? "No catalog entry has this value." : "Nothing matches.")}
        </Text>
      </Box>
    );
  }
  const nameWidth = Math.max(12, Math.floor(columns * 0.38));
  const wide = columns >= 60;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.map((row, k) => {
        const r = catalog.row(row.index);
        const isSel = top + k === selected;
        const how = [row.reading === undefined ? "" : row.reading === "decimal" ? "dec" : row.reading, row.via === undefined || row.via === "exact" || row.via === "name" ? "" : `via ${row.via}`]
          .filter((s) => s !== "")
          .join(" ");
        return (
          <Box key={top + k} height={1} width="100%">
            <Box width={nameWidth} flexShrink={0} marginRight={1}>
              <Text inverse={isSel} bold={isSel && focused} color={isSel ? undefined : tint(theme, "green")} wrap="truncate-end">
                {(isSel ? "▸" : " ") + r[0]}
              </Text>
            </Box>
            <Box width={10} flexShrink={0} marginRight={1}>
              <Text color={tint(theme, "yellow")}>{formatHex(r[2])}</Text>
            </Box>
            {wide ? (
              <Box width={8} flexShrink={0} marginRight={1}>
                <Text dimColor>{r[1]}</Text>
              </Box>
            ) : null}
            <Box flexGrow={1} flexShrink={1} overflow="hidden">
              <Text wrap="truncate-end">
                {how !== "" ? <Text color={tint(theme, "magenta")}>{how} </Text> : null}
                {excerpt(r[3], columns)}
              </Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
