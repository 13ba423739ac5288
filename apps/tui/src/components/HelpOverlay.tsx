import { Box, Text } from "ink";
import { BINDINGS } from "../keys.js";

export function HelpOverlay({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold>Keys (any key closes)</Text>
      {BINDINGS.map((b) => (
        <Box key={b.keys + b.where} height={1} width="100%" overflowY="hidden">
          <Box width={28} flexShrink={0}>
            <Text wrap="truncate-end">{b.keys}</Text>
          </Box>
          <Box width={7} flexShrink={0}>
            <Text dimColor>{b.where}</Text>
          </Box>
          <Box flexGrow={1} flexBasis={0} overflowY="hidden">
            <Text wrap="truncate-end">{b.does}</Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
