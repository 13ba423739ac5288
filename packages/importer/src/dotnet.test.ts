import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeStringDll } from "@winerr/msgtable/write";
import { describe, expect, it } from "vitest";
import { defaultDotnetRuntime, DotnetRuntimeError, fillDotnetTexts, MSCORRC, readDotnetRuntime, renderDotnetSection, urtStringId, type DotnetRuntime } from "./dotnet.js";
import type { Candidate } from "./import-source.js";
import { applyDotnet, runImport } from "./importer.js";
import { renderReport } from "./report.js";

describe("urtStringId (dotnet/runtime src/coreclr/dlls/mscorrc/resource.h, MSG_FOR_URT_HR)", () => {
  it.each<[number, number | null]>([
    [0x80131500, 0x7500], // a failing FACILITY_URT HRESULT: 0x6000 + its code
    [0x80131100, 0x7100],
    [0x80132fff, 0x8fff], // the last code below MAX_URT_HRESULT_CODE (0x3000)
    [0x80133000, null], // MAX_URT_HRESULT_CODE itself: the runtime reads no string
    [0x00131106, null], // a success code of the facility
    [0x80070005, null], // another facility
  ])("%i -> %s", (value, id) => expect(urtStringId(value)).toBe(id));
});

const cand = (name: string, value: number, message: string | null, kind: Candidate["kind"] = "hresult"): Candidate => ({
  name, kind, value, message, header: "corerror.h", path: "corerror.h", line: 10, source: 1, origin: "typed", aliasOf: null,
});

describe("fillDotnetTexts", () => {
  const runtime: DotnetRuntime = {
    dir: "/x/9.9.9",
    version: "9.9.9",
    texts: new Map([
      [0x7500, "Fixture general text.\r\n"],
      [0x7501, "Fixture text the header also has."],
      [0x7502, "  "],
      [0x7600, "Fixture text no entry has."],
    ]),
  };
  const entries = [
    cand("WINERR_FIXTURE_COR_E_GENERAL", 0x80131500, null),
    cand("WINERR_FIXTURE_COR_E_HEADER", 0x80131501, "The header's own text."),
    cand("WINERR_FIXTURE_COR_E_BLANK", 0x80131502, null),
    cand("WINERR_FIXTURE_COR_E_NONE", 0x80131503, null),
    cand("WINERR_FIXTURE_STATUS_URT", 0x80131500, null, "ntstatus"),
  ];
  const base = [
    { id: "fixture-sdk", name: "Fixture SDK", version: "1" },
    { id: "fixture-mingw", name: "Fixture mingw", version: "2" },
  ];
  const { entries: out, report, sources } = fillDotnetTexts(entries, runtime, base);

  it("gives an HRESULT entry without text the runtime's text (normalised), naming a source row for the header's source and the pack", () => {
    expect(out[0]).toEqual({ ...entries[0], message: "Fixture general text.", textSource: 2 });
    expect(sources).toEqual([{ id: "fixture-mingw-dotnet-runtime", name: "Fixture mingw 2, text: microsoft.netcore.app.runtime.win-x64 mscorrc.dll", version: "9.9.9" }]);
    expect(report.filled.map((f) => f.name)).toEqual(["WINERR_FIXTURE_COR_E_GENERAL"]);
  });

  it("never replaces a header text, and touches no other family", () => {
    expect(out[1]).toBe(entries[1]);
    expect(report.kept).toEqual([{ name: "WINERR_FIXTURE_COR_E_HEADER", value: 0x80131501, header: "corerror.h", same: false }]);
    expect(out[4]).toBe(entries[4]);
  });

  it("reports entries without a string (a blank string is none) and strings without an entry", () => {
    expect(report.noString.map((x) => x.name)).toEqual(["WINERR_FIXTURE_COR_E_BLANK", "WINERR_FIXTURE_COR_E_NONE"]);
    expect(report.noEntry).toEqual([{ id: 0x7600, value: 0x80131600, text: "Fixture text no entry has." }]);
    const section = renderDotnetSection(report).join("\n");
    expect(section).toContain("- entries given the runtime's text: 1");
    expect(section).toContain("| 0x7600 | 0x80131600 |");
  });
});

describe("reading a runtime pack folder", () => {
  const pack = (version: string, dll: Uint8Array | null): string => {
    const dir = join(mkdtempSync(join(tmpdir(), "winerr-dotnet-")), "microsoft.netcore.app.runtime.win-x64", version);
    mkdirSync(join(dir, "runtimes", "win-x64", "native"), { recursive: true });
    if (dll !== null) writeFileSync(join(dir, MSCORRC), dll);
    return dir;
  };
  const dll = writeStringDll([
    { lang: 0x409, strings: [{ id: 0x7500, text: "Fixture en-US." }, { id: 0x5000, text: "Outside the range." }] },
    { lang: 0x407, strings: [{ id: 0x7500, text: "Fixture de-DE." }] },
  ]);

  it("reads the en-US strings of the HRESULT range, version from the folder", () => {
    const r = readDotnetRuntime(pack("9.9.9-fixture", dll));
    expect(r.version).toBe("9.9.9-fixture");
    expect([...r.texts]).toEqual([[0x7500, "Fixture en-US."]]);
  });

  it.each<[string, () => string, RegExp]>([
    ["no mscorrc.dll", () => pack("1.0.0", null), /mscorrc\.dll not found/],
    ["a damaged file", () => pack("1.0.0", dll.subarray(0, 300)), /mscorrc\.dll: /],
    ["no en-US table", () => pack("1.0.0", writeStringDll([{ lang: 0x407, strings: [{ id: 0x7500, text: "x" }] }])), /no en-US string table/],
  ])("%s is a DotnetRuntimeError", (_, dir, message) => {
    expect(() => readDotnetRuntime(dir())).toThrow(DotnetRuntimeError);
    expect(() => readDotnetRuntime(dir())).toThrow(message);
  });

  it("the default is the newest version folder that holds mscorrc.dll", () => {
    const nuget = mkdtempSync(join(tmpdir(), "winerr-nuget-"));
    const root = join(nuget, "microsoft.netcore.app.runtime.win-x64");
    for (const v of ["10.0.9", "10.0.12", "10.0.13-preview.1", "11.0.0"]) {
      mkdirSync(join(root, v, "runtimes", "win-x64", "native"), { recursive: true });
      if (v !== "11.0.0") writeFileSync(join(root, v, MSCORRC), dll);
    }
    expect(defaultDotnetRuntime(nuget)).toBe(join(root, "10.0.13-preview.1"));
    expect(defaultDotnetRuntime(join(nuget, "none"))).toBeNull();
  });
});

describe("winerr-import --dotnet-runtime (the built CLI)", () => {
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const fixtures = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [cli, "--sdk", fixtures("sdk"), "--mingw", fixtures("mingw"), "--wine", fixtures("wine"), ...args], { encoding: "utf8" });
  // `test` runs after `build` (turbo.json), so the CLI is there.
  it("a folder without mscorrc.dll is exit 2 with one line, and nothing is written", () => {
    expect(existsSync(cli), `${cli} is missing: run "pnpm --filter @winerr/importer build" first`).toBe(true);
    const out = mkdtempSync(join(tmpdir(), "winerr-dotnet-out-"));
    const r = run(["--dotnet-runtime", out, "--out", join(out, "c.json"), "--report", join(out, "R.md")]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringMatching(/^winerr-import: --dotnet-runtime: .*mscorrc\.dll not found.*\n$/)]);
    expect(existsSync(join(out, "c.json"))).toBe(false);
  });
  it("--no-dotnet-runtime imports without it", () => {
    const out = mkdtempSync(join(tmpdir(), "winerr-dotnet-out-"));
    const r = run(["--no-dotnet-runtime", "--out", join(out, "c.json"), "--report", join(out, "R.md")]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "c.json"), "utf8")).sources.map((s: { id: string }) => s.id)).toEqual(["windows-sdk", "mingw-w64", "wine"]);
  });
});

describe("applyDotnet on an import (fixture headers plus a FACILITY_URT header in the secondary source)", () => {
  const fixtures = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
  const mingw = join(mkdtempSync(join(tmpdir(), "winerr-dotnet-mingw-")), "include");
  cpSync(fixtures("mingw"), mingw, { recursive: true });
  // Made-up FACILITY_URT codes; the value is what the rule reads, whatever macro built it.
  writeFileSync(join(mingw, "fixtureurt.h"), [
    "#define WINERR_FIXTURE_URT_E_FILLED   _HRESULT_TYPEDEF_(0x80131500L)",
    "#define WINERR_FIXTURE_URT_E_NONE     _HRESULT_TYPEDEF_(0x80131501L)",
    "",
  ].join("\n"));
  const base = runImport(
    { root: fixtures("sdk"), source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } },
    { root: mingw, source: { id: "fixture-mingw", name: "Fixture mingw", version: "2" } },
  );
  const runtime: DotnetRuntime = { dir: "/x/9.9.9", version: "9.9.9", texts: new Map([[0x7500, "Fixture runtime text."]]) };
  const r = applyDotnet(base, runtime);
  const row = (name: string) => r.catalog.entries.find((e) => e[0] === name);

  it("the filled row names the new source row; its header and line still locate the define", () => {
    expect(r.catalog.sources.slice(2)).toEqual([{ id: "fixture-mingw-dotnet-runtime", name: "Fixture mingw 2, text: microsoft.netcore.app.runtime.win-x64 mscorrc.dll", version: "9.9.9" }]);
    expect(row("WINERR_FIXTURE_URT_E_FILLED")?.slice(3, 7)).toEqual(["Fixture runtime text.", "fixtureurt.h", 2, 1]);
    expect(row("WINERR_FIXTURE_URT_E_NONE")?.slice(3, 6)).toEqual([null, "fixtureurt.h", 1]);
  });

  it("nothing else changes, and REPORT.md keeps the define's header source", () => {
    const others = (c: typeof r.catalog) => c.entries.filter((e) => e[0] !== "WINERR_FIXTURE_URT_E_FILLED");
    expect(others(r.catalog)).toEqual(others(base.catalog));
    const report = renderReport(r);
    expect(report).toContain("- entries given the runtime's text: 1");
    expect(report).toContain("| WINERR_FIXTURE_URT_E_NONE | 0x80131501 | fixtureurt.h |");
  });
});
