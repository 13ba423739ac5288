import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decode } from "./decode.js";
import { loadCatalog } from "./catalog.js";
import { PackedCatalog, packCatalog } from "./packed.js";
import { realFile } from "../test/real-catalog.js";

/**
 * Golden check: decode a large fixed set of inputs and hash the JSON of every
 * DecodeResult. Performance work on decode/parseInput/unwrap/bits must not
 * change a single byte of output, so the hash stays the same.
 *
 * The inputs are derived from the committed catalog (no codes typed here):
 * every value in 0x hex, signed decimal, unsigned decimal and bare hex, the
 * HRESULT_FROM_WIN32 / HRESULT_FROM_NT wrappings, every name in several
 * forms, plus fixed hostile strings.
 *
 * The hash changes only when decode's behaviour changes, or when
 * data/catalog.json is regenerated. When that is intended, regenerate it:
 *   GOLDEN_PRINT=1 pnpm --filter @winerr/core exec vitest run src/decode.golden.test.ts
 * prints the new hash; review the behaviour change, then paste it below.
 */
const GOLDEN_SHA256 = "d86515efa238da3df444cc70dd6a24b96d9a7715f148c52c993fbc436bfdcd2d";

function inputs(): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  realFile.entries.forEach(([name, , value], i) => {
    out.push(name, "=" + name, name.toLowerCase());
    // Substring search scans every name: a sample keeps the test quick.
    if (i % 199 === 0 && name.length > 4) out.push(":" + name.slice(1, 5));
    if (seen.has(value)) return;
    seen.add(value);
    const hex = value.toString(16);
    out.push(
      "0x" + hex.toUpperCase(),
      "0x" + hex.padStart(8, "0"),
      hex,
      hex.toUpperCase(),
      String(value),
      String(value | 0),
      "&H" + hex.toUpperCase() + "&",
      "(0x" + hex + "L):",
      "0xFFFFFFFF" + hex.padStart(8, "0"),
      "-0x" + hex,
      "0x" + ((0x80070000 | (value & 0xffff)) >>> 0).toString(16),
      "0x" + ((value | 0x10000000) >>> 0).toString(16),
      String(value) + "UL",
    );
  });
  // Every 16-bit low word shifted into interesting high words, and small numbers.
  for (let v = 0; v < 0x400; v++) out.push(String(v), v.toString(16).padStart(8, "0"));
  out.push(
    "",
    " ",
    "\t\n",
    "0x",
    "0X",
    "&H",
    "&h1",
    "-",
    "+",
    "+5",
    "-0",
    "-0x0",
    "--5",
    "0x-5",
    "0xG",
    "0x1_0",
    "0x100000000",
    "-0x80000001",
    "-0x80000000",
    "4294967295",
    "4294967296",
    "-2147483648",
    "-2147483649",
    "18446744071562526725",
    "18446744073709551615",
    "18446744073709551616",
    "18446744071562067967",
    "00000000000000000000005",
    "0000000000000000000000a",
    "0xFFFFFFFF7FFFFFFF",
    "0xffffffff80000000",
    "0x00000000FFFFFFFF",
    "ffffffff80070005",
    "5L",
    "5UL",
    "5LLU",
    "5LU",
    "5uLL",
    "5LLL",
    "5u",
    "0x5u",
    "0x5LU",
    "0x5&",
    "5&",
    "abc",
    "abcdefabc",
    "deadbeefdeadbeef",
    "_",
    "__",
    "1abc_",
    "=",
    "=1X",
    ":",
    ":a-b",
    ":_",
    "=E_FAIL extra",
    "((0x5))",
    "\"0x5\"",
    "'5',",
    "`5`;",
    "<5>!?",
    "[5].",
    "{5}:",
    "\u00a05\ufeff",
    "\uff10x5",
    "\u0665",
    "0x\u0665",
    "E_\u00c9",
    "x".repeat(256),
    "x".repeat(257),
    "1".repeat(1025),
    " ".repeat(300) + "5",
    "(".repeat(200) + "5" + ")".repeat(200),
    "\ud800",
    "0x8007\u0000",
    "null",
    "undefined",
    "NaN",
    "Infinity",
    "1e3",
    "0b101",
    "0o17",
    "1.5",
    "0x1.5",
    " 0x80070005 ",
  );
  return out;
}

function hashAll(catalog: ReturnType<typeof loadCatalog>, list: readonly string[]): string {
  const h = createHash("sha256");
  for (const input of list) h.update(JSON.stringify(decode(catalog, input)) + "\n");
  h.update(JSON.stringify(decode(catalog, ":ERROR_", { limit: 7 })) + "\n");
  h.update(JSON.stringify(decode(catalog, ":e", { limit: 0 })) + "\n");
  return h.digest("hex");
}

describe("decode golden output", () => {
  const list = inputs();

  it("covers a large input set", () => {
    expect(list.length).toBeGreaterThan(100_000);
  });

  it("is byte-identical to the recorded output (fresh Catalog: cold lookups, then indexed)", () => {
    const hash = hashAll(loadCatalog(realFile), list);
    if (process.env.GOLDEN_PRINT) console.log(`GOLDEN_SHA256 = ${hash}`);
    expect(hash).toBe(GOLDEN_SHA256);
  });

  it("is the same through a PackedCatalog (the CLI's and TUI's subclass)", () => {
    const packed = new PackedCatalog(Buffer.from(packCatalog(realFile), "latin1"));
    expect(hashAll(packed, list)).toBe(GOLDEN_SHA256);
  });

  it("is the same on a second pass over a warm catalog (caches do not change results)", () => {
    const catalog = loadCatalog(realFile);
    hashAll(catalog, list.slice(0, 2000));
    expect(hashAll(catalog, list)).toBe(GOLDEN_SHA256);
  });
});
