import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { takesModuleText } from "@winerr/host/message-override";
import { LANG_EN_US, readMessageTables } from "@winerr/msgtable";
import { writeMessageDll } from "@winerr/msgtable/write";
import { optionalTool } from "@winerr/host/testing";
import { describe, expect, it } from "vitest";
import { serializeCatalog } from "./catalog.js";
import type { Candidate } from "./import-source.js";
import { applyMui, runImport } from "./importer.js";
import { MUI_LIST_LIMIT, normaliseText, readMuiFolder } from "./mui.js";
import { renderReport } from "./report.js";

const fixture = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
const SDK = { root: fixture("sdk"), source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } };
const MINGW = { root: fixture("mingw"), source: { id: "fixture-mingw", name: "Fixture mingw", version: "2" } };
const base = runImport(SDK, MINGW);
const entries = base.merged.entries;

// Expectations come from the fixture catalog: one value per role, with a single fitting entry.
const single = (pred: (e: Candidate) => boolean): Candidate => {
  const e = entries.find((x) => pred(x) && takesModuleText(x.kind, x.value) && entries.filter((y) => y.value === x.value && takesModuleText(y.kind, y.value)).length === 1);
  if (!e) throw new Error("the fixture catalog has no such entry");
  return e;
};
const same = single((e) => e.kind === "win32" && e.message !== null);
const differs = single((e) => e.message !== null && e.value !== same.value && e.value <= 0xffff);
const missing = single((e) => e.message === null && e.value <= 0xffff);
const bugcheck = entries.find((e) => e.kind === "bugcheck" && !entries.some((x) => x.value === e.value && x.kind !== "bugcheck"));
const unused = Math.max(...entries.filter((e) => e.value <= 0xffff).map((e) => e.value)) + 1;
const muiText = (e: Candidate) => `${e.name} as the MUI says it`;

function folder(files: Record<string, Uint8Array>): string {
  const dir = join(mkdtempSync(join(tmpdir(), "winerr-mui-")), "en-US");
  mkdirSync(dir);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

const mainDll = writeMessageDll([
  {
    lang: LANG_EN_US,
    entries: [
      { id: same.value, text: `${same.message as string}  \r\n` },
      { id: differs.value, text: `${differs.message as string} (not the SDK's)\r\n` },
      { id: missing.value, text: `${muiText(missing)}\r\n` },
      { id: unused, text: "no catalog entry\r\n" },
      ...(bugcheck ? [{ id: bugcheck.value, text: "a bug check id\r\n" }] : []),
    ],
  },
  { lang: 0x0407, entries: [{ id: same.value, text: "another language\r\n" }] },
]);

describe("--mui: compare a folder of message-table files with the catalog", () => {
  const dir = folder({
    "sample.dll.mui": mainDll,
    "german.dll.mui": writeMessageDll([{ lang: 0x0407, entries: [{ id: same.value, text: "only German\r\n" }] }]),
    "mixed.dll.mui": writeMessageDll([{ lang: 0x0407, entries: [{ id: 1, text: "a" }] }, { lang: 0x040c, entries: [{ id: 1, text: "b" }] }]),
    "broken.mui": new Uint8Array(100),
    "notes.txt": new Uint8Array(1),
  });

  it("reads *.mui (and PE) files by name; en-US, else the only language; others are skipped with a reason", () => {
    const files = readMuiFolder(dir);
    expect(files.map((f) => f.file)).toEqual(["broken.mui", "german.dll.mui", "mixed.dll.mui", "sample.dll.mui"]);
    const [broken, german, mixed, sample] = files;
    expect(broken?.skipped).toMatch(/^not readable/);
    expect(german?.lang).toBe(0x0407);
    expect(mixed?.skipped).toMatch(/no en-US table/);
    expect(sample?.lang).toBe(LANG_EN_US);
    expect(sample?.version).toBe("unknown");
  });

  it("counts same / differing / missing-in-SDK by the --module rule, and never changes the catalog without the flag", () => {
    const r = applyMui(base, dir, false);
    expect(serializeCatalog(r.catalog)).toBe(serializeCatalog(base.catalog));
    const sample = r.mui?.files.find((f) => f.file.file === "sample.dll.mui");
    expect(sample?.same).toBe(1);
    expect(sample?.differing.map((d) => d.name)).toEqual([differs.name]);
    expect(sample?.differing[0]?.sdk).toBe(differs.message);
    expect(sample?.missingInSdk.map((c) => [c.name, c.mui])).toEqual([[missing.name, muiText(missing)]]);
    // the unused id, and a bug check's id, match nothing
    expect(sample?.unmatchedIds).toBe(bugcheck ? 2 : 1);
    expect(sample?.matchedIds).toBe(3);
    expect(r.mui?.filled).toEqual([]);
    const german = r.mui?.files.find((f) => f.file.file === "german.dll.mui");
    expect(german?.differing.map((d) => d.name)).toEqual([same.name]);
  });

  it("the report gets a deterministic MUI section saying how texts were normalised; no --mui, no section", () => {
    const a = renderReport(applyMui(base, dir, false));
    const b = renderReport(applyMui(runImport(SDK, MINGW), dir, false));
    expect(a).toBe(b);
    expect(a).toContain("## MUI comparison");
    expect(a).toContain("CRLF/CR as LF and trailing whitespace");
    expect(a).toContain(`| ${differs.name} |`);
    expect(a).toContain("Not added (add with --fill-missing-from-mui)");
    expect(renderReport(base)).not.toContain("MUI");
  });

  it("--fill-missing-from-mui adds only texts the catalog lacks, with a source row naming the file", () => {
    const r = applyMui(base, dir, true);
    const rows = r.catalog.entries;
    const filled = rows.filter((row) => row[0] === missing.name && row[2] === missing.value);
    expect(filled.map((row) => row[3])).toEqual([muiText(missing)]);
    const source = r.catalog.sources[filled[0]?.[5] as number];
    expect(source).toEqual({ id: expect.stringMatching(/^mui-/), name: "MUI en-US/sample.dll.mui", version: "unknown" });
    expect(r.catalog.sources.slice(0, base.catalog.sources.length)).toEqual(base.catalog.sources);
    // every other row is as before: SDK text kept, including the differing one
    const before = base.catalog.entries;
    expect(rows.length).toBe(before.length);
    const changed = rows.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(changed).toEqual(filled);
    expect(renderReport(r)).toContain("Entries given a MUI text: 1.");
  });

  it("lists at most MUI_LIST_LIMIT differences, with the full count", () => {
    const withText = entries.filter((e) => e.message !== null && takesModuleText(e.kind, e.value));
    const many = writeMessageDll([{ lang: LANG_EN_US, entries: [...new Set(withText.map((e) => e.value))].map((id) => ({ id, text: "changed" })) }]);
    const r = applyMui(base, folder({ "many.mui": many }), false);
    const n = r.mui?.files[0]?.differing.length ?? 0;
    expect(n).toBe(withText.length);
    const section = renderReport(r).split("## MUI comparison")[1] ?? "";
    expect(section).toContain(`differing texts (${Math.min(MUI_LIST_LIMIT, n)} of ${n})`);
  });

  it("normalises only line ends and trailing whitespace", () => {
    expect(normaliseText("a  \r\nb\t\r\n\r\n")).toBe("a\nb");
    expect(normaliseText(" a")).toBe(" a");
    expect(normaliseText("a.")).not.toBe(normaliseText("a"));
  });
});

describe("winerr-import --mui (the built CLI)", () => {
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [cli, "--sdk", SDK.root, "--mingw", MINGW.root, "--wine", fixture("wine"), "--no-dotnet-runtime", ...args], { encoding: "utf8" });
  it("prints a per-file summary on stdout; a bad folder or a lone flag is exit 2", () => {
    // `test` runs after `build` (turbo.json), so the CLI is there.
    expect(existsSync(cli), `${cli} is missing: run "pnpm --filter @winerr/importer build" first`).toBe(true);
    const out = mkdtempSync(join(tmpdir(), "winerr-mui-out-"));
    const ok = run(["--out", join(out, "c.json"), "--report", join(out, "R.md"), "--mui", folder({ "sample.dll.mui": mainDll })]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^mui sample\.dll\.mui \(0x0409, FileVersion unknown\): 5 ids, 3 matched; same 1, differing 1, missing in SDK 1$/m);
    expect(ok.stdout).toContain("SDK texts unchanged");
    expect(readFileSync(join(out, "R.md"), "utf8")).toContain("## MUI comparison");
    const missingDir = run(["--out", join(out, "c.json"), "--mui", join(out, "nope")]);
    expect([missingDir.status, missingDir.stderr]).toEqual([2, expect.stringMatching(/is not a folder/)]);
    const lone = run(["--fill-missing-from-mui"]);
    expect([lone.status, lone.stderr]).toEqual([2, expect.stringMatching(/needs --mui/)]);
  });

  it.skipIf(!existsSync(cli))("a missing source is one line on stderr, exit 2, and the catalog and report stay untouched", () => {
    const out = mkdtempSync(join(tmpdir(), "winerr-bad-source-"));
    writeFileSync(join(out, "c.json"), "committed catalog");
    writeFileSync(join(out, "R.md"), "committed report");
    for (const flag of ["--sdk", "--mingw", "--wine"]) {
      const r = spawnSync(process.execPath, [cli, "--sdk", SDK.root, "--mingw", MINGW.root, "--wine", fixture("wine"), "--no-dotnet-runtime", flag, join(out, "nope"), "--out", join(out, "c.json"), "--report", join(out, "R.md")], { encoding: "utf8" });
      expect([r.status, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(new RegExp(`^winerr-import: ${flag} \\S+ does not exist; run packages/importer/scripts/fetch-sources\\.sh to get it\\n$`));
      expect(readFileSync(join(out, "c.json"), "utf8")).toBe("committed catalog");
      expect(readFileSync(join(out, "R.md"), "utf8")).toBe("committed report");
    }
  });
});

// Debian's libwine: a real message-table DLL laid out as an en-US MUI folder.
const wine = optionalTool("wine");

wine.describe("--mui with Wine's kernelbase.dll as en-US/kernelbase.dll.mui", () => {
  it("reads its en-US table and matches its ids by the --module rule", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "winerr-wine-mui-")), "en-US");
    mkdirSync(dir);
    copyFileSync(join(wine.need(), "kernelbase.dll"), join(dir, "kernelbase.dll.mui"));
    const r = applyMui(base, dir, false);
    const f = r.mui?.files[0];
    const en = new Set(readMessageTables(readFileSync(join(dir, "kernelbase.dll.mui"))).filter((t) => t.lang === LANG_EN_US).flatMap((t) => t.entries.map((e) => e.id)));
    expect(f?.file.lang).toBe(LANG_EN_US);
    expect(f?.file.texts.length).toBe(en.size);
    const fitting = [...en].filter((id) => entries.some((e) => e.value === id && takesModuleText(e.kind, e.value)));
    expect(f?.matchedIds).toBe(fitting.length);
    expect((f?.matchedIds ?? 0) + (f?.unmatchedIds ?? 0)).toBe(en.size);
    expect(serializeCatalog(r.catalog)).toBe(serializeCatalog(base.catalog));
  });
});
