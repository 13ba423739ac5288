import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMessage, languagesOf, MessageTableError, parseMessageData, readMessageTables } from "./index.js";
import { writeMessageData, writeMessageDll, type WriteEntry, type WriteTable } from "./write.js";

// Text with no NUL (the terminator) and no lone surrogates.
const unicodeText = fc.string({ unit: fc.integer({ min: 1, max: 0xd7ff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
// ANSI entries are written byte for byte: Latin-1 printable, which windows-1252 reads identically.
const ansiText = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((c) => String.fromCharCode(c)), maxLength: 40 });
const entry: fc.Arbitrary<WriteEntry> = fc.oneof(
  fc.record({ id: fc.nat(), text: unicodeText, encoding: fc.constant("utf-16le" as const) }),
  fc.record({ id: fc.nat(), text: ansiText, encoding: fc.constant("ansi" as const) }),
  fc.record({ id: fc.nat(), text: unicodeText, encoding: fc.constant("utf-8" as const) }),
);
const entries = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 30 });
const tables = fc.uniqueArray(fc.record({ lang: fc.integer({ min: 0, max: 0xffff }), entries }), { selector: (t) => t.lang, minLength: 1, maxLength: 6 });
const expected = (es: readonly WriteEntry[]) => [...es].sort((a, b) => a.id - b.id).map((e) => ({ id: e.id, text: e.text, encoding: e.encoding }));

describe("parseMessageData", () => {
  it("reads back what was written: ids, texts and encodings, sorted by id", () => {
    fc.assert(
      fc.property(entries, (es) => {
        expect(parseMessageData(writeMessageData(es))).toEqual(expected(es));
      }),
    );
  });

  it("where blocks overlap, the first block's entry wins (FindMessage order)", () => {
    const a = writeMessageData([{ id: 7, text: "first" }]);
    const b = writeMessageData([{ id: 7, text: "second" }]);
    // Two blocks for id 7: the first points at a's entry, the second at b's.
    const data = new Uint8Array(4 + 24 + (a.length - 16) + (b.length - 16));
    const v = new DataView(data.buffer);
    v.setUint32(0, 2, true);
    v.setUint32(4, 7, true), v.setUint32(8, 7, true), v.setUint32(12, 28, true);
    v.setUint32(16, 7, true), v.setUint32(20, 7, true), v.setUint32(24, 28 + a.length - 16, true);
    data.set(a.subarray(16), 28);
    data.set(b.subarray(16), 28 + a.length - 16);
    expect(parseMessageData(data)).toEqual([{ id: 7, text: "first", encoding: "utf-16le" }]);
  });

  it("ANSI entries use the code page given (here windows-1251)", () => {
    const data = writeMessageData([{ id: 1, text: "\xc0", encoding: "ansi" }]);
    expect(parseMessageData(data, 1251)[0]?.text).toBe(new TextDecoder("windows-1251").decode(new Uint8Array([0xc0])));
    expect(parseMessageData(data)[0]?.text).toBe("\xc0");
  });

  const patched = (edit: (v: DataView) => void): Uint8Array => {
    const d = writeMessageData([{ id: 1, text: "abc" }, { id: 2, text: "def" }]);
    edit(new DataView(d.buffer));
    return d;
  };
  it.each<[string, (v: DataView) => void, string]>([
    ["a huge block count", (v) => v.setUint32(0, 0xffffffff, true), "too-large"],
    ["a block that runs backwards", (v) => v.setUint32(4, 9, true), "bad-structure"],
    ["a block of 2^32 ids", (v) => (v.setUint32(4, 0, true), v.setUint32(8, 0xffffffff, true)), "too-large"],
    ["entries past the end", (v) => v.setUint32(12, 0x7fffffff, true), "bad-offset"],
    ["an entry of length 0 (would never advance)", (v) => v.setUint16(16, 0, true), "bad-structure"],
    ["an entry longer than the table", (v) => v.setUint16(16, 0xfffc, true), "truncated"],
    ["unknown flags", (v) => v.setUint16(18, 0x80, true), "bad-structure"],
  ])("%s is a clear error", (_, edit, code) => {
    const err = (() => {
      try {
        parseMessageData(patched(edit));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(MessageTableError);
    expect((err as MessageTableError).code).toBe(code);
  });
});

describe("readMessageTables on PE files written here", () => {
  it.each([false, true])("reads every language of a resource-only DLL (pe32: %s)", (pe32) => {
    fc.assert(
      fc.property(tables, (ts: WriteTable[]) => {
        const read = readMessageTables(writeMessageDll(ts, { pe32 }));
        expect(read.map((t) => t.lang)).toEqual(ts.map((t) => t.lang).sort((a, b) => a - b));
        for (const t of ts) expect(read.find((r) => r.lang === t.lang)?.entries).toEqual(expected(t.entries));
      }),
      { numRuns: 200 },
    );
  });

  it("finds a message in the language asked for, else neutral, en-US, then the lowest LANGID", () => {
    const ts = readMessageTables(
      writeMessageDll([
        { lang: 0x0407, entries: [{ id: 5, text: "de" }, { id: 6, text: "de6" }] },
        { lang: 0x0409, entries: [{ id: 5, text: "en" }] },
      ]),
    );
    expect(languagesOf(ts)).toEqual([0x0407, 0x0409]);
    expect(findMessage(ts, 5)).toEqual({ lang: 0x0409, text: "en" });
    expect(findMessage(ts, 5, 0x0407)).toEqual({ lang: 0x0407, text: "de" });
    expect(findMessage(ts, 6)).toEqual({ lang: 0x0407, text: "de6" });
    expect(findMessage(ts, 6, 0x0409)).toBeUndefined();
    expect(findMessage(ts, 7)).toBeUndefined();
    // A neutral table comes before en-US.
    const withNeutral = readMessageTables(
      writeMessageDll([
        { lang: 0x0409, entries: [{ id: 5, text: "en" }] },
        { lang: 0, entries: [{ id: 5, text: "neutral" }] },
      ]),
    );
    expect(findMessage(withNeutral, 5)).toEqual({ lang: 0, text: "neutral" });
  });

  it("a file without resources has no tables", () => {
    const f = writeMessageDll([{ lang: 1, entries: [] }]);
    const v = new DataView(f.buffer);
    v.setUint32(0x40 + 24 + 112 + 16, 0, true); // resource directory RVA
    expect(readMessageTables(f)).toEqual([]);
  });

  const errorOf = (f: Uint8Array): MessageTableError => {
    try {
      readMessageTables(f);
    } catch (e) {
      if (e instanceof MessageTableError) return e;
      throw e;
    }
    throw new Error("no error");
  };
  const dll = (): { f: Uint8Array; v: DataView; rsrc: number } => {
    const f = writeMessageDll([{ lang: 0x409, entries: [{ id: 1, text: "x" }] }, { lang: 0x407, entries: [{ id: 1, text: "y" }] }]);
    const v = new DataView(f.buffer);
    return { f, v, rsrc: v.getUint32(0x40 + 24 + 240 + 20, true) };
  };

  it("a language directory that points back to the root is a loop, not a hang", () => {
    const { f, v, rsrc } = dll();
    v.setUint32(rsrc + 24 + 16 + 4, 0x80000000 | 0, true); // name entry -> type directory
    expect(errorOf(f).code).toBe("bad-structure");
    expect(errorOf(f).message).toMatch(/loops/);
  });

  it("two languages sharing one data blob many times over are refused", () => {
    const { f, v, rsrc } = dll();
    const first = v.getUint32(rsrc + 48 + 16 + 4, true);
    v.setUint32(rsrc + 48 + 24 + 4, first, true); // second language -> first data entry
    v.setUint32(rsrc + first + 4, f.length, true); // claiming the whole file
    expect(["too-large", "truncated"]).toContain(errorOf(f).code);
  });

  it("every truncation of a file is a clear error or the same tables", () => {
    const { f } = dll();
    const whole = readMessageTables(f);
    for (let n = 0; n < f.length; n++) {
      try {
        expect(readMessageTables(f.subarray(0, n))).toEqual(whole);
      } catch (e) {
        expect(e).toBeInstanceOf(MessageTableError);
      }
    }
  });

  it.each<[string, (v: DataView) => void, string]>([
    ["no MZ", (v) => v.setUint16(0, 0, true), "not-pe"],
    ["no PE signature", (v) => v.setUint32(0x40, 0, true), "not-pe"],
    ["e_lfanew past the end", (v) => v.setUint32(0x3c, 0xfffffff0, true), "truncated"],
    ["65535 sections", (v) => v.setUint16(0x46, 0xffff, true), "bad-structure"],
    ["a 4 GB section", (v) => v.setUint32(0x40 + 24 + 240 + 16, 0xffffffff, true), "truncated"],
    ["a resource RVA in no section", (v) => v.setUint32(0x40 + 24 + 112 + 16, 0x7fff0000, true), "bad-offset"],
  ])("%s is a clear error", (_, edit, code) => {
    const { f, v } = dll();
    edit(v);
    expect(errorOf(f).code).toBe(code);
  });
});
