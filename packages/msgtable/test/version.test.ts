import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileVersion } from "../src/index.js";
import { writeMessageDll } from "../src/write.js";
import { optionalTool } from "@winerr/host/testing";
import { dllsIn } from "./wine.js";

describe("readFileVersion", () => {
  it("a file without a version resource, or not a PE file, has none (no throw)", () => {
    expect(readFileVersion(writeMessageDll([{ lang: 0x0409, entries: [{ id: 1, text: "x" }] }]))).toBeUndefined();
    expect(readFileVersion(new Uint8Array(10))).toBeUndefined();
  });

  const wine = optionalTool("wine");
  wine.it("Wine's DLLs: some carry a FileVersion a.b.c.d", () => {
    const dir = wine.need();
    const versions = dllsIn(dir).slice(0, 200).map((f) => readFileVersion(readFileSync(join(dir, f))));
    const found = versions.filter((v) => v !== undefined);
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) expect(v).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});
