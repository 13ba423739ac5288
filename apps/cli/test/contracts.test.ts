import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DecodeRecord, FlatRecord, FlatScanRecord, InfoResult, MsgtableRow, ScanRecord, SearchRecord } from "@winerr/core/output-schema";
import { ShowResult } from "@winerr/core/page-schema";
import { writeMessageDll } from "@winerr/msgtable/write";
import { describe, expect, it } from "vitest";
import { isAscii, lines, run } from "./run.js";

/**
 * Every machine output that docs/contracts.md ("Machine output") documents,
 * read from the built CLI and parsed with its zod schema. A zod object drops
 * keys it does not describe, so "parses to itself" also says the schema
 * names every field the command writes.
 */
function exactly<T>(schema: { parse(value: unknown): T }, value: unknown): T {
  const parsed = schema.parse(value);
  expect(parsed).toEqual(value);
  return parsed;
}

/** `winerr ...flags --json|--ndjson -- ...inputs`, both forms. */
function machine(flags: string[], inputs: string[] = [], input?: string): { json: unknown[]; ndjson: unknown[] } {
  const args = (format: string) => [...flags, format, ...(inputs.length > 0 ? ["--", ...inputs] : [])];
  const json = run(args("--json"), { input });
  const ndjson = run(args("--ndjson"), { input });
  expect(json.stderr === "" || json.code !== 0).toBe(true);
  expect(isAscii(json.stdout) && isAscii(ndjson.stdout)).toBe(true);
  const array = JSON.parse(json.stdout) as unknown[];
  const objects = lines(ndjson.stdout).map((l) => JSON.parse(l) as unknown);
  // The two forms hold the same records.
  expect(objects).toEqual(array);
  return { json: array, ndjson: objects };
}

// Inputs that reach every shape of a decode record: a Win32 code (parts null),
// an HRESULT unwrapped to Win32, an NTSTATUS, a family-scoped input, a name, a
// ':PART' substring input with more matches than decode lists (omitted), a number nothing matches, and input
// that is not understood (error).
const DECODE_INPUTS = ["5", "0x80070002", "c000021a", "hresult:0x80070005", "E_ACCESSDENIED", ":ACCESS_DENIED", ":ERROR_", "0x7FFFFFF0", "0xnope"];

describe("machine output parses with its schema (docs/contracts.md)", () => {
  it("decode: DecodeRecord, with and without --no-readings", () => {
    for (const extra of [[], ["--no-readings"]]) {
      const { json } = machine(["decode", ...extra], DECODE_INPUTS);
      const records = json.map((r) => exactly(DecodeRecord, r));
      expect(records.map((r) => r.input)).toEqual(DECODE_INPUTS);
      expect(records.every((r) => (r.readings === undefined) === (extra.length > 0))).toBe(true);
      // The shapes the inputs were chosen for are there.
      expect(records.some((r) => r.error !== undefined)).toBe(true);
      expect(records.some((r) => r.family !== undefined)).toBe(true);
      expect(records.some((r) => r.omitted !== undefined)).toBe(true);
      expect(records.some((r) => r.ok && r.matches.length === 0)).toBe(true);
      const matches = records.flatMap((r) => r.matches);
      expect(matches.some((m) => m.parts === null)).toBe(true);
      expect(matches.some((m) => m.parts?.as === "hresult")).toBe(true);
      expect(matches.some((m) => m.parts?.as === "ntstatus")).toBe(true);
      expect(matches.some((m) => m.via !== "exact" && m.via !== "name")).toBe(true);
      expect(matches.some((m) => m.aliasOf !== undefined && m.under !== undefined)).toBe(true);
    }
  });

  it("decode --flat: FlatRecord, a row per input", () => {
    const { json } = machine(["decode", "--flat"], DECODE_INPUTS);
    const rows = json.map((r) => exactly(FlatRecord, r));
    expect(rows.map((r) => r.input)).toEqual(DECODE_INPUTS);
    expect(rows.some((r) => r.error !== undefined && r.inputHex === null)).toBe(true);
    expect(rows.some((r) => r.ok && r.name === undefined)).toBe(true);
    expect(rows.some((r) => r.name !== undefined && r.facility === null)).toBe(true);
    expect(rows.some((r) => r.facilityName !== null && r.facilityName !== undefined)).toBe(true);
  });

  it("search: SearchRecord per query, also from --stdin", () => {
    const { json } = machine(["search", "--limit", "5"], ["access denied"]);
    const [q] = json.map((r) => exactly(SearchRecord, r));
    expect(q?.entries.length).toBe(5);
    const stdin = machine(["search", "--stdin", "--limit", "3"], [], "acess denied\nERROR_FILE_NO\nzzqqxxnotawordzz\n");
    const queries = stdin.json.map((r) => exactly(SearchRecord, r));
    expect(queries.map((r) => r.entries.length)).toEqual([3, 3, 0]);
    const terms = queries.flatMap((r) => r.entries.flatMap((e) => e.matched.terms));
    expect(new Set(terms.map((t) => t.how))).toEqual(new Set(["fuzzy", "exact", "prefix"]));
  });

  it("scan --flat: FlatScanRecord per code found, with and without --line-text", () => {
    const log = ["open failed (0x80070005)", "exit -1073741819 seen", "got ERROR_FILE_NOT_FOUND here", "hr 0x7FFF1234", "nothing here"].join("\n") + "\n";
    for (const extra of [[], ["--line-text"]]) {
      const rows = machine(["scan", "--flat", ...extra], [], log).json.map((r) => exactly(FlatScanRecord, r));
      expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
      expect(rows.every((r) => (r.lineText !== undefined) === (extra.length > 0))).toBe(true);
      expect(rows.filter((r) => r.name === undefined).map((r) => r.text)).toEqual(["0x7FFF1234"]);
    }
  });

  it("scan: ScanRecord per code found, with --line-text and --no-readings", () => {
    // One line per scan rule: hex, negative decimal, catalog name, number after a keyword.
    const log = ["open failed (0x80070005)", "exit -1073741819 seen", "got ERROR_FILE_NOT_FOUND here", "installer error 1603", "nothing here"].join("\n") + "\n";
    for (const extra of [[], ["--line-text"], ["--no-readings"]]) {
      const { json } = machine(["scan", ...extra], [], log);
      const records = json.map((r) => exactly(ScanRecord, r));
      expect(records.map((r) => [r.line, r.how])).toEqual([
        [1, "hex"],
        [2, "negative"],
        [3, "name"],
        [4, "keyword"],
      ]);
      expect(records.every((r) => (r.lineText !== undefined) === extra.includes("--line-text"))).toBe(true);
      expect(records.every((r) => (r.result.readings === undefined) === extra.includes("--no-readings"))).toBe(true);
    }
  });

  it("show: ShowResult per input (a page, no entry, not understood)", () => {
    const { json } = machine(["show"], ["0x80070005", "0x7FFFFFF0", "0xnope"]);
    const results = json.map((r) => exactly(ShowResult, r));
    expect(results.map((r) => [r.ok, "entry" in r && r.entry !== null])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });

  it("msgtable: MsgtableRow per (table, id), every encoding, tables by LANGID then entries by id", () => {
    const dir = mkdtempSync(join(tmpdir(), "winerr-contracts-"));
    try {
      const file = join(dir, "mixed.dll");
      writeFileSync(file, writeMessageDll([
        { lang: 0x0409, entries: [{ id: 0x80070005, text: "utf8 %1\r\n", encoding: "utf-8" }, { id: 7, text: "ansi\r\n", encoding: "ansi" }, { id: 9, text: "wide" }] },
        { lang: 0, entries: [{ id: 1, text: "neutral" }] },
      ]));
      const { json } = machine(["msgtable", file]);
      const rows = json.map((r) => exactly(MsgtableRow, r));
      expect(rows.map((x) => [x.lang, x.id, x.encoding, x.text])).toEqual([
        [0, 1, "utf-16le", "neutral"],
        [0x0409, 7, "ansi", "ansi\r\n"],
        [0x0409, 9, "utf-16le", "wide"],
        [0x0409, 0x80070005, "utf-8", "utf8 %1\r\n"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("info --json: InfoResult", () => {
    const r = run(["info", "--json"]);
    expect(r.code).toBe(0);
    const info = exactly(InfoResult, JSON.parse(r.stdout));
    expect(Object.values(info.byKind).reduce((a, b) => a + b, 0)).toBe(info.entries);
  });
});
