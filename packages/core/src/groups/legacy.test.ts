import { describe, expect, it } from "vitest";
import { realCatalog as catalog } from "../../test/real-catalog.js";
import { groupOf } from "../group-of.js";
import { GROUPS, TOOLS } from "./index.js";
import { LEGACY_GROUPS, LEGACY_TOOLS } from "./legacy.js";
import { matchingRules } from "./match.js";

// The conversion of the TypeScript tables into data/guidance (scripts/convert-groups.mjs)
// must change nothing: same rules, same prose, same tools, same group for every entry.
describe("data/guidance against the TypeScript tables it was converted from", () => {
  it("holds the same rules, field by field", () => {
    const plain = (r: (typeof GROUPS)[number]) => JSON.parse(JSON.stringify({ ...r, headers: [...r.headers], prefixes: r.prefixes && [...r.prefixes], range: r.range && [...r.range] }));
    const byId = new Map(GROUPS.map((r) => [r.id, r]));
    expect(GROUPS.length).toBe(LEGACY_GROUPS.length);
    for (const old of LEGACY_GROUPS) {
      const now = byId.get(old.id);
      expect(now, old.id).toBeDefined();
      expect(plain(now as (typeof GROUPS)[number]), old.id).toEqual(plain(old));
    }
  });

  it("holds the same tools", () => {
    const sorted = (ts: typeof TOOLS) => [...ts].sort((a, b) => a.id.localeCompare(b.id)).map((t) => ({ ...t }));
    expect(sorted(TOOLS)).toEqual(sorted(LEGACY_TOOLS));
  });

  it("selects the same group for every catalog entry", () => {
    let grouped = 0;
    const moved: string[] = [];
    for (let i = 0; i < catalog.size; i++) {
      const key = { name: catalog.nameOf(i), kind: catalog.kindOf(i), value: catalog.valueOf(i), header: catalog.headerOf(i) };
      const old = matchingRules(LEGACY_GROUPS, key)[0]?.id ?? null;
      const now = groupOf(catalog, i)?.id ?? null;
      if (old !== now) moved.push(`${key.name}: ${old} -> ${now}`);
      if (now !== null) grouped++;
    }
    expect(moved).toEqual([]);
    expect(grouped).toBeGreaterThan(0);
  });
});
