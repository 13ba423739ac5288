import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { catalog, ipsec } from "../test/catalog.js";
import { HISTORY_MAX, historyPath, historyRows, mergeHistory, readHistory, visitOf, writeHistory, type Visit } from "./history.js";

const dir = mkdtempSync(join(tmpdir(), "winerr-history-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const v = (index: number): Visit => visitOf(catalog, index);

describe("history", () => {
  it("lives in the XDG state folder (a relative XDG_STATE_HOME is ignored), or LOCALAPPDATA on Windows", () => {
    expect(historyPath({ XDG_STATE_HOME: "/s" }, "linux", "/h")).toBe("/s/winerr/tui-history.json");
    expect(historyPath({ XDG_STATE_HOME: "rel" }, "linux", "/h")).toBe("/h/.local/state/winerr/tui-history.json");
    expect(historyPath({}, "linux", "/h")).toBe("/h/.local/state/winerr/tui-history.json");
  });

  it("newest first, each entry once, at most HISTORY_MAX", () => {
    expect(mergeHistory([v(3), v(2)], [v(1), v(2)])).toEqual([v(2), v(1), v(3)]);
    const many = Array.from({ length: HISTORY_MAX + 20 }, (_, k) => v(k));
    const merged = mergeHistory([], many);
    expect(merged).toHaveLength(HISTORY_MAX);
    expect(merged[0]).toEqual(v(HISTORY_MAX + 19));
  });

  it("written atomically and read back; a missing or foreign file is no history", () => {
    const path = join(dir, "a", "b", "tui-history.json");
    expect(readHistory(path)).toEqual([]);
    writeHistory(path, [v(ipsec), v(5)]);
    expect(readHistory(path)).toEqual([v(ipsec), v(5)]);
    expect(JSON.parse(readFileSync(path, "utf8")).version).toBe(1);
    writeFileSync(path, "not json");
    expect(readHistory(path)).toEqual([]);
    writeFileSync(path, JSON.stringify({ version: 2, visits: [v(1)] }));
    expect(readHistory(path)).toEqual([]);
  });

  it("rows: by the saved row when its name still matches, else by name; gone entries left out", () => {
    expect(historyRows(catalog, [v(ipsec), { ...v(ipsec), index: 0 }, { kind: "win32", name: "NO_SUCH_NAME_IN_THE_CATALOG", index: 7 }])).toEqual([ipsec]);
  });
});
