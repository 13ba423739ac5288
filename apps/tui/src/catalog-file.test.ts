import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packCatalog, PackedCatalog, type CatalogFile } from "@winerr/core";
import { describe, expect, it } from "vitest";
import { catalogPath, openCatalog } from "./catalog-file.js";

const source = createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
const dist = new URL("../dist/catalog.json", import.meta.url);

describe("openCatalog", () => {
  it("the build wrote core's packed form of the committed catalog (else the build is stale)", () => {
    const file = JSON.parse(readFileSync(source, "utf8")) as CatalogFile;
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    expect(sha(readFileSync(dist, "latin1"))).toBe(sha(packCatalog(file)));
  });

  it("reads the packed form in place and core's own file whole, with the same rows", () => {
    const packed = openCatalog(catalogPath({ WINERR_CATALOG: dist.pathname }));
    expect(packed).toBeInstanceOf(PackedCatalog);
    expect((packed as PackedCatalog).rowsBuilt).toBe(0);
    const plain = openCatalog(source);
    expect(plain).not.toBeInstanceOf(PackedCatalog);
    expect(packed.size).toBe(plain.size);
    for (let i = 0; i < plain.size; i += 97) expect(packed.row(i)).toEqual(plain.row(i));
  });
});
