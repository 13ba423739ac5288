/**
 * Text fitted to a column before it reaches Ink, so that Ink neither measures
 * long strings nor truncates them. A cell per code point: exact for names,
 * hex, kinds and the catalog's prose; anything wider (a CJK character) is
 * still caught by Ink's own `wrap="truncate-end"` on the row.
 */
export function cells(s: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** At most `width` cells; a cut ends in "…" (as Ink's truncate-end). */
export function clip(s: string, width: number): string {
  if (width <= 0) return "";
  if (s.length <= width || cells(s) <= width) return s;
  return Array.from(s).slice(0, width - 1).join("") + "…";
}

/** Spaces that fill a clipped `s` to `width` cells. */
export function padding(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - cells(s)));
}

/**
 * Plain text broken at spaces into lines of at most `width` cells (a word
 * longer than that is cut), so that the detail pane can scroll by line.
 */
export function wrapWords(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((x) => x !== "")) {
    let rest = word;
    while (cells(rest) > w) {
      if (line !== "") {
        out.push(line);
        line = "";
      }
      const chars = Array.from(rest);
      out.push(chars.slice(0, w).join(""));
      rest = chars.slice(w).join("");
    }
    if (line === "") line = rest;
    else if (cells(line) + 1 + cells(rest) <= w) line += " " + rest;
    else {
      out.push(line);
      line = rest;
    }
  }
  if (line !== "") out.push(line);
  return out;
}

/** The rule above the detail page, `mark` (its scroll position, or "") two cells from its end. */
export function ruleLine(width: number, mark: string): string {
  const rule = "─".repeat(Math.max(0, width - mark.length - 2));
  return rule.length > 0 ? rule + mark + "──" : mark;
}
