import { describe, expect, it } from "vitest";
import { pickStyle, type ColorMode } from "./style.js";

describe("pickStyle", () => {
  const coloured = (isTTY: boolean | undefined, env: NodeJS.ProcessEnv, mode: ColorMode = "auto") => pickStyle(isTTY, env, mode).name("X") !== "X";

  it("colours only a terminal", () => {
    expect(coloured(true, {})).toBe(true);
    expect(coloured(false, {})).toBe(false);
    expect(coloured(undefined, {})).toBe(false);
  });

  it("respects NO_COLOR (any non-empty value), TERM=dumb and --color=never", () => {
    expect(coloured(true, { NO_COLOR: "1" })).toBe(false);
    expect(coloured(true, { NO_COLOR: "" })).toBe(true);
    expect(coloured(true, { TERM: "dumb" })).toBe(false);
    expect(coloured(true, {}, "never")).toBe(false);
  });

  it("FORCE_COLOR colours a pipe and wins over NO_COLOR; 0 and false forbid colour", () => {
    expect(coloured(false, { FORCE_COLOR: "1" })).toBe(true);
    expect(coloured(false, { FORCE_COLOR: "3", NO_COLOR: "1" })).toBe(true);
    expect(coloured(true, { FORCE_COLOR: "0" })).toBe(false);
    expect(coloured(true, { FORCE_COLOR: "false" })).toBe(false);
    expect(coloured(false, { FORCE_COLOR: "" })).toBe(false);
  });

  it("--color=always and --color=never decide alone", () => {
    expect(coloured(false, { NO_COLOR: "1", FORCE_COLOR: "0" }, "always")).toBe(true);
    expect(coloured(true, { FORCE_COLOR: "1" }, "never")).toBe(false);
  });
});
