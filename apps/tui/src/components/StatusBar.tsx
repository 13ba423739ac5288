import { Box, Text } from "ink";
import type { Line } from "../edit.js";
import { keyLine, type Context } from "../keys.js";
import { EditLine } from "./QueryLine.js";

export interface StatusBarProps {
  notice: string | null;
  context: Context;
  columns: number;
  /** The find prompt while it is open. */
  find: Line | null;
}

/** The find prompt, a notice, or the key line (from the key table; `? help` kept at any width). */
export function StatusBar({ notice, context, columns, find }: StatusBarProps) {
  if (find !== null) {
    return (
      <Box height={1} width="100%">
        <EditLine prompt="find: " line={find} focused />
      </Box>
    );
  }
  return (
    <Box height={1} width="100%">
      <Text wrap="truncate-end" dimColor={notice === null}>
        {notice ?? keyLine(context, columns)}
      </Text>
    </Box>
  );
}
