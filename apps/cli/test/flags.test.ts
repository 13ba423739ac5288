import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CatalogFile } from "@winerr/core";
import { describe, expect, it } from "vitest";
import { lines, run } from "./run.js";

const require = createRequire(import.meta.url);
const committed = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
// Inputs from the catalog: every 997th entry as hex, as decimal and by name.
const rows = committed.entries.filter((_, i) => i % 997 === 0);
const inputs = rows.flatMap(([name, , value]) => ["0x" + value.toString(16), String(value), name]);

const objects = (stdout: string): Record<string, unknown>[] => lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);

/** `decode --ndjson` of the inputs without and with a flag: the same exit code and stderr; the records of both. */
function withAndWithout(flag: string, given: string[]): { full: Record<string, unknown>[]; other: Record<string, unknown>[] } {
  const full = run(["decode", "--ndjson", "--", ...given]);
  const other = run(["decode", "--ndjson", flag, "--", ...given]);
  expect(other.code).toBe(full.code);
  expect(other.stderr).toBe(full.stderr);
  return { full: objects(full.stdout), other: objects(other.stdout) };
}

describe("--no-readings", () => {
  it("--ndjson: every field but readings, unchanged", () => {
    const full = run(["decode", "--ndjson", "--", ...inputs]);
    const lean = run(["decode", "--ndjson", "--no-readings", "--", ...inputs]);
    expect(lean.code).toBe(full.code);
    const expected = objects(full.stdout).map(({ readings, ...rest }) => (expect(Array.isArray(readings)).toBe(true), rest));
    expect(objects(lean.stdout)).toEqual(expected);
    expect(lean.stdout).not.toContain('"readings"');
    expect(lean.stdout.length).toBeLessThan(full.stdout.length);
  });

  it("--json and --stdin (the PowerShell module's call) too", () => {
    const full = JSON.parse(run(["decode", "--json", "--", ...inputs]).stdout) as Record<string, unknown>[];
    const lean = JSON.parse(run(["decode", "--json", "--no-readings", "--", ...inputs]).stdout) as Record<string, unknown>[];
    expect(lean).toEqual(full.map(({ readings: _r, ...rest }) => rest));
    const piped = run(["decode", "--stdin", "--ndjson", "--no-readings"], { input: inputs.join("\r\n") + "\r\n" });
    expect(objects(piped.stdout)).toEqual(lean);
  });

  it("the commander path (help and flags in another order) accepts it; text output is unchanged", () => {
    expect(run(["decode", "--help"]).stdout).toContain("--no-readings");
    const input = inputs[0] as string;
    expect(run([input, "--no-readings"]).stdout).toBe(run([input]).stdout);
    expect(run(["decode", "--no-readings", "--debug", "--ndjson", input]).stdout).toBe(run(["decode", "--ndjson", "--no-readings", input]).stdout);
  });
});

describe("--best", () => {
  // Inputs with several matches (every catalog input here has one at
  // least; 5 and 0x80070005 have many), one that matches nothing, one not understood.
  const picked = [...inputs, "5", "0x80070005", "0x7FFF1234", "not-a-code!"];
  const best = (o: Record<string, unknown>): Record<string, unknown> => ({ ...o, matches: (o["matches"] as unknown[]).slice(0, 1) });

  it("--ndjson: each result with its first match only, the rest unchanged; same exit code", () => {
    const { full: all, other: lean } = withAndWithout("--best", picked);
    expect(all.some((o) => (o["matches"] as unknown[]).length > 1)).toBe(true);
    expect(lean).toEqual(all.map(best));
  });

  it("with --stdin and --no-readings (the PowerShell module's call)", () => {
    const full = objects(run(["decode", "--stdin", "--ndjson", "--no-readings"], { input: picked.join("\n") + "\n" }).stdout);
    const lean = run(["decode", "--stdin", "--ndjson", "--no-readings", "--best"], { input: picked.join("\r\n") + "\r\n" });
    expect(objects(lean.stdout)).toEqual(full.map(best));
  });

  it("scan --best: each record's result with its first match only, the rest unchanged; same exit code", () => {
    const log = picked.map((input, i) => `2026-01-02 line ${i} failed with ${input}`).join("\n") + "\n";
    const full = run(["scan", "-", "--ndjson", "--no-readings", "--line-text"], { input: log });
    const lean = run(["scan", "-", "--ndjson", "--no-readings", "--line-text", "--best"], { input: log });
    expect(lean.code).toBe(full.code);
    const all = objects(full.stdout);
    expect(all.some((o) => ((o["result"] as Record<string, unknown>)["matches"] as unknown[]).length > 1)).toBe(true);
    expect(objects(lean.stdout)).toEqual(all.map((o) => ({ ...o, result: best(o["result"] as Record<string, unknown>) })));
    expect(run(["scan", "--help"]).stdout).toContain("--best");
  });

  it("text shows the best match alone; help lists it; show refuses it", () => {
    const [first, second] = (objects(run(["decode", "--ndjson", "5"]).stdout)[0]?.["matches"] as { name: string }[]).map((m) => m.name);
    const text = run(["5", "--best"]).stdout;
    expect(text).toContain(first as string);
    expect(text).not.toContain(second as string);
    expect(run(["decode", "--help"]).stdout).toContain("--best");
    const show = run(["show", "5", "--best"]);
    expect(show.code).toBe(2);
    expect(lines(show.stderr)).toEqual([expect.stringMatching(/^winerr: unknown option '--best'/)]);
  });
});

describe("--flat", () => {
  // As --best's: several matches (5, 0x80070005), an HRESULT with facility
  // names (0x80070005), an NTSTATUS (0xC0000005, its severity "error"), one
  // that matches nothing, one not understood.
  const picked = [...inputs, "5", "0x80070005", "0xC0000005", "0x7FFF1234", "not-a-code!"];
  type Rec = Record<string, unknown>;
  /** The flat row a full record (DecodeRecord) should give, field by field as docs/contracts.md says. */
  const flattened = (r: Rec): Rec => {
    const m = (r["matches"] as Rec[])[0];
    const head = { input: r["input"], ok: r["ok"], inputHex: r["hex"] };
    if (m === undefined) return r["error"] === undefined ? head : { ...head, error: r["error"] };
    const p = m["parts"] as Rec | null;
    const names = p === null ? [] : (p["facilityNames"] as string[]);
    return {
      ...head,
      name: m["name"], kind: m["kind"], value: m["value"], hex: m["hex"],
      signed: (m["value"] as number) > 0x7fffffff ? (m["value"] as number) - 2 ** 32 : m["value"],
      severity: p === null ? null : p["severity"],
      facility: p === null ? null : p["facility"],
      facilityName: names.length === 0 ? null : names.join(", "),
      code: p === null ? m["value"] : p["code"],
      message: m["message"], header: m["header"], via: m["via"],
    };
  };

  it("--ndjson: a row per input, the best match's fields flattened from the full record; same exit code and stderr", () => {
    const { full: records, other: rows } = withAndWithout("--flat", picked);
    expect(rows).toEqual(records.map(flattened));
    expect(rows.some((row) => row["name"] === undefined && row["error"] === undefined)).toBe(true);
    expect(rows.some((row) => row["error"] !== undefined)).toBe(true);
  });

  it("scan --flat: a row per code found, its place and its result's best match flattened; same exit code", () => {
    const log = picked.map((input, i) => `2026-01-02 line ${i} failed with ${input}`).join("\n") + "\nhr = 0x7FFF1234\n";
    const full = run(["scan", "-", "--ndjson", "--line-text"], { input: log });
    const flat = run(["scan", "-", "--ndjson", "--line-text", "--flat"], { input: log });
    expect(flat.code).toBe(full.code);
    expect(flat.stderr).toBe(full.stderr);
    const expected = objects(full.stdout).map(({ result, ...place }) => {
      const { input: _input, ok: _ok, ...row } = flattened(result as Rec);
      return { ...place, ...row };
    });
    expect(expected.some((row) => row["name"] === undefined)).toBe(true);
    expect(objects(flat.stdout)).toEqual(expected);
    expect(JSON.parse(run(["scan", "-", "--json", "--line-text", "--flat"], { input: log }).stdout)).toEqual(expected);
    const text = run(["scan", "-", "--flat"], { input: log });
    expect(text.code).toBe(2);
    expect(lines(text.stderr)).toEqual(["winerr: --flat needs --json or --ndjson"]);
    expect(run(["scan", "--help"]).stdout).toContain("--flat");
  });

  it("real rows: 0x80070005 reads as E_ACCESSDENIED with FACILITY_WIN32 and code 5; 0xC0000005 signed; 9999 a row without a match", () => {
    const [hr, nt, none, bad] = objects(run(["decode", "--ndjson", "--flat", "0x80070005", "0xC0000005", "0x7FFF1234", "not-a-code!"]).stdout) as Rec[];
    // winerror.h: E_ACCESSDENIED is _HRESULT_TYPEDEF_(0x80070005L): the
    // severity bit set (failure, [MS-ERREF] 2.1), facility 7 (FACILITY_WIN32), code 5.
    expect(hr).toMatchObject({ input: "0x80070005", ok: true, inputHex: "0x80070005", name: "E_ACCESSDENIED", value: 0x80070005, signed: -2147024891, severity: "failure", facility: 7, code: 5 });
    expect(hr?.["facilityName"]).toContain("FACILITY_WIN32");
    // ntstatus.h: STATUS_ACCESS_VIOLATION is ((NTSTATUS)0xC0000005L), -1073741819
    // as a signed number; severity 3 (error, [MS-ERREF] 2.3), facility 0, code 5.
    expect(nt).toMatchObject({ name: "STATUS_ACCESS_VIOLATION", kind: "ntstatus", signed: -1073741819, severity: "error", facility: 0, facilityName: null, code: 5 });
    expect(none).toEqual({ input: "0x7FFF1234", ok: true, inputHex: "0x7FFF1234" });
    expect(bad).toMatchObject({ input: "not-a-code!", ok: false, inputHex: null, error: { code: expect.any(String) } });
  });

  it("--json and --stdin (the PowerShell module's call) give the same rows; text refuses it; show does not take it", () => {
    const rows = objects(run(["decode", "--ndjson", "--flat", "--", ...picked]).stdout);
    expect(JSON.parse(run(["decode", "--json", "--flat", "--", ...picked]).stdout)).toEqual(rows);
    expect(objects(run(["decode", "--stdin", "--ndjson", "--flat"], { input: picked.join("\r\n") + "\r\n" }).stdout)).toEqual(rows);
    expect(objects(run(["decode", "--ndjson", "--no-readings", "--best", "--flat", "--", ...picked]).stdout)).toEqual(rows);
    const text = run(["5", "--flat"]);
    expect(text.code).toBe(2);
    expect(lines(text.stderr)).toEqual(["winerr: --flat needs --json or --ndjson"]);
    expect(run(["decode", "--help"]).stdout).toContain("--flat");
    const show = run(["show", "5", "--flat"]);
    expect(show.code).toBe(2);
    expect(lines(show.stderr)).toEqual([expect.stringMatching(/^winerr: unknown option '--flat'/)]);
  });
});

describe("search text that starts with -", () => {
  const [name] = rows[1] as CatalogFile["entries"][number];

  it("goes after --, and reaches search whole", () => {
    const r = run(["search", "--ndjson", "--limit", "3", "--", `-${name}`]);
    expect([0, 1]).toContain(r.code);
    expect(objects(r.stdout).map((o) => o["input"])).toEqual([`-${name}`]);
  });

  it("without --, a usage error that says how", () => {
    const r = run(["search", `-${name}`]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: unknown option .* goes after --/)]);
  });
});
