import { describe, expect, it } from "vitest";
import { cells, clip, padding } from "./fit.js";

describe("fit (text fitted to a column)", () => {
  it("counts a cell per code point", () => {
    expect(cells("abc")).toBe(3);
    expect(cells("▸ab")).toBe(3);
    expect(cells("")).toBe(0);
  });

  it("clips with an ellipsis, as Ink's truncate-end", () => {
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("abcd", 4)).toBe("abcd");
    expect(clip("▸abcdef", 4)).toBe("▸ab…");
    expect(clip("abc", 0)).toBe("");
  });

  it("pads to the width", () => {
    expect(padding("ab", 5)).toBe("   ");
    expect(padding("abcdef", 5)).toBe("");
  });
});
