import { Box, Text } from "ink";
import type { HelpRow } from "../keys.js";

/** The copy menu: its choices are the copy bindings of the key table. */
export function CopyMenu({ name, rows, height }: { name: string; rows: readonly HelpRow[]; height: number }) {
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {`Copy ${name} to the terminal's clipboard (OSC 52); Esc cancels`}
      </Text>
      {rows.map((r) => (
        <Box key={r.keys} height={1}>
          <Box width={18} flexShrink={0}>
            <Text wrap="truncate-end">{r.keys}</Text>
          </Box>
          <Text wrap="truncate-end">{r.does}</Text>
        </Box>
      ))}
    </Box>
  );
}
