import { describe, expect, it } from "vitest";
import { fastInfoArgs, fastShowArgs } from "./fast-args.js";

describe("fastShowArgs", () => {
  it("takes plain show calls without commander; inputs split as decode's", () => {
    expect(fastShowArgs(["show", "13857"])).toEqual({ inputs: ["13857"], stdin: false, format: "text", color: "auto", debug: false });
    expect(fastShowArgs(["show", "-1073741819", "--json", "0x5"])).toMatchObject({ inputs: ["-1073741819", "0x5"], format: "json" });
    expect(fastShowArgs(["show", "--stdin", "--ndjson", "--color", "always", "--debug"])).toEqual({ inputs: [], stdin: true, format: "ndjson", color: "always", debug: true });
    expect(fastShowArgs(["show", "--no-color", "--", "--json"])).toMatchObject({ inputs: ["--json"], color: "never", format: "text" });
  });

  it("leaves help, unknown flags, other commands and what commander reports to commander", () => {
    for (const argv of [["show"], ["show", "--help"], ["show", "-h", "5"], ["show", "--bogus", "5"], ["show", "--stdin", "5"], ["decode", "5"], ["5"]]) {
      expect(fastShowArgs(argv), argv.join(" ")).toBeNull();
    }
  });
});

describe("fastInfoArgs", () => {
  it("takes info and info --json, else leaves it to commander", () => {
    expect(fastInfoArgs(["info"])).toEqual({ json: false });
    expect(fastInfoArgs(["info", "--json", "--debug"])).toEqual({ json: true });
    for (const argv of [["info", "--help"], ["info", "x"], ["show", "5"]]) expect(fastInfoArgs(argv)).toBeNull();
  });
});
