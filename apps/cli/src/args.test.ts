import { describe, expect, it } from "vitest";
import { commanderArgv, editDistance, fastDecodeArgs, fastSearchArgs, looksNegative, nearCommand, splitDecodeArgs } from "./args.js";
import { ExitError } from "@winerr/host/errors";

describe("fastDecodeArgs", () => {
  it("takes plain decoding without commander", () => {
    expect(fastDecodeArgs(["13857"])).toEqual({ inputs: ["13857"], stdin: false, format: "text", color: "auto", readings: true, best: false, flat: false, debug: false });
    expect(fastDecodeArgs(["decode", "-1073741819", "--json", "0x5"])).toMatchObject({ inputs: ["-1073741819", "0x5"], format: "json" });
    expect(fastDecodeArgs(["decode", "--stdin", "--ndjson", "--no-color"])).toMatchObject({ inputs: [], stdin: true, format: "ndjson", color: "never" });
  });

  it("leaves help, version, other commands and unknown flags to commander", () => {
    for (const argv of [["--help"], ["-V"], ["-v"], ["info"], ["help"], ["5", "--help"], ["decode", "--bogus", "5"], ["search", "x"]]) {
      expect(fastDecodeArgs(argv)).toBeNull();
    }
  });

  it("throws usage errors", () => {
    expect(() => fastDecodeArgs([])).toThrow(ExitError);
    expect(() => fastDecodeArgs(["5", "--json", "--ndjson"])).toThrow(/cannot be used together/);
    expect(() => fastDecodeArgs(["--stdin", "5"])).toThrow(/not both/);
  });
});

describe("splitDecodeArgs", () => {
  it("keeps input order; negatives, '-' and everything after '--' are inputs", () => {
    expect(splitDecodeArgs(["-5", "--json", "-", "0x1", "--", "--ndjson", "-x"])).toEqual({
      flags: ["--json"],
      inputs: ["-5", "-", "0x1", "--ndjson", "-x"],
    });
  });

  it("negative decimal and hex look like inputs, flags do not", () => {
    expect(["-1", "-0x80070005", "-&H5", "-2147024891"].every(looksNegative)).toBe(true);
    expect(["--json", "-h", "-V", "-"].some(looksNegative)).toBe(false);
  });
});

describe("commanderArgv", () => {
  it("puts decode in front of inputs and the inputs after --", () => {
    expect(commanderArgv(["5", "--bogus", "-7"])).toEqual(["decode", "--bogus", "--", "5", "-7"]);
    expect(commanderArgv(["info", "--json"])).toEqual(["info", "--json"]);
    expect(commanderArgv(["--version"])).toEqual(["--version"]);
  });
});

describe("nearCommand", () => {
  it("names the command a word is one or two edits from", () => {
    expect(nearCommand("serch")).toBe("search");
    expect(nearCommand("Serach")).toBe("search"); // a swap is one edit
    expect(nearCommand("shwo")).toBe("show");
    expect(nearCommand("decod")).toBe("decode");
    expect(nearCommand("exprot")).toBe("export");
  });

  it("never guesses for commands, short words, numbers or far words", () => {
    for (const w of ["search", "show", "ab", "5", "0x5", "ERROR_ACCESS_DENIED", "zzzzzz", "sh0w"]) expect(nearCommand(w), w).toBeUndefined();
  });

  it("editDistance counts edits and stops past its limit", () => {
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("ab", "ba", 2)).toBe(1);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("fastSearchArgs", () => {
  it("takes plain searches without commander", () => {
    expect(fastSearchArgs(["search", "access", "denied"])).toEqual({ text: "access denied", limit: 20, kind: undefined, format: "text", color: "auto" });
    expect(fastSearchArgs(["search", "pipe", "--kind", "ntstatus", "--limit=5", "--json", "--no-color"])).toEqual({ text: "pipe", limit: 5, kind: "ntstatus", format: "json", color: "never" });
    expect(fastSearchArgs(["search", "--stdin", "--ndjson", "--limit", "3"])).toEqual({ text: undefined, limit: 3, kind: undefined, format: "ndjson", color: "auto" });
  });

  it("leaves help, --, unknown flags, missing values and usage errors to commander", () => {
    for (const argv of [["search"], ["search", "--help"], ["search", "-h"], ["search", "--", "-text"], ["search", "x", "--bogus"], ["search", "x", "--limit"], ["search", "x", "--stdin"], ["decode", "5"], ["5"]]) {
      expect(fastSearchArgs(argv)).toBeNull();
    }
  });

  it("throws what commander's action would", () => {
    expect(() => fastSearchArgs(["search", "x", "--json", "--ndjson"])).toThrow(/cannot be used together/);
  });
});
