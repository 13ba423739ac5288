import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "./decode.js";
import { loadCatalog, type Catalog } from "./catalog.js";
import { PackedCatalog, packCatalog } from "./packed.js";
import { FAMILIES } from "./families.js";
import { ErrorCode, Via, type DecodeResult } from "./result.js";
import { realFile } from "../test/real-catalog.js";
import { sampleInputs } from "../test/decode-sample.js";

/**
 * decode's output for a few thousand inputs, committed as NDJSON
 * (test/decode-sample.ndjson, one DecodeResult per line, in input order):
 * a change of behaviour shows in review as the lines it changes, and here as
 * a diff per input. test/decode-sample.ts chooses the inputs from the
 * catalog. After an intended change (or a new catalog), regenerate it and
 * review the diff:
 *   pnpm --filter @winerr/core run decode-sample
 */
const SAMPLE = new URL("../test/decode-sample.ndjson", import.meta.url);
const WRITE = process.env.WINERR_WRITE_DECODE_SAMPLE === "1";

const inputs = sampleInputs(realFile);
const lineOf = (catalog: Catalog, input: string): string => JSON.stringify(decode(catalog, input));

if (WRITE) {
  const catalog = loadCatalog(realFile);
  const temp = new URL(`../test/decode-sample.ndjson.${process.pid}.tmp`, import.meta.url);
  writeFileSync(temp, inputs.map((i) => lineOf(catalog, i) + "\n").join(""));
  renameSync(temp, SAMPLE);
}

const recorded: string[] = readFileSync(SAMPLE, "utf8").split("\n").slice(0, -1);
const expected: DecodeResult[] = recorded.map((l) => JSON.parse(l) as DecodeResult);

/** Compares decode's output with the sample line by line; a difference fails with a diff per input (the first 10). */
function compare(catalog: Catalog): void {
  const differ: number[] = [];
  recorded.forEach((line, i) => {
    if (lineOf(catalog, (expected[i] as DecodeResult).input) !== line) differ.push(i);
  });
  for (const i of differ.slice(0, 10)) {
    const want = expected[i] as DecodeResult;
    expect.soft(decode(catalog, want.input), `decode(${JSON.stringify(want.input)}), line ${i + 1} of test/decode-sample.ndjson`).toEqual(want);
  }
  expect(differ.length, `${differ.length} of ${recorded.length} inputs decode differently; if intended: pnpm --filter @winerr/core run decode-sample`).toBe(0);
}

describe("decode sample (test/decode-sample.ndjson)", () => {
  it("holds the inputs test/decode-sample.ts chooses from this catalog, in order", () => {
    expect(expected.map((r) => r.input)).toEqual(inputs);
    expect(inputs.length).toBeGreaterThan(2000);
  });

  it("meets every rule: each family, unwrap rule, alias, scoped family, error code", () => {
    const matches = expected.flatMap((r) => r.matches);
    expect(new Set(matches.map((m) => m.kind))).toEqual(new Set(FAMILIES));
    expect(new Set(matches.map((m) => m.via))).toEqual(new Set(Via.options));
    expect(new Set(expected.flatMap((r) => (r.family ? [r.family] : [])))).toEqual(new Set(FAMILIES));
    expect(new Set(expected.flatMap((r) => (r.error ? [r.error.code] : [])))).toEqual(new Set(ErrorCode.options.filter((c) => c !== "internal")));
    expect(new Set(expected.flatMap((r) => r.readings.map((x) => x.as)))).toEqual(new Set(["decimal", "hex", "name"]));
    expect(matches.filter((m) => m.aliasOf !== undefined && m.under !== undefined).length).toBeGreaterThan(50);
    expect(matches.filter((m) => m.aliasOf !== undefined && m.under === undefined).length).toBeGreaterThan(0);
    expect(expected.filter((r) => r.readings.length === 2).length).toBeGreaterThan(50);
    expect(expected.filter((r) => r.readings.some((x) => x.note !== undefined)).length).toBeGreaterThan(10);
    expect(expected.filter((r) => r.ok && r.matches.length === 0).length).toBeGreaterThan(20);
    expect(expected.filter((r) => r.omitted !== undefined).length).toBeGreaterThan(0);
  });

  it("decode gives the recorded output (fresh catalog: cold lookups, then indexed)", () => {
    compare(loadCatalog(realFile));
  });

  it("the same through a PackedCatalog (the CLI's and TUI's subclass)", () => {
    compare(new PackedCatalog(Buffer.from(packCatalog(realFile), "latin1")));
  });

  it("the same on a second pass over a warm catalog (caches do not change results)", () => {
    const catalog = loadCatalog(realFile);
    compare(catalog);
    compare(catalog);
  });
});
