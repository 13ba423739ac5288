import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packCatalog, PackedCatalog, type CatalogFile } from "@winerr/core";
import { openCatalog } from "@winerr/host/catalog";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/catalog.json", import.meta.url);

describe("the build", () => {
  it("wrote core's packed form of the committed catalog beside the bundle (else the build is stale)", () => {
    const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    expect(sha(readFileSync(dist, "latin1"))).toBe(sha(packCatalog(file)));
    expect(openCatalog(dist.pathname)).toBeInstanceOf(PackedCatalog);
  });

  it("the bundle is a node script with a shebang", () => {
    expect(readFileSync(new URL("../dist/winerr.js", import.meta.url), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
