import { Box, Text } from "ink";
import type { Line } from "../edit.js";
import { tint, useTheme } from "../theme.js";

/** A line of text with its cursor drawn as an inverse cell. */
export function EditLine({ prompt, line, focused, placeholder }: { prompt: string; line: Line; focused: boolean; placeholder?: string }) {
  const theme = useTheme();
  const { text, cursor } = line;
  const at = Math.max(0, Math.min(cursor, text.length));
  const cp = text.codePointAt(at);
  const under = cp === undefined ? " " : String.fromCodePoint(cp);
  return (
    <Text wrap="truncate-start">
      <Text color={tint(theme, "cyan")} bold>
        {prompt}
      </Text>
      {focused ? text.slice(0, at) : text}
      {focused ? <Text inverse>{under}</Text> : null}
      {focused ? text.slice(at + (cp === undefined ? 0 : under.length)) : null}
      {text === "" && !focused && placeholder !== undefined ? <Text dimColor>{placeholder}</Text> : null}
    </Text>
  );
}

export interface QueryLineProps {
  query: string;
  cursor: number;
  focused: boolean;
  /** "12/20519" and the like. */
  count: string;
  filter: string | null;
}

export function QueryLine({ query, cursor, focused, count, filter }: QueryLineProps) {
  return (
    <Box width="100%" height={1}>
      <Box flexGrow={1} flexShrink={1} overflowY="hidden">
        <EditLine prompt="› " line={{ text: query, cursor }} focused={focused} placeholder=" type a code, a name or words" />
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
