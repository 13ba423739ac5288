import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packCatalog, PackedCatalog, type CatalogFile } from "@winerr/core";
import { describe, expect, it } from "vitest";
import { openCatalog } from "./catalog.js";

const dist = new URL("../dist/catalog.json", import.meta.url);

describe("openCatalog", () => {
  it("the build wrote core's packed form of the committed catalog (else the build is stale)", () => {
    const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    expect(sha(readFileSync(dist, "latin1"))).toBe(sha(packCatalog(file)));
  });

  it("reads it lazily as a PackedCatalog", () => {
    const catalog = openCatalog({ WINERR_CATALOG: dist.pathname });
    expect(catalog).toBeInstanceOf(PackedCatalog);
    expect((catalog as PackedCatalog).rowsBuilt).toBe(0);
  });
});
