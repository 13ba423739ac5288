import { describe, expect, it } from "vitest";
import { evaluate, Unevaluable, type MacroDef, type Scope } from "./evaluate.js";

const scope = (defs: Record<string, string | [string[], string]>): Scope => ({
  lookup(name: string): MacroDef | undefined {
    const d = defs[name];
    if (d === undefined) return undefined;
    return typeof d === "string" ? { params: null, body: d } : { params: d[0], body: d[1] };
  },
});
const none = scope({});

describe("evaluate", () => {
  it.each([
    // [body, value, traits]: one row per construct real headers use.
    ["13857L", 13857, []],
    ["0x8000FFFFL", 0x8000ffff, []],
    ["0xC0000005UL", 0xc0000005, []],
    ["10u", 10, []],
    ["010", 8, []],
    ["_HRESULT_TYPEDEF_(0x8000FFFFL)", 0x8000ffff, ["hresult"]],
    ["((NTSTATUS)0xC0000005L)", 0xc0000005, ["ntstatus"]],
    ["((DWORD)0x80070005L)", 0x80070005, []],
    ["((HRESULT)0x00000001L)", 1, ["hresult"]],
    ["MAKE_HRESULT(1, 4, 0x201)", 0x80040201, ["hresult"]],
    ["MAKE_SCODE(0, 4, 2)", 0x00040002, ["hresult"]],
    ["HRESULT_FROM_WIN32(5)", 0x80070005, ["hresult"]],
    ["HRESULT_FROM_WIN32(0)", 0, ["hresult"]],
    ["HRESULT_FROM_NT(0xC0000005)", 0xd0000005, ["hresult"]],
    ["NTSTATUS_FROM_WIN32(5)", 0xc0070005, ["ntstatus"]],
    ["_NDIS_ERROR_TYPEDEF_(0x80340001L)", 0x80340001, []],
    ["(0x20000000|0xC0000000|0x203)", 0xe0000203, []],
    ["-1", 0xffffffff, []],
    ["~0", 0xffffffff, []],
    ["(1 << 31) | (7 << 16) | 5", 0x80070005, []],
    ["(2 + 3) * 4 - 6 / 2 % 2", 19, []],
    ["1 ? 2 : 3", 2, []],
  ])("%s", (body, value, traits) => {
    const ev = evaluate(body, none);
    expect(ev.value).toBe(value);
    expect([...ev.traits].sort()).toEqual(traits);
  });

  it("resolves earlier defines and function-like macros", () => {
    const s = scope({
      NERR_BASE: "2100",
      APPLICATION_ERROR_MASK: "0x20000000",
      ERROR_SEVERITY_ERROR: "0xC0000000",
      WINERR_FIXTURE_MAKE: [["sev", "fac", "code"], "(((sev)<<31)|((fac)<<16)|(code))"],
      FACILITY_WINERR_FIXTURE: "0x7A0",
    });
    expect(evaluate("(NERR_BASE+150)", s).value).toBe(2250);
    expect(evaluate("APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x203", s).value).toBe(0xe0000203);
    expect(evaluate("WINERR_FIXTURE_MAKE(1, FACILITY_WINERR_FIXTURE, 2)", s).value).toBe(0x87a00002);
    expect(evaluate("(NERR_BASE+150)", s).refs).toEqual(["NERR_BASE"]);
  });

  it("carries a family mark through a referenced define", () => {
    const s = scope({ WINERR_FIXTURE_E_BASE: "_HRESULT_TYPEDEF_(0x87A00001L)" });
    expect([...evaluate("WINERR_FIXTURE_E_BASE", s).traits]).toEqual(["hresult"]);
  });

  it.each([
    ["WINERR_FIXTURE_UNDEFINED + 1", /unknown identifier/],
    ["1 / 0", /division by zero/],
    ["(1 + 2", /expected '\)'/],
    ["\"text\"", /unexpected character/],
    ["0x100000000", /out of 32-bit range/],
    ["MAKE_HRESULT(1, 2)", /takes 3/],
    ["", /empty/],
    ["SELF", /unknown identifier SELF/],
  ])("reports %j as unevaluable", (body, why) => {
    const s = scope({ SELF: "SELF + 1" });
    expect(() => evaluate(body, s)).toThrow(Unevaluable);
    expect(() => evaluate(body, s)).toThrow(why);
  });
  it("records every cast's type words, through references too", () => {
    expect(evaluate("((WINERR_FIXTURE_REJECT_DETAIL)0x00000005L)", none).casts).toEqual(["WINERR_FIXTURE_REJECT_DETAIL"]);
    expect(evaluate("((unsigned long)1)", none).casts).toEqual(["unsigned long"]);
    expect(evaluate("WINERR_FIXTURE_X", scope({ WINERR_FIXTURE_X: "((HRESULT)1)" })).casts).toEqual(["HRESULT"]);
    expect(evaluate("_HRESULT_TYPEDEF_(1)", none).casts).toEqual([]);
  });
});
