import { describe, expect, it } from "vitest";
import { pickStyle } from "./style.js";

describe("pickStyle", () => {
  const coloured = (isTTY: boolean | undefined, env: NodeJS.ProcessEnv, wanted = true) => pickStyle(isTTY, env, wanted).name("X") !== "X";

  it("colours only a terminal", () => {
    expect(coloured(true, {})).toBe(true);
    expect(coloured(false, {})).toBe(false);
    expect(coloured(undefined, {})).toBe(false);
  });

  it("respects NO_COLOR (any non-empty value), TERM=dumb and --no-color", () => {
    expect(coloured(true, { NO_COLOR: "1" })).toBe(false);
    expect(coloured(true, { NO_COLOR: "" })).toBe(true);
    expect(coloured(true, { TERM: "dumb" })).toBe(false);
    expect(coloured(true, {}, false)).toBe(false);
  });
});
