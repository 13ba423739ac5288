import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveCatalogPath } from "./catalog-path.js";

describe("resolveCatalogPath", () => {
  it("is catalog.json beside the running script", () => {
    expect(resolveCatalogPath({}, "file:///opt/WinErr/cli/winerr.js")).toBe("/opt/WinErr/cli/catalog.json");
  });

  it("honours WINERR_CATALOG", () => {
    expect(resolveCatalogPath({ WINERR_CATALOG: "/data/c.json" }, "file:///x/winerr.js")).toBe("/data/c.json");
    expect(resolveCatalogPath({ WINERR_CATALOG: "" }, "file:///x/winerr.js")).toBe("/x/catalog.json");
  });

  it("the bundle is a node script with a shebang, beside its catalog", () => {
    const bundle = readFileSync(new URL("../dist/winerr.js", import.meta.url), "utf8");
    expect(bundle.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(readFileSync(new URL("../dist/catalog.json", import.meta.url), "latin1").startsWith('{"format":"winerr-packed-catalog/')).toBe(true);
  });
});
