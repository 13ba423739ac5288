import { Box, Text } from "ink";
import type { Catalog } from "@winerr/core";
import { facetLabel, type FacetCount } from "../model.js";

export interface FilterPickerProps {
  catalog: Catalog;
  facets: readonly FacetCount[];
  pick: number;
  top: number;
  height: number;
}

export function FilterPicker({ catalog, facets, pick, top, height }: FilterPickerProps) {
  const items = [{ label: "all headers and facilities", count: catalog.size }, ...facets.map((f) => ({ label: (f.facet.type === "header" ? "header " : "") + facetLabel(catalog, f.facet), count: f.count }))];
  const visible = items.slice(top, top + Math.max(0, height - 1));
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        Filter by header or facility (Enter choose, Esc cancel)
      </Text>
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
