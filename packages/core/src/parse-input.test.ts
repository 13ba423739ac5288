import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hexFirst, parseInput, stripPunctuation, type ParsedInput } from "./parse-input.js";

const readings = (p: ParsedInput) => (p.ok && p.type === "number" ? p.readings.map((r) => [r.as, r.value]) : p);
const code = (p: ParsedInput) => (p.ok ? "ok" : p.error.code);

describe("parseInput numbers", () => {
  it.each([
    ["13857", [["decimal", 13857], ["hex", 0x13857]]],
    ["-2147024891", [["decimal", 0x80070005]]],
    ["2147942405", [["decimal", 0x80070005]]],
    ["0x80070005", [["hex", 0x80070005]]],
    ["0X80070005", [["hex", 0x80070005]]],
    ["&H80070005", [["hex", 0x80070005]]],
    ["&h80070005&", [["hex", 0x80070005]]],
    ["0x80070005L", [["hex", 0x80070005]]],
    ["80070005", [["hex", 0x80070005], ["decimal", 80070005]]],
    ["c000021a", [["hex", 0xc000021a]]],
    ["C000021A", [["hex", 0xc000021a]]],
    ["00000005", [["hex", 5]]],
    ["10000000", [["decimal", 10000000], ["hex", 0x10000000]]],
    ["0", [["decimal", 0]]],
    ["4294967295", [["decimal", 0xffffffff]]],
    ["-2147483648", [["decimal", 0x80000000]]],
    ["0x0000000000000005", [["hex", 5]]],
    ["-0x7FF8FFFB", [["hex", 0x80070005]]],
    ["(0x80070005)", [["hex", 0x80070005]]],
    ["0x80070005:", [["hex", 0x80070005]]],
    ['"0x80070005",', [["hex", 0x80070005]]],
    ["  'c0000005'.  ", [["hex", 0xc0000005]]],
    ["[-1073741819]", [["decimal", 0xc0000005]]],
  ])("%s", (input, expected) => expect(readings(parseInput(input))).toEqual(expected));

  it("corrects sign-extended 64-bit values and says so", () => {
    for (const input of ["0xFFFFFFFF80070005", "ffffffff80070005", "18446744071562526725"]) {
      const p = parseInput(input);
      expect(p.ok && p.type === "number" && p.readings.length === 1 && p.readings[0]).toMatchObject({ value: 0x80070005, note: expect.stringMatching(/sign-extended/) });
    }
  });

  it.each([
    ["", "empty"],
    ["   \t ", "empty"],
    ["x".repeat(20000), "too-long"],
    ["1".repeat(20000), "too-long"],
    ["4294967296", "out-of-range"],
    ["-2147483649", "out-of-range"],
    ["0x1FFFFFFFF", "out-of-range"],
    ["0xFFFFFFFF00000005", "out-of-range"], // upper half all ones but bit 31 clear: not a sign extension
    ["99999999999999999999999", "out-of-range"],
    ["0x", "not-a-number"],
    ["-", "not-a-number"],
    ["😀", "not-a-number"],
    ["$(rm -rf /)", "not-a-number"],
    ["a;b|c&d", "not-a-number"],
    ["0x8007\u00000005", "not-a-number"],
    ["\ud800", "not-a-number"],
    ["\udc00abc", "not-a-number"],
    ["()", "not-a-number"],
    ["=", "not-a-number"],
    [":", "not-a-number"],
    ["=ERR OR", "not-a-number"],
  ])("rejects case %# as %s", (input, expected) => {
    const p = parseInput(input);
    expect(code(p)).toBe(expected);
    if (!p.ok) expect(p.error.message).toMatch(/^[A-Z][^\n]*\.$/);
  });
});

describe("parseInput names", () => {
  it.each([
    ["SOME_NAME", { name: "SOME_NAME", match: "any-case" }],
    ["some_name", { name: "some_name", match: "any-case" }],
    ["=SOME_NAME", { name: "SOME_NAME", match: "exact" }],
    [":PART", { name: "PART", match: "substring" }],
    ["(SOME_NAME),", { name: "SOME_NAME", match: "any-case" }],
    ["DEADBEEFX", { name: "DEADBEEFX", match: "any-case" }],
  ])("%s", (input, expected) => expect(parseInput(input)).toMatchObject({ ok: true, type: "name", ...expected }));
});

describe("hexFirst", () => {
  it.each([
    ["80070005", true],
    ["90000000", true],
    ["00000005", true],
    ["10000000", false],
    ["13857", false],
    ["8007005", false],
  ])("%s -> %s", (digits, expected) => expect(hexFirst(digits)).toBe(expected));
});

describe("stripPunctuation", () => {
  it("keeps Err.exe prefixes and signs", () => {
    expect(stripPunctuation("(:PART)")).toBe(":PART");
    expect(stripPunctuation("'=NAME';")).toBe("=NAME");
    expect(stripPunctuation("(-5)")).toBe("-5");
  });
});

describe("parseInput properties", () => {
  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  it("never throws and always answers ok or one error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (s) => {
        const p = parseInput(s);
        return p.ok || (typeof p.error.message === "string" && p.error.message.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
  it("reads every 32-bit value as 0x hex", () => {
    fc.assert(fc.property(u32, (v) => {
      const p = parseInput("0x" + v.toString(16));
      return p.ok && p.type === "number" && p.readings[0]?.value === v;
    }));
  });
  it("reads every 32-bit value as decimal", () => {
    fc.assert(fc.property(u32, (v) => {
      const p = parseInput(String(v));
      return p.ok && p.type === "number" && p.readings.some((r) => r.as === "decimal" && r.value === v);
    }));
  });
  it("reads every negative int32 as its unsigned bits", () => {
    fc.assert(fc.property(fc.integer({ min: -0x80000000, max: -1 }), (s) => {
      const p = parseInput(String(s));
      return p.ok && p.type === "number" && p.readings.length === 1 && p.readings[0]?.value === s >>> 0;
    }));
  });
});

describe("parseInput family:value", () => {
  it.each([
    ["win32:5", "win32", 5],
    ["ntstatus:0xC0000005", "ntstatus", 0xc0000005],
    ["bugcheck:0xD1", "bugcheck", 0xd1],
    ["hresult:0x80070005", "hresult", 0x80070005],
    ["HRESULT:-2147024891", "hresult", 0x80070005],
    ["(win32:5),", "win32", 5],
    ["nosuch:5", "nosuch", 5],
  ])("%s reads as %s %d", (input, family, value) => {
    const r = parseInput(input);
    expect(r).toMatchObject({ ok: true, type: "number", family });
    expect(r.ok && r.type === "number" && r.readings[0]?.value).toBe(value);
  });

  it("reads a name after the family", () => {
    expect(parseInput("win32:ERROR_ACCESS_DENIED")).toEqual({ ok: true, type: "name", name: "ERROR_ACCESS_DENIED", match: "any-case", family: "win32" });
  });

  it("keeps Err.exe :PART and leaves inputs without a family alone", () => {
    expect(parseInput(":ACCESS")).toMatchObject({ ok: true, type: "name", match: "substring" });
    expect(parseInput("0x80070005:")).not.toHaveProperty("family");
    expect(parseInput("ERROR_ACCESS_DENIED")).not.toHaveProperty("family");
  });

  it("fails on a family with nothing readable after it", () => {
    expect(parseInput("win32:1x2")).toMatchObject({ ok: false, error: { code: "not-a-number" } });
  });
});
