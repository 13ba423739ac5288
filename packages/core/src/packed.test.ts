import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realFile as file, realCatalog as core } from "../test/real-catalog.js";
import { decode } from "./decode.js";
import { nearby } from "./nearby.js";
import { isPacked, openPacked, packCatalog, PackedCatalog, unpackCatalog } from "./packed.js";
import { scanLine } from "./scan.js";
import { search, searchAll } from "./search.js";

// The packed form must answer exactly as Catalog over the committed file.
const text = packCatalog(file);
const packed = new PackedCatalog(Buffer.from(text, "latin1"));

/** openPacked over the packed text in memory, counting the bytes and the reads it asks for. */
function countedOpen(): { cat: PackedCatalog; bytes: Buffer; count: { read: number; reads: number } } {
  const bytes = Buffer.from(text, "latin1");
  const count = { read: 0, reads: 0 };
  const cat = openPacked(bytes.length, (buf, position) => {
    const n = bytes.copy(buf, 0, position, position + buf.length);
    count.read += n;
    count.reads++;
    return n;
  }) as PackedCatalog;
  return { cat, bytes, count };
}

describe("packCatalog", () => {
  it("is one pure-ASCII JSON document that says what it is", () => {
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(JSON.parse(text)).toMatchObject({ format: "winerr-packed-catalog/4", count: file.entries.length, buildDate: file.buildDate });
    expect(isPacked(Buffer.from(text))).toBe(true);
    expect(isPacked(Buffer.from(JSON.stringify(file)))).toBe(false);
  });
});

describe("unpackCatalog", () => {
  it("gives back the committed catalog file, row for row", () => {
    // The exporter of the npm package reads this instead of data/catalog.json.
    expect(unpackCatalog(Buffer.from(text, "latin1"))).toStrictEqual(file);
  });
});

describe("indexesWithMessage", () => {
  it("finds the same rows in the packed form as in the file, without building rows", () => {
    const cold = new PackedCatalog(Buffer.from(text, "latin1"));
    // Messages with escapes (newlines, quotes, non-ASCII) as well as plain ones.
    const samples = [0, 1, 2, 3].map((k) => core.messageOf(Math.floor((k * core.size) / 4))).filter((m): m is string => m !== null);
    const special = file.entries.map((r) => r[3]).filter((m): m is string => m !== null && /["\\\n\u0080-\uffff]/.test(m)).slice(0, 20);
    expect(special.length).toBeGreaterThan(5);
    for (const m of [...samples, ...special, "no entry has this message"]) {
      expect(cold.indexesWithMessage(m)).toEqual(core.indexesWithMessage(m));
    }
    expect(cold.rowsBuilt).toBe(0);
    expect(core.indexesWithMessage(core.messageOf(5) as string)).toContain(5);
  });
});

describe("indexesWithSameMessage", () => {
  it("gives every row the rows with exactly its message, as the catalog file has them, reading no message", () => {
    // Expected from the file's rows themselves: rows grouped by their message text.
    const byMessage = new Map<string, number[]>();
    file.entries.forEach((r, i) => {
      if (r[3] !== null) byMessage.set(r[3], [...(byMessage.get(r[3]) ?? []), i]);
    });
    const { cat: cold, count } = countedOpen();
    const before = count.read;
    const row = file.entries.findIndex((r) => r[3] !== null && (byMessage.get(r[3]) as number[]).length > 3);
    expect(cold.indexesWithSameMessage(row)).toEqual(byMessage.get(file.entries[row]?.[3] as string));
    // The first lookup reads a few pages of records, not the 1.6 MB of messages.
    expect(count.read - before).toBeLessThan(64 * 1024);
    let shared = 0;
    file.entries.forEach((r, i) => {
      const want = r[3] === null ? [] : (byMessage.get(r[3]) as number[]);
      if (want.length > 1) shared++;
      expect(packed.indexesWithSameMessage(i), r[0]).toEqual(want);
      if (i % 50 === 0) expect(core.indexesWithSameMessage(i)).toEqual(want);
    });
    expect(shared).toBeGreaterThan(1000);
  });
});

describe("indexesWithMessage by byte search (a cold catalog's first lookups)", () => {
  it("answers as core for messages shared by several rows, messages inside longer ones, and with the messages read on demand", () => {
    const bytes = Buffer.from(text, "latin1");
    const counts = new Map<string, number>();
    for (const r of file.entries) if (r[3] !== null) counts.set(r[3], (counts.get(r[3]) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1).map(([m]) => m).slice(0, 10);
    // A whole message that also occurs inside another, longer one: the search must keep only whole messages.
    const all = [...counts.keys()];
    const inner: string[] = [];
    for (const m of all.filter((m) => m.length > 8 && m.length < 40)) {
      if (all.some((o) => o !== m && o.includes(m))) inner.push(m);
      if (inner.length === 5) break;
    }
    expect(shared.length).toBe(10);
    expect(inner.length).toBeGreaterThan(0);
    const every = file.entries.filter((_, i) => i % 997 === 0).map((r) => r[3]).filter((m): m is string => m !== null);
    for (const m of [...shared, ...inner, ...every, "no entry has this message"]) {
      // Fresh catalogs, so each lookup is a first one; openPacked reads the messages only when searched.
      expect(new PackedCatalog(bytes).indexesWithMessage(m), m).toEqual(core.indexesWithMessage(m));
      const onDemand = openPacked(bytes.length, (buf, position) => bytes.copy(buf, 0, position, position + buf.length)) as PackedCatalog;
      expect(onDemand.indexesWithMessage(m), m).toEqual(core.indexesWithMessage(m));
    }
  });
});

describe("PackedCatalog stays lazy (the point of it)", () => {
  it.each(["0x80070005", "13857", "-1073741819", "ERROR_ACCESS_DENIED", "error_access_denied", "0x2BADF00D"])("a cold decode of %s builds only the rows it shows", (input) => {
    const cold = new PackedCatalog(Buffer.from(text, "latin1"));
    const result = decode(cold, input);
    // Ranking may look at a few rows more than it shows, never at the catalog.
    expect(cold.rowsBuilt).toBeLessThanOrEqual(result.matches.length + 16);
  });
});

describe("openPacked", () => {
  it("reads what lookups need, then each shown message; answers as core", () => {
    const { cat, bytes, count } = countedOpen();
    expect(cat).not.toBeNull();
    for (const input of ["13857", "0x80070005", "ERROR_ACCESS_DENIED", ":SPI"]) expect(decode(cat, input)).toEqual(decode(core, input));
    expect(count.read).toBeLessThan(bytes.length * 0.6);
  });

  it("a cold decode of a number reads a few pages of the records, not the file; more lookups read it all once", () => {
    const { cat, bytes, count } = countedOpen();
    for (const input of ["0x80070005", "-1073741819"]) expect(decode(cat, input)).toEqual(decode(core, input));
    expect(count.read).toBeLessThan(bytes.length * 0.15);
    // A long --stdin: every value looked up; the records are then read whole, once, and answers stay core's.
    const before = count.reads;
    for (let i = 0; i < file.entries.length; i += 7) expect(cat.indexesOfValue(core.valueOf(i))).toEqual(core.indexesOfValue(core.valueOf(i)));
    expect(count.reads - before).toBeLessThan(200);
    const readsAfterAll = count.reads;
    for (let i = 0; i < file.entries.length; i += 7) cat.indexesOfValue(core.valueOf(i));
    expect(count.reads).toBe(readsAfterAll);
  });

  it("reads messages one by one for a few answers, then the messages section once (a long search --stdin shows thousands)", () => {
    const { cat, count } = countedOpen();
    const rows = Array.from({ length: Math.floor(file.entries.length / 13) }, (_, k) => k * 13).filter((i) => core.messageOf(i) !== null);
    for (const i of rows.slice(0, 10)) expect(cat.messageOf(i)).toBe(core.messageOf(i));
    const afterFew = count.reads;
    for (const i of rows) expect(cat.messageOf(i)).toBe(core.messageOf(i));
    // 64 one by one at most, the section once, and the record pages of the rows (read whole after 96).
    expect(count.reads - afterFew).toBeLessThan(64 + 1 + 100);
    const before = count.reads;
    for (const i of rows) cat.messageOf(i);
    expect(count.reads).toBe(before);
  });

  it("answers as core from pages read on demand: fresh catalogs, each decoding one input, unread bytes poisoned", () => {
    const bytes = Buffer.from(text, "latin1");
    const inputs = ["0x80070005", "13857", "-1073741819", "0xC000021A", "ERROR_ACCESS_DENIED", "error_access_denied", ":SPI"];
    for (let i = 0; i < file.entries.length; i += 211) inputs.push(String(core.valueOf(i)), "0x" + ((0x80070000 | (core.valueOf(i) & 0xffff)) >>> 0).toString(16));
    for (const input of inputs) {
      // "Z" is no hex digit, name or message a lookup could take for real.
      const cat = openPacked(bytes.length, (buf, position) => bytes.copy(buf, 0, position, position + buf.length), (n) => Buffer.alloc(n, "Z")) as PackedCatalog;
      expect(decode(cat, input), input).toEqual(decode(core, input));
    }
  });

  it("a file cut short is refused when opened, not at a later lookup", () => {
    const bytes = Buffer.from(text, "latin1").subarray(0, Math.floor(text.length * 0.4));
    expect(() => openPacked(bytes.length, (buf, position) => bytes.copy(buf, 0, position, position + buf.length))).toThrow(/packed catalog without messages/);
  });

  it("is null for core's catalog format", () => {
    const bytes = Buffer.from(JSON.stringify(file));
    expect(openPacked(bytes.length, (buf, position) => bytes.copy(buf, 0, position, position + buf.length))).toBeNull();
  });
});

describe("PackedCatalog answers as core's Catalog", () => {
  it("row by row and the manifest", () => {
    const cold = new PackedCatalog(Buffer.from(text, "latin1"));
    for (let i = 0; i < file.entries.length; i++) {
      expect([cold.nameOf(i), cold.messageOf(i), cold.kindOf(i), cold.valueOf(i), cold.headerOf(i), cold.aliasOfIndex(i), cold.sourceCountOf(i)]).toEqual([
        core.nameOf(i),
        core.messageOf(i),
        core.kindOf(i),
        core.valueOf(i),
        core.headerOf(i),
        core.aliasOfIndex(i),
        core.sourceCountOf(i),
      ]);
    }
    expect(cold.rowsBuilt).toBe(0);
    for (let i = 0; i < file.entries.length; i++) expect(packed.row(i)).toEqual(file.entries[i]);
    expect(packed.entries()).toEqual(core.entries());
    expect(packed.manifest()).toEqual(core.manifest());
    expect(() => packed.row(file.entries.length)).toThrow(RangeError);
  });

  it("value lookups answer as core, absent values and both ends too", () => {
    const fresh = new PackedCatalog(Buffer.from(text, "latin1"));
    const probes = [0, 1, 5, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, -1, 0x80070005, 0xc0000005, 0x12345678, ...file.entries.filter((_, i) => i % 211 === 0).flatMap(([, , v]) => [v, v + 1, v - 1])];
    expect(probes.map((v) => fresh.indexesOfValue(v))).toEqual(probes.map((v) => core.indexesOfValue(v)));
  });

  it("lookups by every value and name (searched, then indexed)", () => {
    for (const [, , value] of file.entries) expect(packed.indexesOfValue(value)).toEqual(core.indexesOfValue(value));
    const fresh = new PackedCatalog(Buffer.from(text, "latin1"));
    for (const [name] of file.entries.filter((_, i) => i % 5 === 0)) {
      expect(fresh.indexesOfName(name)).toEqual(core.indexesOfName(name));
      expect(fresh.indexesOfName(name.toLowerCase(), true)).toEqual(core.indexesOfName(name.toLowerCase(), true));
    }
  });

  it("the first name lookups, before any index", () => {
    const fresh = new PackedCatalog(Buffer.from(text, "latin1"));
    for (const [name] of file.entries.filter((_, i) => i % 3000 === 0)) {
      expect(fresh.indexesOfName(name)).toEqual(core.indexesOfName(name));
      expect(fresh.indexesOfName(name.toLowerCase(), true)).toEqual(core.indexesOfName(name.toLowerCase(), true));
    }
  });

  it("decode of every value, name and name part", () => {
    const inputs = new Set<string>();
    file.entries.forEach(([name, , value], i) => {
      if (i % 4 === 0) inputs.add(String(value));
      if (i % 4 === 1) inputs.add(name.toLowerCase());
      if (i % 97 === 0) inputs.add(":" + name.slice(2, 7));
    });
    for (const input of inputs) expect(decode(packed, input)).toEqual(decode(core, input));
  });

  it("decode of any number or text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 0xffffffff }).map((n) => "0x" + n.toString(16)), fc.integer().map(String), fc.string(), fc.stringMatching(/^[:=]?[A-Za-z_ ]{1,12}$/)), (input) => {
        expect(decode(packed, input)).toEqual(decode(core, input));
      }),
      { numRuns: 2000 },
    );
  });

  it("nearby, building only the rows it needs for ties", () => {
    const cold = new PackedCatalog(Buffer.from(text, "latin1"));
    for (let i = 0; i < file.entries.length; i += 401) expect(nearby(cold, i)).toEqual(nearby(core, i));
    expect(cold.rowsBuilt).toBeLessThan(file.entries.length / 2);
  });

  it("search and scan", () => {
    for (const q of ["access denied", "pipe", "spi", "0x5", "ERROR_ACCESS_DENIED"]) {
      expect(search(packed, q, { limit: 50 })).toEqual(search(core, q, { limit: 50 }));
      expect(search(packed, q, { kind: "ntstatus" })).toEqual(search(core, q, { kind: "ntstatus" }));
      const all = searchAll(packed, q);
      expect(Array.from({ length: all.total }, (_, k) => all.indexAt(k))).toEqual(Array.from({ length: all.total }, (_, k) => searchAll(core, q).indexAt(k)));
    }
    const line = "E_ACCESSDENIED 0x80070005 exit code -1073741819 WSAEACCES NOT_A_NAME_X";
    expect(scanLine(line, packed)).toEqual(scanLine(line, core));
  });

  it("names with spaces or outside ASCII find nothing, as in core", () => {
    const packed = new PackedCatalog(Buffer.from(text, "latin1"));
    for (const q of ["", " ", "ERROR_ACCESS DENIED", "\u017fTATUS_WAIT_0", "a\nb"]) {
      expect(packed.indexesOfName(q)).toEqual(core.indexesOfName(q));
      expect(packed.indexesOfName(q, true)).toEqual(core.indexesOfName(q, true));
      expect(packed.indexesOfNamePart(q)).toEqual(core.indexesOfNamePart(q));
    }
    expect(packed.indexesOfNamePart("ACCESS", 3)).toEqual(core.indexesOfNamePart("ACCESS", 3));
  });
});
