import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MessageTableError, readMessageTables, readStringTables } from "../src/index.js";
import { writeMessageDll, writeStringDll } from "../src/write.js";
import { optionalTool } from "@winerr/host/testing";

const TIME_LIMIT_MS = 1_000;

type Reader = (file: Uint8Array) => readonly { entries: readonly { text: string }[] }[];

/** One run: tables or a MessageTableError, in bounded time, with output no larger than the input. */
function check(file: Uint8Array, read: Reader = readMessageTables): void {
  const t0 = performance.now();
  try {
    const tables = read(file);
    const chars = tables.reduce((n, t) => n + t.entries.reduce((m, e) => m + e.text.length, 0), 0);
    expect(chars).toBeLessThanOrEqual(file.length);
  } catch (e) {
    if (!(e instanceof MessageTableError)) throw e;
    expect(e.message).not.toMatch(/\n/);
  }
  expect(performance.now() - t0).toBeLessThan(TIME_LIMIT_MS);
}

const mutations = (size: number) =>
  fc.record({
    writes: fc.array(fc.record({ at: fc.nat({ max: size - 1 }), value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0xff, 0x80, 0x7f)), width: fc.constantFrom(1, 2, 4) }), { minLength: 1, maxLength: 12 }),
    cut: fc.option(fc.nat({ max: size }), { freq: 4 }),
  });

function mutate(base: Uint8Array, m: { writes: { at: number; value: number; width: number }[]; cut: number | null }): Uint8Array {
  const f = Uint8Array.from(base);
  for (const w of m.writes) for (let i = 0; i < w.width && w.at + i < f.length; i++) f[w.at + i] = w.value;
  return m.cut === null ? f : f.subarray(0, m.cut);
}

describe("fuzzing the reader", () => {
  const built = writeMessageDll([
    { lang: 0x409, entries: [{ id: 1, text: "one\r\n" }, { id: 2, text: "two", encoding: "ansi" }, { id: 0x8000_0005, text: "far" }] },
    { lang: 0x407, entries: [{ id: 1, text: "eins" }, { id: 3, text: "drei", encoding: "utf-8" }] },
    { lang: 0x411, entries: [{ id: 1, text: "ichi" }] },
  ]);

  it("5000 mutated and truncated written DLLs each give tables or a clear error, in time", () => {
    fc.assert(fc.property(mutations(built.length), (m) => check(mutate(built, m))), { numRuns: 5000 });
  });

  it("random bytes behind an MZ/PE header give tables or a clear error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), (bytes) => {
        const f = Uint8Array.from(built.subarray(0, 0x200));
        const file = new Uint8Array(f.length + bytes.length);
        file.set(f), file.set(bytes, f.length);
        check(file);
      }),
      { numRuns: 2000 },
    );
  });

  const wine = optionalTool("wine");
  wine.it("500 mutations of a Wine DLL's resource section (mferror.dll)", () => {
    const dll = new Uint8Array(readFileSync(join(wine.need(), "mferror.dll")));
    const [start, size] = rsrcRange(dll);
    const heap = process.memoryUsage().heapUsed;
    fc.assert(
      fc.property(mutations(size), (m) => check(mutate(dll, { writes: m.writes.map((w) => ({ ...w, at: start + w.at })), cut: m.cut === null ? null : start + m.cut }))),
      { numRuns: 500 },
    );
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(512 * 1024 * 1024);
  });
});

/** The .rsrc section's raw range, from the section table (independent of the reader). */
function rsrcRange(dll: Uint8Array): [number, number] {
  const v = new DataView(dll.buffer, dll.byteOffset, dll.byteLength);
  const pe = v.getUint32(0x3c, true);
  const table = pe + 24 + v.getUint16(pe + 20, true);
  for (let i = 0; i < v.getUint16(pe + 6, true); i++) {
    const s = table + 40 * i;
    if (new TextDecoder().decode(dll.subarray(s, s + 5)) === ".rsrc") return [v.getUint32(s + 20, true), v.getUint32(s + 16, true)];
  }
  return [0, dll.length];
}

describe("fuzzing the string-table reader", () => {
  const built = writeStringDll([
    { lang: 0x409, strings: [{ id: 1, text: "one" }, { id: 17, text: "seventeen\r\n" }, { id: 0x7500, text: "far" }] },
    { lang: 0x407, strings: [{ id: 1, text: "eins" }, { id: 0xffff, text: "last" }] },
  ]);

  it("3000 mutated and truncated written DLLs each give tables or a clear error, in time", () => {
    fc.assert(fc.property(mutations(built.length), (m) => check(mutate(built, m), readStringTables)), { numRuns: 3000 });
  });

  it("random bytes behind an MZ/PE header give tables or a clear error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), (bytes) => {
        const f = Uint8Array.from(built.subarray(0, 0x200));
        const file = new Uint8Array(f.length + bytes.length);
        file.set(f), file.set(bytes, f.length);
        check(file, readStringTables);
      }),
      { numRuns: 1000 },
    );
  });

  const mscorrc = optionalTool("mscorrc");
  mscorrc.it("300 mutations of mscorrc.dll's resource section", () => {
    const dll = new Uint8Array(readFileSync(mscorrc.need()));
    const [start, size] = rsrcRange(dll);
    fc.assert(
      fc.property(mutations(size), (m) => check(mutate(dll, { writes: m.writes.map((w) => ({ ...w, at: start + w.at })), cut: m.cut === null ? null : start + m.cut }), readStringTables)),
      { numRuns: 300 },
    );
  });
});
