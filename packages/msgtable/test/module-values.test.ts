import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleIdMatches, readFileVersion, takesModuleText } from "../src/index.js";
import { writeMessageDll } from "../src/write.js";
import { optionalTool } from "@winerr/host/testing";
import { dllsIn } from "./wine.js";

describe("takesModuleText: which catalog entries a module's message id speaks for", () => {
  it("win32 always; hresult/ntstatus only above 0xFFFF; bugcheck never", () => {
    for (const v of [0, 5, 0xffff]) {
      expect(takesModuleText("win32", v)).toBe(true);
      expect(takesModuleText("hresult", v)).toBe(false);
      expect(takesModuleText("ntstatus", v)).toBe(false);
      expect(takesModuleText("bugcheck", v)).toBe(false);
    }
    for (const v of [0x10000, 0x80070005, 0xc0000005]) {
      expect(takesModuleText("hresult", v)).toBe(true);
      expect(takesModuleText("ntstatus", v)).toBe(true);
      expect(takesModuleText("bugcheck", v)).toBe(false);
    }
  });

  it("moduleIdMatches: the id is the value itself", () => {
    expect(moduleIdMatches(7, { kind: "win32", value: 7 })).toBe(true);
    expect(moduleIdMatches(7, { kind: "win32", value: 8 })).toBe(false);
    expect(moduleIdMatches(7, { kind: "bugcheck", value: 7 })).toBe(false);
    expect(moduleIdMatches(0x80070005, { kind: "hresult", value: 0x80070005 })).toBe(true);
  });
});

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
