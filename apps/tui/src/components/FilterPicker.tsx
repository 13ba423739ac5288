import { Box, Text } from "ink";
import type { Catalog } from "@winerr/core";
import type { Line } from "../edit.js";
import { facetLabel, type FacetCount } from "../model.js";
import { EditLine } from "./QueryLine.js";

export interface FilterPickerProps {
  catalog: Catalog;
  /** The items matching the search text. */
  items: readonly FacetCount[];
  search: Line;
  pick: number;
  top: number;
  height: number;
}

export function FilterPicker({ catalog, items, search, pick, top, height }: FilterPickerProps) {
  const all = [{ label: "all headers and facilities", count: catalog.size }, ...items.map((f) => ({ label: (f.facet.type === "header" ? "header " : "") + facetLabel(catalog, f.facet), count: f.count }))];
  const visible = all.slice(top, top + Math.max(0, height - 2));
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        Filter by header or facility (type to search, Enter choose, Esc cancel)
      </Text>
      <EditLine prompt="search: " line={search} focused />
      {visible.map((it, k) => (
        <Box key={top + k} height={1}>
          <Text inverse={top + k === pick} wrap="truncate-end">
            {(top + k === pick ? "▸ " : "  ") + it.label} <Text dimColor={top + k !== pick}>({it.count})</Text>
          </Text>
        </Box>
      ))}
    </Box>
  );
}
