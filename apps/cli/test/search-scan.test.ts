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

interface Query {
  input: string;
  ok: boolean;
  entries: Hit[];
}

describe("winerr search", () => {
  it("ranks entries by name and message; --json is one array of query results", () => {
    const r = run(["search", "access", "denied", "--json", "--limit", "10"]);
    expect(r.code).toBe(0);
    const [q, ...rest] = JSON.parse(r.stdout) as Query[];
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ input: "access denied", ok: true });
    expect(q?.entries.length).toBeGreaterThan(0);
    expect(q?.entries.length).toBeLessThanOrEqual(10);
    for (const h of q?.entries ?? []) {
      const text = `${h.name} ${h.message ?? ""}`.toLowerCase();
      expect(text).toContain("access");
      expect(text).toContain("denied");
      expect(h.hex).toBe("0x" + h.value.toString(16).toUpperCase().padStart(8, "0"));
    }
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("--kind keeps one family", () => {
    const [q] = lines(run(["search", "pipe", "--kind", "ntstatus", "--ndjson", "--limit", "5"]).stdout).map((l) => JSON.parse(l) as Query);
    expect(q?.entries).toHaveLength(5);
    expect(q?.entries.every((h) => h.kind === "ntstatus")).toBe(true);
  });

  it("--stdin --ndjson: one line per query, in order, even with no hits (what the PowerShell module sends)", () => {
    const r = run(["search", "--stdin", "--ndjson", "--limit", "3"], { input: "\uFEFFaccess denied\r\n\r\nzzqqxxnotawordzz\r\n\u00e9t\u00e9\n" });
    const queries = lines(r.stdout).map((l) => JSON.parse(l) as Query);
    expect(queries.map((q) => [q.input, q.ok])).toEqual([
      ["access denied", true],
      ["zzqqxxnotawordzz", true],
      ["\u00e9t\u00e9", true],
    ]);
    expect(queries[0]?.entries.length).toBe(3);
    expect(queries[1]?.entries).toEqual([]);
    expect(isAscii(r.stdout)).toBe(true);
    expect(r.code).toBe(1);
  });

  it("text form shows name, kind, hex, header, message and what matched", () => {
    const r = run(["search", "IPSEC_IKE_GETSPIFAIL", "--no-color"]);
    // winerror.h:26371-26377 (see cli.test.ts)
    expect(r.stdout).toMatch(/^ERROR_IPSEC_IKE_GETSPIFAIL {2}win32 {2}0x00003621 {2}13857 {2}winerror\.h\n {6}Failed to obtain new SPI/);
    expect(r.stdout).toMatch(/^ {6}matched: ipsec in name\+message, ike in name, getspifail in name, run of name$/m);
  });

  it("JSON says what matched: each word's term, how and where, and the name and phrase factors", () => {
    const [q] = JSON.parse(run(["search", "acess", "denied", "--json", "--limit", "3"]).stdout) as (Query & { entries: (Hit & { matched: { terms: { word: string; term: string; how: string; fields: string[] }[] } })[] })[];
    // "acess" is no word of the catalog: one edit from "access".
    expect(q?.entries[0]?.matched.terms[0]).toMatchObject({ word: "acess", term: "access", how: "fuzzy" });
  });

  it("no hit: exit 1; text says so on stderr, JSON has empty entries", () => {
    const text = run(["search", "zzqqxxnotawordzz"]);
    expect(text.code).toBe(1);
    expect(lines(text.stderr)).toHaveLength(1);
    const json = run(["search", "zzqqxxnotawordzz", "--json"]);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as Query[])[0]?.entries).toEqual([]);
  });

  it.each([[["search", "x", "--kind", "bogus"]], [["search", "x", "--limit", "0"]], [["search", " "]], [["search"]], [["search", "x", "--stdin"]]])("usage error %j", (args) => {
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

  it("--line-text adds each record's line text; records keep their other fields", () => {
    const plain = lines(run(["scan", log, "--ndjson", "--no-readings"]).stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    const r = run(["scan", log, "--ndjson", "--no-readings", "--line-text"]);
    expect(r.code).toBe(0);
    const hits = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hits.map((h) => h.lineText)).toEqual(["install failed: 0x80073621", "exit code -1073741819"]);
    expect(hits.map(({ lineText, ...rest }) => (void lineText, rest))).toEqual(plain);
  });

  it("reads UTF-16 LE and BE logs with a BOM, and UTF-8 with or without one, to the same records", () => {
    const text = "start\r\ninstall failed: 0x80073621 (caf\u00e9)\r\nexit code -1073741819\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    const variants = { le, be, utf8bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), utf8: Buffer.from(text, "utf8") };
    const expected = [
      [2, 17, "0x80073621", "install failed: 0x80073621 (caf\u00e9)"],
      [3, 11, "-1073741819", "exit code -1073741819"],
    ];
    for (const [name, bytes] of Object.entries(variants)) {
      const file = join(dir, `enc-${name}.log`);
      writeFileSync(file, bytes);
      for (const r of [run(["scan", file, "--ndjson", "--line-text"]), run(["scan", "-", "--ndjson", "--line-text"], { input: bytes })]) {
        expect(r.code, name).toBe(0);
        expect(isAscii(r.stdout)).toBe(true);
        const hits = lines(r.stdout).map((l) => JSON.parse(l) as { line: number; column: number; text: string; lineText: string });
        expect(hits.map((h) => [h.line, h.column, h.text, h.lineText]), name).toEqual(expected);
      }
    }
  });

  it("gives each match the HRESULT or NTSTATUS fields it is read through (parts), also with --no-readings", () => {
    const r = run(["scan", log, "--ndjson", "--no-readings"]);
    const hits = lines(r.stdout).map((l) => JSON.parse(l) as { result: { matches: { name: string; parts: unknown }[] } });
    // 0x80073621: HRESULT_FROM_WIN32 of 13857 (winerror.h): severity bit set, FACILITY_WIN32 (7), code 0x3621.
    expect(hits[0]?.result.matches[0]?.parts).toEqual({ as: "hresult", severity: "failure", facility: 7, facilityNames: ["FACILITY_WIN32"], code: 0x3621 });
    // 0xC0000005 STATUS_ACCESS_VIOLATION (ntstatus.h): severity error, facility 0, code 5.
    expect(hits[1]?.result.matches[0]?.parts).toMatchObject({ as: "ntstatus", severity: "error", facility: 0, code: 5 });
    // decode too; a Win32 code taken as itself (5, ERROR_ACCESS_DENIED in winerror.h) has none.
    const d = JSON.parse(run(["decode", "--stdin", "--ndjson", "--no-readings"], { input: "5\n0x80073621\n" }).stdout.split("\n")[0] ?? "") as { matches: { name: string; parts: unknown }[] };
    expect(d.matches[0]).toMatchObject({ name: "ERROR_ACCESS_DENIED", parts: null });
  });

  it("streams a big log (40,000 lines)", () => {
    const big = join(dir, "big.log");
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => (i % 100 === 0 ? `line ${i} hr=0x80070005` : `line ${i} fine`)).join("\n"));
    const r = run(["scan", big, "--ndjson"]);
    expect(lines(r.stdout)).toHaveLength(400);
    expect(r.code).toBe(0);
  });
});
