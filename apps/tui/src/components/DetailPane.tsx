import { memo, type ReactNode } from "react";
import { Box, Text } from "ink";
import { NO_MESSAGE, type DetailLine } from "../detail-lines.js";
import { ruleLine } from "../fit.js";
import { hyperlink } from "../opener.js";
import { tint, useTheme, type Theme } from "../theme.js";

export interface DetailPaneProps {
  lines: readonly DetailLine[];
  height: number;
  width: number;
  /** Reading the page: the chosen link is marked, the position shown. */
  reading: boolean;
  link: number;
  scroll: number;
  /** Text found in the page (/), marked where it occurs. */
  found: string | null;
}

/** `text` with every occurrence of `needle` (case-insensitive) inverted. */
function marked(text: string, needle: string | null): ReactNode {
  if (needle === null || needle === "") return text;
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  const out: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
    out.push(text.slice(from, at), <Text key={at} inverse>{text.slice(at, at + n.length)}</Text>);
    from = at + n.length;
  }
  if (out.length === 0) return text;
  out.push(text.slice(from));
  return out;
}

/** A message line: its inserts (`<%1>`) underlined. */
function messageLine(text: string, inserts: readonly string[], theme: Theme, found: string | null): ReactNode {
  if (inserts.length === 0 || found !== null) return marked(text, found);
  const out: ReactNode[] = [];
  let rest = text;
  let k = 0;
  for (;;) {
    let best = -1;
    let hit = "";
    for (const x of inserts) {
      const at = rest.indexOf(x);
      if (at >= 0 && (best < 0 || at < best)) [best, hit] = [at, x];
    }
    if (best < 0) break;
    out.push(rest.slice(0, best), <Text key={k++} color={tint(theme, "cyan")} underline>{hit}</Text>);
    rest = rest.slice(best + hit.length);
  }
  out.push(rest);
  return out;
}

function Line({ line, reading, chosen, theme, found }: { line: DetailLine; reading: boolean; chosen: number; theme: Theme; found: string | null }) {
  switch (line.type) {
    case "title":
      return (
        <Text wrap="truncate-end">
          <Text bold color={tint(theme, "green")}>
            {marked(line.name, found)}
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
      return <Text wrap="truncate-end">{messageLine(line.text, line.inserts, theme, found)}</Text>;
    case "noMessage":
      return <Text dimColor>{NO_MESSAGE}</Text>;
    case "section":
      return (
        <Text bold wrap="truncate-end">
          {marked(line.text, found)}
        </Text>
      );
    case "text":
      return <Text wrap="truncate-end">{marked("  " + line.text, found)}</Text>;
    case "guidance":
      return <Text wrap="truncate-end">{marked(line.text, found)}</Text>;
    case "ref": {
      const isChosen = reading && line.ref === chosen;
      return (
        <Text wrap="truncate-end" inverse={isChosen} color={isChosen ? undefined : tint(theme, "blue")}>
          {(isChosen && line.first ? "▸ " : "  ") + hyperlink(line.url, line.text)}
        </Text>
      );
    }
    case "link": {
      const isChosen = reading && line.link !== null && line.link === chosen;
      return (
        <Text wrap="truncate-end" inverse={isChosen}>
          {isChosen ? "▸ " : "  "}
          {line.label !== "" ? <Text dimColor={!isChosen}>{line.label} </Text> : null}
          <Text color={isChosen ? undefined : tint(theme, "yellow")}>{line.hex}</Text> {line.name !== null ? marked(line.name, found) : <Text dimColor>not in catalog</Text>}
        </Text>
      );
    }
  }
}

/** The divider above the page, with the position in it: lines shown, of how many, and whether more follow. */
export function positionMark(scroll: number, height: number, count: number): string {
  if (count <= height) return "";
  const last = Math.min(count, scroll + height);
  return ` ${scroll > 0 ? "↑" : " "}${last < count ? "↓" : " "} ${scroll + 1}-${last}/${count} `;
}

// Memoised: a key that changes only the query line or list keeps the same lines, so React skips the pane.
export const DetailPane = memo(function DetailPane({ lines, height, width, reading, link, scroll, found }: DetailPaneProps) {
  const theme = useTheme();
  const mark = positionMark(scroll, height, lines.length);
  const shown = height > 0 ? lines.slice(scroll, scroll + height) : [];
  return (
    <Box flexDirection="column" height={height + 1} flexShrink={0} overflowY="hidden">
      <Text dimColor wrap="truncate-end">
        {ruleLine(width, mark)}
      </Text>
      {shown.map((line, k) => (
        <Box key={k + scroll} flexShrink={0} height={1}>
          <Line line={line} reading={reading} chosen={link} theme={theme} found={found} />
        </Box>
      ))}
    </Box>
  );
});
