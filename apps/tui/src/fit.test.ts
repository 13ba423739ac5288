import { describe, expect, it } from "vitest";
import { cells, clip, padding, wrapWords } from "./fit.js";

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

  it("wraps words to the width, cutting only a word longer than a line", () => {
    expect(wrapWords("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrapWords("  spaced   out  ", 20)).toEqual(["spaced out"]);
    expect(wrapWords("abcdefghijkl xy", 5)).toEqual(["abcde", "fghij", "kl xy"]);
    expect(wrapWords("", 5)).toEqual([]);
    for (const line of wrapWords("Compare the IPsec rules and crypto proposals on both peers, inspect the filters", 17)) expect(cells(line)).toBeLessThanOrEqual(17);
  });
});
