import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packCatalog, type CatalogFile } from "@winerr/core";
import { describe, expect, it } from "vitest";

describe("the build", () => {
  it("wrote core's packed form of the committed catalog beside dist/main.js (else the build is stale)", () => {
    const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    expect(sha(readFileSync(new URL("../dist/catalog.json", import.meta.url), "latin1"))).toBe(sha(packCatalog(file)));
  });
});
