import { describe, expect, it } from "vitest";
import { render } from "ink-testing-library";
import { catalog, ipsecHresult } from "../test/catalog.js";
import { App } from "./App.js";
import { paintFrame } from "./paint.js";

/** The painted frame as screen rows: each `CSI row;1H` starts writing at that row. */
function rowsOf(painted: string, height: number): string[] {
  const rows = Array.from({ length: height }, () => "");
  let at = 0;
  for (const part of painted.split(/(\u001b\[\d+;1H|\u001b\[H|\u001b\[2J)/)) {
    const m = /^\u001b\[(\d+);1H$/.exec(part);
    if (m !== null) at = Number(m[1]) - 1;
    else if (part === "\u001b[H") at = 0;
    else if (part !== "\u001b[2J" && part !== "") rows[at] = part;
  }
  return rows.map((r) => r.trimEnd());
}

describe("paintFrame (the first frame before Ink)", () => {
  const size = { columns: 100, rows: 30 };
  // A code (decode), words (search), nothing (the whole catalog) and text nothing matches.
  for (const query of [ipsecHresult, "access denied", "", "zzqqxx"]) {
    it(`has App's first frame's query line, list, rule and key line for ${JSON.stringify(query)}`, () => {
      const { lastFrame, unmount } = render(<App catalog={catalog} query={query} size={size} color={false} />);
      const app = (lastFrame() ?? "").split("\n").map((r) => r.trimEnd());
      unmount();
      const painted = rowsOf(paintFrame(catalog, query, size), size.rows);
      const ruleAt = app.findIndex((r) => r.startsWith("──"));
      expect(ruleAt).toBeGreaterThan(0);
      // Query line and list; the rule (App's may carry the page's scroll mark); the key line.
      expect(painted.slice(0, ruleAt)).toEqual(app.slice(0, ruleAt));
      expect(painted[ruleAt]?.startsWith("──")).toBe(true);
      expect(painted[size.rows - 2]).toBe(app[size.rows - 2]);
    });
  }
});
