import { describe, expect, it } from "vitest";
import type { Trait } from "./evaluate.js";
import { kindOf } from "./kind.js";

const k = (header: string, value: number, traits: Trait[] = [], ntStyle = false, forced?: "win32") =>
  kindOf({ header, value, traits: new Set(traits), ntStyle, forced });

describe("kindOf", () => {
  it.each([
    ["bugcodes.h wins over everything", k("bugcodes.h", 0xd1, ["hresult"]), "bugcheck"],
    ["a header rule fixes the kind", k("SetupAPI.h", 0xe0000203, [], false, "win32"), "win32"],
    ["NTSTATUS cast", k("fixture.h", 0xc0000005, ["ntstatus"]), "ntstatus"],
    ["HRESULT mark, even a small value", k("winerror.h", 1, ["hresult"]), "hresult"],
    ["untyped 0xC... in an NT-style header", k("ntstatus.h", 0xc0070001, [], true), "ntstatus"],
    ["untyped 0x4... in an NT-style header", k("ntstatus.h", 0x40000000, [], true), "ntstatus"],
    ["small value in an NT-style header stays win32", k("ntstatus.h", 5, [], true), "win32"],
    ["small untyped value", k("winerror.h", 13857), "win32"],
    ["largest win32 value", k("winerror.h", 0xffff), "win32"],
    ["untyped 0x8... outside NT headers", k("winerror.h", 0x80100001), "hresult"],
    ["untyped success code with a facility", k("winerror.h", 0x00040002), "hresult"],
  ])("%s", (_why, got, want) => {
    expect(got).toBe(want);
  });
});
