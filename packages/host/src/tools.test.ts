import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { findTool, hiddenTools, MissingToolError, optionalTool, repoRoot, ToolSwitchError, TOOL_NAMES } from "./testing.js";

// A fake machine: a PATH folder with executables, a Wine PE folder, a repo with .tools/.
const base = mkdtempSync(join(tmpdir(), "winerr-host-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const bin = join(base, "bin");
const wine = join(base, "wine");
const root = join(base, "repo");
mkdirSync(bin);
mkdirSync(wine);
mkdirSync(join(root, ".tools", "pwsh"), { recursive: true });
mkdirSync(join(root, ".tools", "Pester"), { recursive: true });
const exe = (file: string) => (writeFileSync(file, "#!/bin/sh\n"), chmodSync(file, 0o755), file);
exe(join(bin, "tmux"));
exe(join(bin, "jq"));
exe(join(bin, "python3"));
writeFileSync(join(bin, "not-executable"), "");
writeFileSync(join(wine, "kernelbase.dll"), "");
const pwsh = exe(join(root, ".tools", "pwsh", "pwsh"));
// A NuGet folder with two restored runtime packs: the newer one (by number, not by text) counts.
const nuget = join(base, "nuget");
const pack = (v: string) => join(nuget, "microsoft.netcore.app.runtime.win-x64", v, "runtimes", "win-x64", "native");
for (const v of ["10.0.9", "10.0.12"]) mkdirSync(pack(v), { recursive: true }), writeFileSync(join(pack(v), "mscorrc.dll"), "");
writeFileSync(join(root, ".tools", "Pester", "Pester.psd1"), "");

const env = { PATH: bin };
const all = { env, root, wineDirs: [wine], nugetRoot: nuget };
const empty = { env: { PATH: join(base, "nothing") }, root: join(base, "nothing"), wineDirs: [], nugetRoot: join(base, "nothing") };

describe("findTool", () => {
  it("finds every tool where the machine has it", () => {
    expect(Object.fromEntries(TOOL_NAMES.map((t) => [t, findTool(t, all).path]))).toEqual({
      wine,
      pwsh,
      pester: join(root, ".tools", "Pester", "Pester.psd1"),
      tmux: join(bin, "tmux"),
      jq: join(bin, "jq"),
      python3: join(bin, "python3"),
      mscorrc: join(pack("10.0.12"), "mscorrc.dll"),
    });
  });

  it("WINERR_MSCORRC names the file; a name that does not exist is missing", () => {
    const file = join(pack("10.0.9"), "mscorrc.dll");
    expect(findTool("mscorrc", { ...all, env: { ...env, WINERR_MSCORRC: file } }).path).toBe(file);
    expect(findTool("mscorrc", { ...all, env: { ...env, WINERR_MSCORRC: join(base, "nope.dll") } }).path).toBeUndefined();
  });

  it("finds none on a bare machine, and says neither is hidden", () => {
    for (const t of TOOL_NAMES) expect(findTool(t, empty)).toMatchObject({ path: undefined, hidden: false });
  });

  it("WINE_PE_DIR comes first; a folder without kernelbase.dll does not count", () => {
    const other = mkdtempSync(join(base, "wine2-"));
    writeFileSync(join(other, "kernelbase.dll"), "");
    expect(findTool("wine", { ...all, env: { ...env, WINE_PE_DIR: other } }).path).toBe(other);
    expect(findTool("wine", { ...all, env: { ...env, WINE_PE_DIR: bin } }).path).toBe(wine);
  });

  it("a file on PATH that is not executable is not the tool; pwsh falls back to PATH", () => {
    expect(findTool("jq", { ...all, env: { PATH: `${join(base, "nothing")}:${bin}` } }).path).toBe(join(bin, "jq"));
    const noLocal = join(base, "bare-repo");
    mkdirSync(noLocal, { recursive: true });
    exe(join(bin, "pwsh"));
    expect(findTool("pwsh", { ...all, root: noLocal }).path).toBe(join(bin, "pwsh"));
    expect(findTool("pester", { ...all, root: noLocal }).path).toBeUndefined();
  });

  it("the repository root is the folder with pnpm-workspace.yaml", () => {
    expect(repoRoot()).toBe(join(import.meta.dirname, "..", "..", ".."));
  });
});

describe("WINERR_HIDE_TOOLS", () => {
  it("all hides every tool, a list hides those named (pwsh takes Pester with it)", () => {
    expect([...hiddenTools({ WINERR_HIDE_TOOLS: "all" })].sort()).toEqual([...TOOL_NAMES].sort());
    expect([...hiddenTools({ WINERR_HIDE_TOOLS: " Wine, jq ,," })].sort()).toEqual(["jq", "wine"]);
    expect([...hiddenTools({ WINERR_HIDE_TOOLS: "pwsh" })].sort()).toEqual(["pester", "pwsh"]);
    expect(hiddenTools({ WINERR_HIDE_TOOLS: "" }).size).toBe(0);
    expect(hiddenTools({}).size).toBe(0);
  });

  it("a hidden tool has no path even where it is present", () => {
    const hidden = { ...all, env: { ...env, WINERR_HIDE_TOOLS: "tmux,wine" } };
    expect(findTool("tmux", hidden)).toMatchObject({ path: undefined, hidden: true });
    expect(findTool("wine", hidden)).toMatchObject({ path: undefined, hidden: true });
    expect(findTool("jq", hidden).path).toBe(join(bin, "jq"));
  });

  it("an unknown name is an error naming it, not a silent no-op", () => {
    expect(() => hiddenTools({ WINERR_HIDE_TOOLS: "wine,tmx" })).toThrow(ToolSwitchError);
    expect(() => findTool("jq", { ...all, env: { WINERR_HIDE_TOOLS: "tmx" } })).toThrow(/unknown tool "tmx"/);
  });
});

describe("optionalTool", () => {
  it("need() gives the path of a present tool, and throws naming a missing one", () => {
    expect(optionalTool("tmux", all).need()).toBe(join(bin, "tmux"));
    const t = optionalTool("tmux", { ...all, env: { ...env, WINERR_HIDE_TOOLS: "tmux" } });
    expect(t.available).toBe(false);
    expect(() => t.need()).toThrow(MissingToolError);
    expect(() => t.need()).toThrow(/^tmux is missing \(hidden by WINERR_HIDE_TOOLS\): .*apt-get install tmux$/);
    expect(() => optionalTool("wine", empty).need()).toThrow(/^wine is missing \(not found\): .*WINE_PE_DIR/);
    expect(() => optionalTool("wine", { ...empty, env: { ...empty.env, CI: "true" } }).need()).toThrow(/\[CI=true: a missing tool fails\]$/);
  });
});

// The skip path at collection time, as a suite uses it: the test below is
// reported as skipped (never run), and the line printed names it and the tool.
describe("optionalTool on a bare machine", () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  optionalTool("jq", empty).it("a jq test that must not run", () => {
    throw new Error("ran a test whose tool is missing");
  });
  const said = warn.mock.calls.map((c) => c.join(" "));
  warn.mockRestore();

  it("says so once, naming the test and the tool", () => {
    expect(said).toEqual([expect.stringMatching(/^\nSKIPPED test "a jq test that must not run": jq is missing \(not found\): jq \(.*apt-get install jq\n$/)]);
  });
});
