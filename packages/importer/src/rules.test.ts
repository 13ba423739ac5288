import { describe, expect, it } from "vitest";
import { cleanMessage, isBound, isCodeEnumMember } from "./rules.js";

describe("cleanMessage: one way to trim every text", () => {
  it("drops outer blank lines, trailing blanks per line and leading blanks, keeps inner lines", () => {
    expect(cleanMessage("\r\n  First line.  \r\n\r\n  Second.\t\n\n", "X")).toBe("First line.\n\n  Second.");
  });
  it("is null for a text that only repeats the name, or nothing", () => {
    // bugcodes.h: MessageText of IRQL_NOT_LESS_OR_EQUAL is its own name.
    expect(cleanMessage("IRQL_NOT_LESS_OR_EQUAL ", "IRQL_NOT_LESS_OR_EQUAL")).toBeNull();
    expect(cleanMessage(" \n ", "X")).toBeNull();
    expect(cleanMessage(null, "X")).toBeNull();
  });
});

describe("isBound: range markers by role", () => {
  const header = { referenced: new Set(["A_BASE"]), names: new Set(["R_FIRST", "R_LAST", "A_BASE", "C_FIRST"]) };
  it("a pair, a base others use, an alias, a mask", () => {
    expect(isBound("R_FIRST", "0x80040000", header)).toBe(true);
    expect(isBound("A_BASE", "0x80040300", header)).toBe(true);
    expect(isBound("D_LAST", "D_OTHER", header)).toBe(true);
    expect(isBound("X_MASK", "0xffff", header)).toBe(true);
  });
  it("a lone marker-like name with its own value is a code", () => {
    // As Windows.Media.Protection.PlayReadyResults.h defines DRM_E_DEPRECATED_M2TS_GET_ENCRYPTED_DATA_FIRST.
    expect(isBound("C_FIRST", "((DRM_RESULT)0x8004D817L)", header)).toBe(false);
  });
});

describe("isCodeEnumMember", () => {
  it("needs an error word and a failure value with a real facility", () => {
    // WbemCli.h tag_WBEMSTATUS: WBEM_E_INVALID_CLASS = 0x80041010; d2d1_1.h D2D1_PROPERTY: D2D1_PROPERTY_CLSID = 0x80000000;
    // MsiQuery.h tagMSIDBERROR: MSIDBERROR_INVALIDARG = -3; gdipluscolor.h: AliceBlue = 0xFFF0F8FF.
    expect(isCodeEnumMember("WBEM_E_INVALID_CLASS", 0x80041010)).toBe(true);
    expect(isCodeEnumMember("D2D1_PROPERTY_CLSID", 0x80000000)).toBe(false);
    expect(isCodeEnumMember("MSIDBERROR_INVALIDARG", 0xfffffffd)).toBe(false);
    expect(isCodeEnumMember("AliceBlue", 0xfff0f8ff)).toBe(false);
  });
});
