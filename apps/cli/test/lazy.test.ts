import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it, onTestFinished } from "vitest";
import { CLI, lines, run } from "./run.js";

const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "winerr-lazy-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe("winerr tui and winerr export", () => {
  it("--help lists both", () => {
    const help = run(["--help"]).stdout;
    expect(help).toMatch(/^\s+tui\b/m);
    expect(help).toMatch(/^\s+export\b/m);
  });

  it("export --out DIR writes the exporter's files", () => {
    const dir = temp();
    const r = run(["export", "--out", dir, "--format", "all"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The export format's four files (apps/export/README.md).
    expect(readdirSync(dir).sort()).toEqual(["catalog.csv", "catalog.json", "catalog.ndjson", "catalog.schema.json"]);
  });

  it("export without @winerr/core installed (a copy of dist, as packaged) reads the packed catalog beside the bundle", () => {
    const dir = temp(); // under the OS temp folder: no node_modules above it
    // package.json: the build's, which says the bundles are CommonJS.
    for (const f of ["winerr.js", "winerr-export.mjs", "catalog.json", "package.json"]) copyFileSync(join(CLI, "..", f), join(dir, f));
    const copy = spawnSync(process.execPath, [join(dir, "winerr.js"), "export", "--stdout", "--format", "ndjson"], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect([copy.status, copy.stderr]).toEqual([0, ""]);
    const workspace = run(["export", "--stdout", "--format", "ndjson"]);
    expect(workspace.code).toBe(0);
    expect(copy.stdout.length).toBeGreaterThan(1000);
    expect(copy.stdout === workspace.stdout).toBe(true);
  });

  it("export usage errors are one line naming `winerr export`, exit 2; its help names it too", () => {
    const r = run(["export"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr export: /)]);
    expect(run(["export", "--help"]).stdout).toMatch(/^Usage: winerr export --out DIR/);
  });

  it("tui without a terminal: the TUI's one-line error, exit 2", () => {
    const r = run(["tui"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("winerr.js holds no zod: the packed catalog takes nothing from core's schemas at run time", () => {
    // zod's own error class name survives minifying; it was in winerr.js when packed.ts imported a constant from schema.ts.
    expect(readFileSync(CLI, "utf8")).not.toContain("ZodError");
  });

  it("tui --help and -h: the TUI's usage naming `winerr tui`, exit 0", () => {
    for (const flag of ["--help", "-h"]) {
      const r = run(["tui", flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^usage: winerr tui \[QUERY/);
      expect(r.stdout).toContain("winerr tui -- -1073741819");
    }
  });

  it("tui usage errors name `winerr tui`, one line, exit 2", () => {
    const r = run(["tui", "--bogus"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr tui: unknown option '--bogus' .* \(winerr tui --help\)$/)]);
    // Without a terminal, after `--` a negative number is the query, not an option: the terminal error.
    const neg = run(["tui", "--", "-1073741819"]);
    expect(neg.code).toBe(2);
    expect(lines(neg.stderr)).toEqual([expect.stringMatching(/^winerr tui: needs an interactive terminal/)]);
  });

  it("plain decode needs neither bundle: winerr.js and catalog.json alone still decode", () => {
    const dir = temp();
    for (const f of ["winerr.js", "catalog.json"]) copyFileSync(join(CLI, "..", f), join(dir, f));
    const r = spawnSync(process.execPath, [join(dir, "winerr.js"), "decode", "0x5", "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const tui = spawnSync(process.execPath, [join(dir, "winerr.js"), "tui"], { encoding: "utf8" });
    expect(tui.status).toBe(3); // the bundle is missing: an internal error, one line
    expect(lines(tui.stderr)).toHaveLength(1);
  });
});

describe("winerr.js's code cache (dist/winerr.js.cache)", () => {
  it("is only a speed-up: without it, or with one this node rejects, winerr.js decodes the same", () => {
    const want = run(["decode", "0x80070005", "--json"]);
    expect(want.code).toBe(0);
    for (const cache of [null, Buffer.from("not a V8 code cache")]) {
      const dir = temp();
      for (const f of ["winerr.js", "catalog.json"]) copyFileSync(join(CLI, "..", f), join(dir, f));
      if (cache !== null) writeFileSync(join(dir, "winerr.js.cache"), cache);
      const r = spawnSync(process.execPath, [join(dir, "winerr.js"), "decode", "0x80070005", "--json"], { encoding: "utf8" });
      expect([r.status, r.stderr, r.stdout === want.stdout]).toEqual([0, "", true]);
    }
  });
});

describe("third-party licenses beside the bundles", () => {
  it("dist/THIRD-PARTY-LICENSES.txt names the packages the bundles hold, with their texts", () => {
    const text = readFileSync(new URL("../dist/THIRD-PARTY-LICENSES.txt", import.meta.url), "utf8");
    for (const name of ["commander@", "ink@", "react@", "zod@"]) expect(text).toMatch(new RegExp(`^${name}[0-9][^ ]* \\((MIT|ISC)\\)$`, "m"));
    expect(text).toContain("Permission is hereby granted");
  });
});
