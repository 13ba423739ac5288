import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DecodeResult } from "@winerr/core/result";
import { afterAll, describe, expect, it } from "vitest";
import { isAscii, lines, run } from "./run.js";

interface Hit {
  name: string;
  kind: string;
  value: number;
  hex: string;
  message: string | null;
  tier: string;
}

describe("winerr search", () => {
  it("ranks entries by name and message, as JSON", () => {
    const r = run(["search", "access", "denied", "--json", "--limit", "10"]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Hit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(10);
    for (const h of hits) {
      const text = `${h.name} ${h.message ?? ""}`.toLowerCase();
      expect(text).toContain("access");
      expect(text).toContain("denied");
      expect(h.hex).toBe("0x" + h.value.toString(16).toUpperCase().padStart(8, "0"));
    }
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("--kind keeps one family; --ndjson is a line per hit", () => {
    const r = run(["search", "pipe", "--kind", "ntstatus", "--ndjson", "--limit", "5"]);
    const hits = lines(r.stdout).map((l) => JSON.parse(l) as Hit);
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.kind === "ntstatus")).toBe(true);
  });

  it("text form shows name, kind, hex and message", () => {
    const r = run(["search", "IPSEC_IKE_GETSPIFAIL"]);
    // winerror.h:26371-26377 (see cli.test.ts)
    expect(r.stdout).toMatch(/^ERROR_IPSEC_IKE_GETSPIFAIL {2}win32 {2}0x00003621 {2}13857 {2}name-part/);
  });

  it("exit 1 and one stderr line when nothing matches", () => {
    const r = run(["search", "zzqqxxnotawordzz", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it.each([[["search", "x", "--kind", "bogus"]], [["search", "x", "--limit", "0"]], [["search", " "]], [["search"]]])("usage error %j", (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
});

describe("winerr scan", () => {
  const dir = mkdtempSync(join(tmpdir(), "winerr-scan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, "setup.log");
  writeFileSync(log, "\uFEFFstart\r\ninstall failed: 0x80073621\r\nnothing here\r\nexit code -1073741819\r\n");

  it("--ndjson: a line per code with line, column, text and the decode result", () => {
    const r = run(["scan", log, "--ndjson"]);
    expect(r.code).toBe(0);
    const hits = lines(r.stdout).map((l) => JSON.parse(l) as { line: number; column: number; text: string; result: unknown });
    expect(hits.map((h) => [h.line, h.column, h.text])).toEqual([
      [2, 17, "0x80073621"],
      [4, 11, "-1073741819"],
    ]);
    const results = hits.map((h) => DecodeResult.parse(h.result));
    // winerror.h:26377 and ntstatus.h:2121 (see cli.test.ts)
    expect(results.map((x) => x.matches[0]?.name)).toEqual(["ERROR_IPSEC_IKE_GETSPIFAIL", "STATUS_ACCESS_VIOLATION"]);
  });

  it("reads stdin with - and annotates lines in text form", () => {
    const r = run(["scan", "-"], { input: "x\nfailed with 0x80073621\n" });
    expect(r.stdout).toMatch(/^ {4}2 {2}failed with 0x80073621\n {7}col 13 0x80073621 -> ERROR_IPSEC_IKE_GETSPIFAIL \(win32, 0x00003621, via HRESULT_FROM_WIN32\)/);
  });

  it("--json is one array; text without codes exits 1", () => {
    expect(JSON.parse(run(["scan", log, "--json"]).stdout)).toHaveLength(2);
    const r = run(["scan", "-", "--json"], { input: "no codes at all\n" });
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.code).toBe(1);
  });

  it("a file that cannot be read is one stderr line, exit 2", () => {
    const r = run(["scan", join(dir, "missing.log")]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: cannot read ".*missing\.log" \(ENOENT\)$/)]);
  });

  it("streams a big log (40,000 lines)", () => {
    const big = join(dir, "big.log");
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => (i % 100 === 0 ? `line ${i} hr=0x80070005` : `line ${i} fine`)).join("\n"));
    const r = run(["scan", big, "--ndjson"]);
    expect(lines(r.stdout)).toHaveLength(400);
    expect(r.code).toBe(0);
  });
});
