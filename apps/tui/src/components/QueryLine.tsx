import { Box, Text } from "ink";
import { tint, useTheme } from "../theme.js";

export interface QueryLineProps {
  query: string;
  focused: boolean;
  /** "12 of 20519" and the like. */
  count: string;
  filter: string | null;
}

export function QueryLine({ query, focused, count, filter }: QueryLineProps) {
  const theme = useTheme();
  return (
    <Box width="100%" height={1}>
      <Box flexGrow={1} flexShrink={1} overflowY="hidden">
        <Text wrap="truncate-start">
          <Text color={tint(theme, "cyan")} bold>
            {"› "}
          </Text>
          {query}
          {focused ? <Text inverse> </Text> : null}
          {query === "" && !focused ? <Text dimColor> type a code, a name or words</Text> : null}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <Text dimColor wrap="truncate">
          {filter !== null ? `[${filter}] ` : ""}
          {count}
        </Text>
      </Box>
    </Box>
  );
}
