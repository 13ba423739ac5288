import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode, loadCatalog, scanLine } from "@winerr/core";
import type { CatalogFile } from "@winerr/core/schema";
import { afterAll, describe, expect, it } from "vitest";
import { asciiJson } from "@winerr/core/ascii-json";
import { machineResult } from "../src/parts.js";
import { run } from "./run.js";

// The records scan must print, computed straight from core (scanLine, decode) and
// asciiJson, the way scan built them before it memoised and spliced them.
const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
const catalog = loadCatalog(file);

function expected(text: string, readings: boolean, json = false): string {
  const records: string[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    for (const h of scanLine(line, catalog)) {
      // machineResult (parts.ts, tested in search-scan.test.ts) adds each match's parts.
      const result = machineResult(decode(catalog, h.input), readings);
      records.push(asciiJson({ line: i + 1, column: h.column, text: h.text, how: h.how, result }));
    }
  });
  return json ? (records.length === 0 ? "[]\n" : `[\n${records.join(",\n")}\n]\n`) : records.map((r) => r + "\n").join("");
}

describe("winerr scan output is exactly core's hits and decodings", () => {
  const dir = mkdtempSync(join(tmpdir(), "winerr-scan-stream-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Codes from the catalog, in every form scan finds, repeated (the memo serves repeats).
  const rows = file.entries.filter((_, i) => i % 211 === 0);
  const forms = rows.flatMap(([name, kind, value]) => {
    const hex = "0x" + value.toString(16).toUpperCase();
    const out = [`${kind} failed: ${hex}`, `GetLastError=${name} again`, `status ${value}`, `x &h${value.toString(16)} y`];
    if (value >= 0x80000000) out.push(`exit code ${value | 0}`, `ended ${value | 0}.`);
    return out;
  });
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) lines.push(i % 3 === 0 ? `2026-01-02 10:00:${i % 60} INFO plain line ${i}` : `2026-01-02 ${forms[(i * 7) % forms.length]} (${i})`);
  const text = "\uFEFF" + lines.join("\r\n") + "\nlast line without newline 0x5";
  const log = join(dir, "gen.log");
  writeFileSync(log, text);
  const body = text.slice(1);

  it.each([
    ["--ndjson", true],
    ["--ndjson --no-readings", false],
  ])("%s", (flags, readings) => {
    const r = run(["scan", log, ...flags.split(" ")]);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).toBe(expected(body, readings));
  });

  it("--json --no-readings, and no codes at all", () => {
    expect(run(["scan", log, "--json", "--no-readings"]).stdout).toBe(expected(body, false, true));
    expect(run(["scan", "-", "--json"], { input: "nothing\n" }).stdout).toBe("[]\n");
  });

  it("a line longer than the maximum is read only so far, its hits near the cut dropped, and stderr says so", () => {
    const unit = `${forms[0] ?? ""} `;
    const long = unit.repeat(Math.ceil(200_000 / unit.length));
    const r = run(["scan", "-", "--ndjson", "--no-readings"], { input: `${long}\n${forms[1] ?? ""}\n` });
    const got = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { line: number; column: number; text: string });
    const first = scanLine(long.slice(0, 65537), catalog).filter((h) => h.start + h.length + 2 <= 65537);
    expect(got.filter((g) => g.line === 1).map((g) => [g.column, g.text])).toEqual(first.map((h) => [h.column, h.text]));
    expect(got.filter((g) => g.line === 2).length).toBe(scanLine(forms[1] ?? "", catalog).length);
    expect(r.stderr).toMatch(/^winerr: 1 line was longer than 65,536 characters; only the start of each was scanned\n$/);
  });
});
