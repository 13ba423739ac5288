import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conditionValue, joinMessage, parseHeader } from "./parse-header.js";

const fixture = (p: string): string => readFileSync(new URL(`../test/fixtures/${p}`, import.meta.url), "utf8");
const byName = (text: string) => new Map(parseHeader(text).defines.map((d) => [d.name, d]));

describe("parseHeader: message-compiler blocks", () => {
  const defs = byName(fixture("sdk/shared/winerror.h"));
  it("takes the MessageText of the block naming the define", () => {
    expect(defs.get("WINERR_FIXTURE_ONE")?.mc).toEqual({ id: "WINERR_FIXTURE_ONE", text: "The first fixture error." });
    expect(defs.get("WINERR_FIXTURE_ONE")?.line).toBe(15);
  });
  it("joins lines with their line breaks, trims trailing blanks, keeps inserts raw", () => {
    expect(defs.get("WINERR_FIXTURE_MULTI")?.mc?.text).toBe("First line of %1.\nSecond line with 0x%p and %hs.%n\n\nAfter a blank line.%0");
  });
  it("does not give a block's text to a define with another name", () => {
    expect(defs.get("WINERR_FIXTURE_NOT_OTHER")?.mc).toBeNull();
    expect(parseHeader(fixture("sdk/shared/winerror.h")).mcMismatches).toEqual(["WINERR_FIXTURE_OTHER -> WINERR_FIXTURE_NOT_OTHER"]);
  });
  it("skips the #else of a known-true platform condition", () => {
    const all = parseHeader(fixture("sdk/shared/winerror.h")).defines.filter((d) => d.name === "WINERR_FIXTURE_E_PLATFORM");
    expect(all.map((d) => [d.body, d.mc?.text])).toEqual([["_HRESULT_TYPEDEF_(0x80004001L)", "Win32 branch."]]);
  });
  it("reads /* */ style blocks", () => {
    expect(byName(fixture("sdk/shared/bugcodes.h")).get("WINERR_FIXTURE_BUGCHECK")?.mc?.text).toBe("WINERR_FIXTURE_BUGCHECK");
  });
  it("reads MessageText on the same line and Message Meaning blocks", () => {
    const text = [
      "// MessageId: WINERR_FIXTURE_INLINE",
      "// MessageText: Inline text.   ",
      "//",
      "#define WINERR_FIXTURE_INLINE 1",
      "/*",
      "*    MessageId:    WINERR_FIXTURE_MEANING",
      "*    Message Meaning:",
      "*        Indented text",
      "*        on two lines.",
      "*    Hex Value:    0x0004B801",
      "*/",
      "#define WINERR_FIXTURE_MEANING 2",
    ].join("\n");
    const d = byName(text);
    expect(d.get("WINERR_FIXTURE_INLINE")?.mc?.text).toBe("Inline text.");
    expect(d.get("WINERR_FIXTURE_MEANING")?.mc?.text).toBe("Indented text\non two lines.");
  });
});

describe("parseHeader: plain comments", () => {
  it("takes a comment on the define's line, continued lines included", () => {
    const d = byName(fixture("sdk/shared/lmerr.h"));
    expect(d.get("NERR_WinerrFixtureOne")?.trailing).toBe("The fixture driver is not installed.");
    expect(d.get("NERR_WinerrFixtureTwo")?.trailing).toBe("A fixture message that\ngoes on a second line.");
    expect(d.get("NERR_WinerrFixtureNone")?.trailing).toBeNull();
  });
  it("takes the block comment right after a define", () => {
    const d = byName(fixture("sdk/um/RasError.h"));
    expect(d.get("PENDING")?.following).toBe("An operation is pending.%0");
    expect(d.get("ERROR_WINERR_FIXTURE_RAS")?.following).toBe("A fixture RAS error.%0");
    expect(d.get("RASBASEEND")?.following).toBeNull();
  });
  it("joins continuation lines of a define and keeps function-like parameters", () => {
    const d = byName("#define WINERR_FIXTURE_FN(a, b) \\\n  ((a) + (b))\n");
    expect(d.get("WINERR_FIXTURE_FN")).toMatchObject({ params: ["a", "b"], body: "((a) + (b))" });
  });
});

describe("conditions and joining", () => {
  it.each([
    ["if", "defined(_WIN32) && !defined(_MAC)", true],
    ["if", "defined(_MAC)", false],
    ["ifdef", "RC_INVOKED", false],
    ["ifndef", "__midl", true],
    ["if", "defined(WINERR_FIXTURE_UNKNOWN)", null],
    ["if", "WINAPI_FAMILY_PARTITION(WINAPI_PARTITION_DESKTOP)", null],
  ])("#%s %s -> %s", (d, rest, want) => {
    expect(conditionValue(d, rest)).toBe(want);
  });
  it("drops outer blank lines only", () => {
    expect(joinMessage(["", "a  ", "", "b", ""])).toBe("a\n\nb");
    expect(joinMessage(["", "  "])).toBeNull();
  });
});

describe("parseHeader: message-compiler preamble", () => {
  it("marks defines under the severity/facility headings (mc and wmc) until the next MessageId", () => {
    const sdk = byName(fixture("sdk/um/fixtureevents.h"));
    expect(sdk.get("FACILITY_WINERR_FIXTURE_EVENTS")?.section).toBe("facility");
    expect(sdk.get("WINERR_FIXTURE_SEV_SUCCESS")?.section).toBe("severity");
    expect(sdk.get("WINERR_FIXTURE_CATEGORY")?.section).toBeNull();
    const wmc = byName(fixture("mingw/bugcodes.h"));
    expect(wmc.get("WINERR_FIXTURE_SEV_ERROR")?.section).toBe("severity");
    expect(wmc.get("WINERR_FIXTURE_FAC_SYSTEM")?.section).toBe("facility");
    expect(wmc.get("WINERR_FIXTURE_MINGW_BUGCHECK")?.section).toBeNull();
  });
});
