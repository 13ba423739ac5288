import { describe, expect, it } from "vitest";
import { NO_FILTER, runQuery } from "./model.js";
import { catalog, find } from "../test/catalog.js";

describe("runQuery: decode lists as core ranks them", () => {
  it("an alias is flagged and listed right after the entry it is defined as", () => {
    // Every alias of the committed catalog whose entry has the same value: decoded by that value.
    const alias = find((r) => r[7] !== null && catalog.indexesOfName(r[7]).some((i) => catalog.row(i)[2] === r[2] && catalog.row(i)[1] === r[1]));
    const [, , value] = catalog.row(alias);
    const rows = runQuery(catalog, `0x${value.toString(16)}`, NO_FILTER).rows;
    const at = rows.findIndex((r) => r.index === alias);
    expect(rows[at]?.alias).toBe(true);
    expect(catalog.row(rows[at - 1]?.index as number)[0] === catalog.row(alias)[7] || rows[at - 1]?.alias === true).toBe(true);
    expect(rows[0]?.alias).toBeUndefined();
  });

  it("family-scoped input lists that family only", () => {
    const rows = runQuery(catalog, "bugcheck:5", NO_FILTER).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => catalog.row(r.index)[1] === "bugcheck")).toBe(true);
  });
});
