import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findString, MessageTableError, parseStringBlock, readMessageTables, readStringTables } from "./index.js";
import { writeMessageData, writeResourceDll, writeStringBlock, writeStringDll, type WriteStringTable } from "./write.js";

// UTF-16 text without lone surrogates; empty strings are absent from a table (LoadString finds none).
const text = fc.string({ unit: fc.integer({ min: 1, max: 0xd7ff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
const strings = fc.uniqueArray(fc.record({ id: fc.integer({ min: 0, max: 0xffff }), text }), { selector: (s) => s.id, maxLength: 40 });
const tables = fc.uniqueArray(fc.record({ lang: fc.integer({ min: 0, max: 0xffff }), strings }), { selector: (t) => t.lang, minLength: 1, maxLength: 5 });
const expected = (ts: readonly WriteStringTable[]) =>
  [...ts]
    .filter((t) => t.strings.length > 0)
    .sort((a, b) => a.lang - b.lang)
    .map((t) => ({ lang: t.lang, entries: [...t.strings].sort((a, b) => a.id - b.id) }));

describe("readStringTables", () => {
  it("reads back what was written: languages, ids and texts, sorted", () => {
    fc.assert(
      fc.property(tables, (ts) => {
        expect(readStringTables(writeStringDll(ts))).toEqual(expected(ts));
      }),
    );
  });

  it("block n holds ids (n - 1) * 16 .. (n - 1) * 16 + 15 (winuser.h LoadString layout)", () => {
    // Block 0x751 is the one holding 0x7500 .. 0x750F; index 1 of it is id 0x7501.
    const block = writeStringBlock([undefined, "second"]);
    const file = writeResourceDll([{ type: 6, name: 0x751, lang: 0x409, data: block }]);
    expect(readStringTables(file)).toEqual([{ lang: 0x409, entries: [{ id: 0x7501, text: "second" }] }]);
  });

  it("keeps text as stored: CR LF, inserts, surrogate pairs", () => {
    const ts = [{ lang: 0x409, strings: [{ id: 3, text: "a\r\nb %1 \u{1F600}" }] }];
    expect(readStringTables(writeStringDll(ts))[0]?.entries).toEqual([{ id: 3, text: "a\r\nb %1 \u{1F600}" }]);
  });

  it("ignores message tables, and readMessageTables ignores string tables", () => {
    const mt = { type: 11, name: 1, lang: 0x409, data: writeMessageData([{ id: 5, text: "five" }]) };
    const file = writeStringDll([{ lang: 0x409, strings: [{ id: 5, text: "string five" }] }], [mt]);
    expect(readStringTables(file)).toEqual([{ lang: 0x409, entries: [{ id: 5, text: "string five" }] }]);
    expect(readMessageTables(file).map((t) => t.entries.map((e) => e.text))).toEqual([["five"]]);
  });

  it("a file without string tables gives none", () => {
    expect(readStringTables(writeResourceDll([]))).toEqual([]);
  });

  it.each<[string, () => Uint8Array, string]>([
    ["block 0 (ids start at block 1)", () => writeResourceDll([{ type: 6, name: 0, lang: 0x409, data: writeStringBlock([]) }]), "bad-structure"],
    ["block 4097 (past id 0xFFFF)", () => writeResourceDll([{ type: 6, name: 4097, lang: 0x409, data: writeStringBlock([]) }]), "bad-structure"],
    ["a block with fewer than 16 strings", () => writeResourceDll([{ type: 6, name: 1, lang: 0x409, data: writeStringBlock(["a"]).subarray(0, 20) }]), "truncated"],
    ["a string longer than its block", () => writeResourceDll([{ type: 6, name: 1, lang: 0x409, data: Uint8Array.of(0xff, 0xff, 0x41, 0) }]), "truncated"],
    ["not a PE file", () => new Uint8Array(100), "not-pe"],
  ])("%s is a MessageTableError (%s)", (_, file, code) => {
    let error: unknown;
    try {
      readStringTables(file());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MessageTableError);
    expect((error as MessageTableError).code).toBe(code);
    expect((error as MessageTableError).message).not.toMatch(/\n/);
  });

  it("bytes after the 16th string are padding, not strings", () => {
    const data = new Uint8Array([...writeStringBlock(["x"]), 5, 0, 0x41, 0]);
    expect(parseStringBlock(1, data)).toEqual([{ id: 0, text: "x" }]);
  });
});

describe("findString", () => {
  const file = writeStringDll([
    { lang: 0x407, strings: [{ id: 1, text: "eins" }, { id: 2, text: "zwei" }] },
    { lang: 0x409, strings: [{ id: 1, text: "one" }] },
  ]);
  const ts = readStringTables(file);
  it.each<[number, number | undefined, { lang: number; text: string } | undefined]>([
    [1, undefined, { lang: 0x409, text: "one" }], // en-US before other languages
    [2, undefined, { lang: 0x407, text: "zwei" }], // then the lowest LANGID
    [1, 0x407, { lang: 0x407, text: "eins" }],
    [2, 0x409, undefined],
    [3, undefined, undefined],
  ])("id %i in %s", (id, lang, want) => expect(findString(ts, id, lang)).toEqual(want));
});
