import { Box, Text } from "ink";
import type { HelpRow } from "../keys.js";

export interface HelpOverlayProps {
  rows: readonly HelpRow[];
  top: number;
  height: number;
  columns: number;
}

/** Every binding of the key table, scrolled by `top` (Up/Down/PgUp/PgDn in it). */
export function HelpOverlay({ rows, top, height, columns }: HelpOverlayProps) {
  const shown = rows.slice(top, top + Math.max(0, height - 1));
  const keysWidth = Math.max(8, Math.min(30, Math.floor(columns * 0.35)));
  const more = top + shown.length < rows.length ? " ↓" : "";
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {`Keys ${top + 1}-${top + shown.length} of ${rows.length}${more} (Esc or ? closes, ↑↓ PgUp PgDn scroll)`}
      </Text>
      {shown.map((b, k) => (
        <Box key={top + k} height={1} width="100%" overflowY="hidden">
          <Box width={keysWidth} flexShrink={0}>
            <Text wrap="truncate-end">{b.keys}</Text>
          </Box>
          <Box width={17} flexShrink={0}>
            <Text dimColor wrap="truncate-end">
              {b.where}
            </Text>
          </Box>
          <Box flexGrow={1} flexBasis={0} overflowY="hidden">
            <Text wrap="truncate-end">{b.does}</Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
