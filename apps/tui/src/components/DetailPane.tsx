import { memo } from "react";
import { Box, Text } from "ink";
import type { MessagePart } from "@winerr/core";
import type { DetailLine } from "../detail-lines.js";
import { tint, useTheme, type Theme } from "../theme.js";

export interface DetailPaneProps {
  lines: readonly DetailLine[];
  height: number;
  /** Link mode: every line one row, the chosen link highlighted. */
  linkMode: boolean;
  link: number;
  scroll: number;
}

function Message({ parts, oneLine, theme }: { parts: MessagePart[] | null; oneLine: boolean; theme: Theme }) {
  if (parts === null) return <Text dimColor>(the header gives no message text)</Text>;
  return (
    <Text wrap={oneLine ? "truncate-end" : "wrap"}>
      {parts.map((p, k) =>
        p.type === "insert" ? (
          <Text key={k} color={tint(theme, "cyan")} underline>
            {"<" + p.raw + ">"}
          </Text>
        ) : (
          <Text key={k}>{oneLine ? p.text.replace(/\s+/g, " ") : p.text.replace(/\r\n?/g, "\n").replace(/\n+$/, "")}</Text>
        ),
      )}
    </Text>
  );
}

function Line({ line, linkMode, chosen, theme }: { line: DetailLine; linkMode: boolean; chosen: number; theme: Theme }) {
  switch (line.type) {
    case "title":
      return (
        <Text wrap="truncate-end">
          <Text bold color={tint(theme, "green")}>
            {line.name}
          </Text>
          <Text dimColor> {line.kind}</Text>
        </Text>
      );
    case "values":
      return (
        <Text wrap="truncate-end">
          <Text color={tint(theme, "yellow")}>{line.hex}</Text> · unsigned {line.unsigned} · signed {line.signed}
        </Text>
      );
    case "message":
      return <Message parts={line.parts} oneLine={linkMode} theme={theme} />;
    case "section":
      return (
        <Text bold wrap="truncate-end">
          {line.text}
        </Text>
      );
    case "text":
      return <Text wrap="truncate-end">{"  " + line.text}</Text>;
    case "guidance":
      return <Text wrap="truncate-end">{line.text}</Text>;
    case "link": {
      const isChosen = linkMode && line.link !== null && line.link === chosen;
      return (
        <Text wrap="truncate-end" inverse={isChosen}>
          {isChosen ? "▸ " : "  "}
          {line.label !== "" ? <Text dimColor={!isChosen}>{line.label} </Text> : null}
          <Text color={isChosen ? undefined : tint(theme, "yellow")}>{line.hex}</Text>{" "}
          {line.name ?? <Text dimColor>not in catalog</Text>}
        </Text>
      );
    }
  }
}

// Memoised: a key that changes only the query line or list keeps the same lines, so React skips the pane.
export const DetailPane = memo(function DetailPane({ lines, height, linkMode, link, scroll }: DetailPaneProps) {
  const theme = useTheme();
  if (height <= 0) return null;
  // Each line takes a row or more, so lines past `height` are never seen.
  const shown = linkMode ? lines.slice(scroll, scroll + height) : lines.slice(0, height);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {shown.map((line, k) => (
        <Box key={k + scroll} flexShrink={0}>
          <Line line={line} linkMode={linkMode} chosen={link} theme={theme} />
        </Box>
      ))}
    </Box>
  );
});
