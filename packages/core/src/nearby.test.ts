import { describe, expect, it } from "vitest";
import { realCatalog } from "../test/real-catalog.js";
import { nearby } from "./nearby.js";

describe("nearby", () => {
  const sample = [0, 1, Math.floor(realCatalog.size / 3), Math.floor(realCatalog.size / 2), realCatalog.size - 1];

  it.each(sample)("keeps row %d's kind and header, sorted by value, with the entry at `at`", (i) => {
    const me = realCatalog.row(i);
    const { rows, at } = nearby(realCatalog, i, 3);
    expect(rows[at]).toBe(i);
    expect(rows.length).toBeLessThanOrEqual(7);
    for (const j of rows) {
      expect(realCatalog.row(j)[1]).toBe(me[1]);
      expect(realCatalog.row(j)[4]).toBe(me[4]);
    }
    const values = rows.map((j) => realCatalog.row(j)[2]);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });

  it("takes the nearest values: nothing of the group lies strictly between the ends that is left out", () => {
    const i = Math.floor(realCatalog.size / 2);
    const me = realCatalog.row(i);
    const { rows } = nearby(realCatalog, i, 2);
    const lo = realCatalog.row(rows[0]!)[2];
    const hi = realCatalog.row(rows[rows.length - 1]!)[2];
    const between = realCatalog.rows.filter((r) => r[1] === me[1] && r[4] === me[4] && r[2] > lo && r[2] < hi).length;
    expect(between).toBeLessThanOrEqual(rows.length - 2);
  });
});
