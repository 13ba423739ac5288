import type { Catalog } from "@winerr/core";
import { cells, clip, ruleLine } from "./fit.js";
import { keyLine } from "./keys.js";
import { emptyListText, nameColumn, rowParts } from "./rows.js";
import { countLabel, initialState, layout, type Size } from "./state.js";

const at = (row: number) => `\u001b[${row};1H`;

/**
 * App's first frame as plain text, for run.tsx to write before React and Ink
 * are loaded (about half the start-up): the query line, the list and the key
 * line where App draws them, and the rule above the entry's page (which App's
 * first frame also leaves empty until the page model is loaded). The same
 * state (state.ts), rows (rows.ts), rule (fit.ts) and key line (keys.ts) as
 * App, without colours; Ink's first frame replaces it whole.
 */
export function paintFrame(catalog: Catalog, query: string, size: Size, recent: readonly number[] = []): string {
  const s = initialState(catalog, query, size, recent);
  const { columns } = size;
  const box = layout(size, "list", s.results.count);
  const count = countLabel(s);
  const left = clip(`› ${query} `, Math.max(1, columns - cells(count) - 1));
  const lines: string[] = [left + " ".repeat(Math.max(1, columns - cells(left) - cells(count))) + count];
  const rows = s.results.rows.slice(s.top, s.top + box.list);
  if (rows.length === 0) lines.push(clip(emptyListText(s.results), columns));
  const nameWidth = nameColumn(
    rows.map((r) => catalog.nameOf(r.index)),
    columns,
  );
  rows.forEach((row, k) => {
    const p = rowParts(catalog, row, s.top + k === s.selected, columns, nameWidth);
    lines.push(clip(p.name + p.namePad + p.hex + " " + p.kind + p.kindPad + p.how + p.message, columns));
  });
  let out = "\u001b[H\u001b[2J";
  lines.forEach((line, k) => (out += at(k + 1) + line));
  if (box.detail > 0) out += at(box.list + 2) + ruleLine(columns, "");
  out += at(Math.max(1, size.rows - 1)) + clip(keyLine("list", columns), columns);
  return out + "\u001b[H";
}
