import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { asciiJson, loadCatalog, search, type CatalogFile, type Kind } from "@winerr/core";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { entryOf, recordWriter, scoreJson } from "./search.js";

const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;

describe("recordWriter (search --stdin's machine records)", () => {
  it("writes what asciiJson writes for the record of search's hits, rows seen before or not", () => {
    const catalog = loadCatalog(file);
    const record = recordWriter(catalog);
    // Queries of every kind the batch sends: message words, a name, name
    // words, a cut-off word, a single letter, a typo, non-ASCII, no hit.
    const queries: [string, Kind | undefined, number][] = [
      ["access denied", undefined, 20],
      // The same text with another kind or limit (records are kept by text, kind and limit).
      ["access denied", "win32", 20],
      ["access denied", undefined, 3],
      ["ERROR_FILE_NOT_FOUND", undefined, 20],
      ["file not", undefined, 20],
      ["acce", undefined, 20],
      ["s", undefined, 50],
      ["acess denied", undefined, 5],
      ["pipe", "ntstatus", 20],
      ["\u00e9t\u00e9 \u2019quoted\u2019", undefined, 20],
      ["zzqqxxnotawordzz", undefined, 20],
    ];
    // Twice: the second pass reads each row's fields from what the first wrote, and the records it kept.
    for (const pass of [1, 2]) {
      for (const [input, kind, limit] of queries) {
        const entries = search(catalog, input, { limit, ...(kind === undefined ? {} : { kind }) }).map(entryOf);
        const { json, count } = record(input, kind, limit);
        expect({ pass, input, json }).toEqual({ pass, input, json: asciiJson({ input, ok: true, entries }) });
        expect(count).toBe(entries.length);
      }
    }
  });
});

describe("scoreJson", () => {
  it("writes a score (thousandths) and any other number as JSON.stringify does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (m) => {
        expect(scoreJson(m / 1000)).toBe(JSON.stringify(m / 1000));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(scoreJson(x)).toBe(JSON.stringify(x));
      }),
      { numRuns: 20000 },
    );
    for (const x of [0, -0, 0.001, 0.01, 0.1, 0.5, 1, 9.999, 10.05, 73.676, 100.2, 2147483.647, 2147483.648, -1.5, 1e21, NaN, Infinity]) expect(scoreJson(x)).toBe(JSON.stringify(x));
  });
});
