import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { packCatalog } from "@winerr/core";
import type { ExportDocument, ExportEntry } from "@winerr/core/export-schema";
import { FILE_NAMES } from "../src/formats.js";
import { realFile, removeTempDirs, run, spawnExport, tempDir, type RunOptions } from "./helpers.js";

const ALL = Object.values(FILE_NAMES);
let full: string; // a folder holding a full export, all formats
let doc: ExportDocument;

const read = (dir: string, name: string) => readFileSync(join(dir, name));
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

beforeAll(() => {
  full = tempDir();
  const r = run(["--out", full, "--format", "all"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  doc = JSON.parse(read(full, "catalog.json").toString("utf8")) as ExportDocument;
});
afterAll(removeTempDirs);

describe("winerr-export writes", () => {
  it("catalog.json and catalog.schema.json by default, nothing else", () => {
    const dir = tempDir();
    const r = run(["--out", dir]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
    expect(readdirSync(dir).sort()).toEqual(["catalog.json", "catalog.schema.json"]);
  });

  it("all four files with --format all, and the same bytes on --stdout", () => {
    expect(readdirSync(full).sort()).toEqual([...ALL].sort());
    for (const [format, name] of Object.entries(FILE_NAMES)) {
      const r = run(["--stdout", "--format", format]);
      expect(r.status).toBe(0);
      expect(r.stdout === read(full, name).toString("utf8"), name).toBe(true);
    }
  });

  it("reads the built-in catalog when no --catalog is given", () => {
    const r = run(["--stdout"], { builtIn: true });
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout) as ExportDocument;
    expect(d.entries.length).toBe(d.counts.entries);
    expect(d.entries.length).toBeGreaterThan(0);
  });

  it("--kind and --header filter", () => {
    const header = (realFile.entries[0] as (typeof realFile.entries)[number])[4];
    const r = run(["--stdout", "--format", "ndjson", "--kind", "ntstatus,bugcheck", "--header", header.toUpperCase(), "--header", "ntstatus.h"]);
    expect(r.status).toBe(0);
    const kept = realFile.entries.filter((e) => (e[1] === "ntstatus" || e[1] === "bugcheck") && [header.toLowerCase(), "ntstatus.h"].includes(e[4].toLowerCase()));
    expect(kept.length).toBeGreaterThan(0);
    expect(r.stdout.split("\n").filter(Boolean).length).toBe(kept.length);
  });

  it("--help lists the exit codes and exits 0", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stdout).toMatch(/2 +usage error/);
  });
});

describe("real consumers read the export", () => {
  // jq (Debian) and pwsh (scripts/install-powershell.sh) are optional tools: see @winerr/host.
  const jq = optionalTool("jq");
  jq.it("jq counts the entries", () => {
    const n = (args: string[]) => Number(execFileSync(jq.need(), args, { encoding: "utf8" }).trim());
    expect(n([".entries | length", join(full, "catalog.json")])).toBe(realFile.entries.length);
    expect(n(["-s", "length", join(full, "catalog.ndjson")])).toBe(realFile.entries.length);
    expect(n([".counts.entries", join(full, "catalog.json")])).toBe(realFile.entries.length);
  });

  const pwsh = optionalTool("pwsh");
  pwsh.it("PowerShell 7 ConvertFrom-Json reads catalog.ndjson line by line", () => {
    const script = `
      $ErrorActionPreference = 'Stop'
      Get-Content -LiteralPath $env:WINERR_NDJSON | ForEach-Object {
        $o = $_ | ConvertFrom-Json
        "{0}\`t{1}\`t{2}\`t{3}\`t{4}" -f $o.name, $o.kind, $o.value, $o.hex, $o.aliases.Count
      }`;
    const env = { ...process.env, WINERR_NDJSON: join(full, "catalog.ndjson") };
    const r = spawnSync(pwsh.need(), ["-NoProfile", "-NonInteractive", "-Command", script], { encoding: "utf8", maxBuffer: 64 << 20, env });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const got = r.stdout.split(/\r?\n/).filter(Boolean);
    expect(got).toEqual(doc.entries.map((e) => [e.name, e.kind, e.value, e.hex, e.aliases.length].join("\t")));
  });

  it("csv-parse reads catalog.csv to the same rows and values as catalog.json", () => {
    const rows = parse(read(full, "catalog.csv"), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(doc.entries.length);
    const s = (v: string | number | null) => (v === null ? "" : String(v));
    rows.forEach((row, i) => {
      const e = doc.entries[i] as ExportEntry;
      expect(row).toEqual({
        name: e.name,
        kind: e.kind,
        value: s(e.value),
        hex: e.hex,
        signed: s(e.signed),
        facility: s(e.facility?.number ?? null),
        facility_names: e.facility?.names.join(";") ?? "",
        severity: s(e.severity),
        message: s(e.message),
        placeholders: e.placeholders.map((p) => p.raw).join(";"),
        header: e.header,
        source: e.provenance.source,
        source_version: e.provenance.version,
        line: s(e.provenance.line),
        aliases: e.aliases.join(";"),
        alias_of: s(e.aliasOf),
      });
    });
  });
});

describe("determinism", () => {
  it("exporting twice, in other time zones and locales, gives byte-identical files", () => {
    const dir = tempDir();
    const env = { ...process.env, TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" };
    expect(run(["--out", dir, "--format", "all"], { env }).status).toBe(0);
    for (const name of ALL) expect(read(dir, name).equals(read(full, name)), name).toBe(true);
    expect(run(["--out", dir, "--format", "all"], { env: { ...process.env, TZ: "America/St_Johns", LC_ALL: "C" } }).status).toBe(0);
    for (const name of ALL) expect(read(dir, name).equals(read(full, name)), name).toBe(true);
  });
});

describe("safety", () => {
  // An "old" export that differs from the full one, to tell old bytes from new.
  function oldExport(dir: string): Map<string, Buffer> {
    expect(run(["--out", dir, "--format", "all", "--kind", "bugcheck"]).status).toBe(0);
    return new Map(ALL.map((n) => [n, read(dir, n)]));
  }

  it("SIGKILL at any moment leaves every file whole: the old one or the new one", async () => {
    const dir = tempDir();
    const old = oldExport(dir);
    let caughtMidWrite = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      const child = spawnExport(["--out", dir, "--format", "all"]);
      const exited = new Promise<void>((res) => child.on("exit", () => res()));
      // Wait until a temp file exists, then kill after a varying delay.
      const start = Date.now();
      while (temps(dir).length === 0 && child.exitCode === null && Date.now() - start < 20_000) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => setTimeout(r, (attempt % 6) * 40));
      const midWrite = temps(dir).length > 0;
      child.kill("SIGKILL");
      await exited;
      if (midWrite && read(dir, "catalog.json").equals(old.get("catalog.json") as Buffer)) caughtMidWrite++;
      for (const name of ALL) {
        const now = read(dir, name);
        expect(now.equals(old.get(name) as Buffer) || now.equals(read(full, name)), `${name} after kill ${attempt}`).toBe(true);
      }
      // Start over from the old files (SIGKILL leaves the temp files behind).
      for (const t of temps(dir)) execFileSync("rm", ["-f", join(dir, t)]);
      for (const [name, bytes] of old) writeFileSync(join(dir, name), bytes);
    }
    expect(caughtMidWrite).toBeGreaterThan(0);
  });

  it("SIGTERM mid-write removes the temp files and leaves the old files", async () => {
    const dir = tempDir();
    const old = oldExport(dir);
    const child = spawnExport(["--out", dir, "--format", "all"]);
    const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
    while (temps(dir).length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 1));
    child.kill("SIGTERM");
    await exited;
    expect(temps(dir)).toEqual([]);
    for (const name of ALL) {
      const now = read(dir, name);
      expect(now.equals(old.get(name) as Buffer) || now.equals(read(full, name))).toBe(true);
    }
  });

  function expectUsageError(args: string[], pattern: RegExp, options: RunOptions = {}, status = 2) {
    const r = run(args, options);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^winerr-export: [^\n]+\n$/);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toContain("    at ");
  }

  it("a file and a path under a file get exit 2 and one line", () => {
    const base = tempDir();
    const before = readdirSync(base);
    writeFileSync(join(base, "file"), "x");
    expectUsageError(["--out", join(base, "file")], /is not a folder/);
    expectUsageError(["--out", join(base, "file", "sub")], /not a folder/);
    expect(readdirSync(base).sort()).toEqual([...before, "file"].sort());
  });

  it("a missing folder and its missing parents are created", () => {
    const base = tempDir();
    const out = join(base, "no", "parent");
    const r = run(["--out", out, "--format", "schema"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(readdirSync(out)).toEqual(["catalog.schema.json"]);
  });

  it("an unwritable folder gets exit 4 (an I/O error) and is left empty", () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    // root ignores permission bits: `unprivileged` makes it meet them (helpers.ts).
    expectUsageError(["--out", dir], /not writable \(permission denied\) \(EACCES\)/, { unprivileged: true, cwd: "/" }, 4);
    // Nor can a folder be created inside it.
    expectUsageError(["--out", join(dir, "sub")], /not writable/, { unprivileged: true, cwd: "/" }, 4);
    expect(readdirSync(dir)).toEqual([]);
    chmodSync(dir, 0o755);
  });

  it("a target that is a folder fails with exit 2, cleans up its temp files and changes no file", () => {
    const dir = tempDir();
    const old = oldExport(dir);
    execFileSync("rm", [join(dir, "catalog.csv")]);
    mkdirSync(join(dir, "catalog.csv"));
    expectUsageError(["--out", dir, "--format", "all"], /catalog\.csv.*is a folder/);
    expect(temps(dir)).toEqual([]);
    for (const name of ALL.filter((n) => n !== "catalog.csv")) expect(read(dir, name).equals(old.get(name) as Buffer), name).toBe(true);
  });

  it("odd but valid paths work: spaces, non-ASCII, relative, trailing slash", () => {
    const base = tempDir();
    const odd = join(base, "a dir with spaces & ünïcödé");
    mkdirSync(odd);
    expect(run(["--out", odd + "/"]).status).toBe(0);
    expect(read(odd, "catalog.json").equals(read(full, "catalog.json"))).toBe(true);
    expect(run(["--out", "."], { cwd: odd }).status).toBe(0);
    expect(readdirSync(odd).sort()).toEqual(["catalog.json", "catalog.schema.json"]);
  });

  it("usage errors get exit 2 and one line", () => {
    expectUsageError([], /--out DIR or --stdout/);
    expectUsageError(["--out", "x", "--stdout"], /not both/);
    expectUsageError(["--stdout", "--format", "all"], /one format/);
    expectUsageError(["--stdout", "--format", "xml"], /unknown format "xml"/);
    expectUsageError(["--stdout", "--kind", "posix"], /unknown kind "posix"/);
    expectUsageError(["--stdout", "--header", "no-such-header.h"], /no entry comes from the header/);
    expectUsageError(["--stdout", "--bogus"], /bogus/);
    expectUsageError(["--stdout", "extra"], /extra/);
    expectUsageError(["--out", ""], /needs a folder/);
  });

  it("the packed catalog the apps ship exports to the same bytes as core's catalog file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "packed.json"), packCatalog(realFile));
    for (const format of ["json", "csv"]) {
      const r = run(["--stdout", "--format", format, "--catalog", join(dir, "packed.json")]);
      expect([r.status, r.stderr]).toEqual([0, ""]);
      expect(r.stdout === read(full, FILE_NAMES[format as keyof typeof FILE_NAMES]).toString("utf8"), format).toBe(true);
    }
    // A packed file cut short is the user's error too, in one line.
    writeFileSync(join(dir, "cut.json"), packCatalog(realFile).slice(0, 5000));
    expectUsageError(["--stdout", "--catalog", join(dir, "cut.json")], /not a readable packed catalog/);
  });

  it("a bad --catalog file is the user's error (2); the message names the problem", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ ...realFile, format: 99 }));
    expectUsageError(["--stdout", "--catalog", join(dir, "bad.json")], /not valid JSON/);
    expectUsageError(["--stdout", "--catalog", join(dir, "wrong.json")], /not a WinErr catalog \(format/);
    expectUsageError(["--stdout", "--catalog", join(dir, "none.json")], /cannot be read \(ENOENT\)/);
  });
});
