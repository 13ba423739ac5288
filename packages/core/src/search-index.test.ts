import { describe, expect, it } from "vitest";
import { loadCatalog } from "./catalog.js";
import { PackedCatalog, packCatalog } from "./packed.js";
import { search } from "./search.js";
import { evidenceIn, evidenceTable, isAliasIn, NO_TEXT, NOT_PRIMARY } from "./evidence.js";
import { editDistance, EVIDENCE_ALIAS, parseSearchIndex, searchIndexOf, serializeSearchIndex, useSearchIndex, wordsOf } from "./search-index.js";
import { realFile, tinyFile } from "../test/real-catalog.js";

const QUERIES = ["access denied", "Access is denied.", "acess denied", "file not found", "ERROR_ACCESS_DENIED", "inbound SA SPI", "e", "pip", "the rpc server is unavailable"];
const names = (c: ReturnType<typeof loadCatalog>, q: string) => search(c, q, { limit: 25 }).map((h) => [h.entry.name, h.entry.header, h.score, h.matched]);

describe("search index", () => {
  const built = loadCatalog(realFile);
  const text = serializeSearchIndex(built);

  it("is pure ASCII JSON and round-trips: a loaded index answers as one built in process", () => {
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    const loaded = loadCatalog(realFile);
    useSearchIndex(loaded, parseSearchIndex(text));
    for (const q of QUERIES) expect(names(loaded, q), q).toEqual(names(built, q));
  });

  it("answers the same over the packed catalog the apps read", () => {
    const packed = new PackedCatalog(Buffer.from(packCatalog(realFile)));
    useSearchIndex(packed, parseSearchIndex(text));
    for (const q of QUERIES) expect(names(packed, q), q).toEqual(names(built, q));
  });

  it("answers the same once its postings are numbers (after the first queries of a batch)", () => {
    const cold = loadCatalog(realFile);
    useSearchIndex(cold, parseSearchIndex(text));
    const warm = loadCatalog(realFile);
    const index = parseSearchIndex(text);
    useSearchIndex(warm, index);
    let packed = index.packedPostings();
    for (let k = 0; packed === undefined && k < 1000; k++) packed = index.packedPostings();
    expect(packed?.length).toBe(index.postings.length / 5);
    // The cold one has answered fewer queries than it takes to pack: it still reads the text.
    for (const q of QUERIES) expect(names(warm, q), q).toEqual(names(cold, q));
    const probe = parseSearchIndex(text);
    for (let id = 0; id < index.termCount; id += 53) {
      for (let row = 0; row < 400; row += 7) expect(index.find(id, row)).toBe(probe.find(id, row));
    }
  });

  it("holds every word of every name and message, with the right counts", () => {
    const index = searchIndexOf(built);
    for (let i = 0; i < built.size; i += 97) {
      const name = wordsOf(built.nameOf(i));
      const message = wordsOf(built.messageOf(i) ?? "");
      for (const w of new Set([...name, ...message])) {
        const tf = index.find(index.termId(w), i);
        expect(tf >> 3, `${built.nameOf(i)} ${w}`).toBe(Math.min(3, name.filter((x) => x === w).length));
        expect(tf & 7).toBe(Math.min(7, message.filter((x) => x === w).length));
      }
    }
  });

  it("holds each row's evidence (as evidence.ts reads it) and its place in name order", () => {
    const index = parseSearchIndex(text);
    const table = evidenceTable(built);
    const expected = Array.from({ length: built.size }, (_, i) => (evidenceIn(built, table, i) & (NO_TEXT | NOT_PRIMARY)) | (isAliasIn(built, table, i) ? EVIDENCE_ALIAS : 0));
    expect(Array.from({ length: built.size }, (_, i) => index.evidenceOf(i))).toEqual(expected);
    // Shorter names first, then by UTF-16 code units, then by row: sorted here by name and row as strings of fixed width.
    const key = (i: number) => `${String(built.nameOf(i).length).padStart(4, "0")} ${built.nameOf(i)} ${String(i).padStart(7, "0")}`;
    const byName = Array.from({ length: built.size }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const order = index.nameOrder();
    expect(byName.every((row, k) => order[row] === k)).toBe(true);
    expect(new Set(order).size).toBe(built.size);
  });

  it("covers a name by its words' terms, each weighted by its idf among names (1 for a word that is no term)", () => {
    const index = parseSearchIndex(text);
    const marks = new Uint32Array(index.termCount);
    let mark = 0;
    for (let i = 0; i < built.size; i += 89) {
      const ids = built.nameOf(i).toLowerCase().split("_").filter((w) => w.length > 0).map((w) => index.termId(w));
      const weight = (id: number) => (id < 0 ? 1 : Math.log(1 + (index.rows - index.dfName(id) + 0.5) / (index.dfName(id) + 0.5)));
      const all = ids.reduce((sum, id) => sum + weight(id), 0);
      // The first word's term marked, then none.
      mark++;
      if (ids[0] !== undefined && ids[0] >= 0) marks[ids[0]] = mark;
      const first = ids.filter((id) => id >= 0 && id === ids[0]).reduce((sum, id) => sum + weight(id), 0);
      expect(index.nameCover(i, marks, mark), built.nameOf(i)).toBeCloseTo(all === 0 ? 0 : first / all, 12);
      expect(index.nameCover(i, marks, mark + 1)).toBe(0);
    }
  });

  it("refuses a damaged document or one for another catalog", () => {
    // A posting more or less, a section cut short, a term start off by one.
    expect(() => parseSearchIndex(text.slice(0, -7) + text.slice(-2))).toThrow(/damaged/);
    expect(() => parseSearchIndex(text + "00000")).toThrow(/damaged/);
    expect(() => parseSearchIndex(text.replace(',"starts":"', ',"starts":"0000'))).toThrow(/damaged/);
    expect(() => parseSearchIndex(text.replace(/"termTextLength":(\d+)/, (_, n) => `"termTextLength":${Number(n) + 1}`))).toThrow(/damaged/);
    expect(() => parseSearchIndex('{"format":"other"}')).toThrow();
    expect(() => useSearchIndex(loadCatalog(tinyFile(["ERROR_ACCESS_DENIED"])), parseSearchIndex(text))).toThrow(/rows/);
  });
});

describe("editDistance (optimal string alignment)", () => {
  it.each([
    ["access", "access", 0],
    ["acess", "access", 1],
    ["acsess", "access", 1], // a swap of neighbours is one edit
    ["unavialable", "unavailable", 1],
    ["unavalable", "unavailable", 1],
    ["unavalabel", "unavailable", 2],
    ["dened", "denied", 1],
    ["axxess", "access", 2],
    ["kitten", "sitting", 3],
  ])("%s -> %s is %d", (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
    expect(editDistance(a, b, d)).toBe(d);
    if (d > 0) expect(editDistance(a, b, d - 1)).toBe(d);
  });
});
