import { Box, Text } from "ink";

export interface StatusBarProps {
  notice: string | null;
  focus: "list" | "detail";
}

export function StatusBar({ notice, focus }: StatusBarProps) {
  const hint =
    focus === "detail"
      ? "↑↓ link · Enter jump · ⌫ back · Tab list · ? help"
      : "↑↓ move · Enter links · ^K kind · ^F filter · ^Y copy · ^O print · ? help";
  return (
    <Box height={1} width="100%">
      <Text wrap="truncate-end" dimColor={notice === null}>
        {notice ?? hint}
      </Text>
    </Box>
  );
}
