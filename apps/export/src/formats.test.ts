import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import type { ExportDocument } from "@winerr/core/export-schema";
import { buildDocument } from "./document.js";
import { csvField, CSV_COLUMNS, CSV_LIST_SEPARATOR, render, schemaText } from "./formats.js";
import { realFile } from "../test/helpers.js";

const doc = buildDocument(realFile);
const text = (format: Parameters<typeof render>[0], d: ExportDocument = doc) => [...render(format, d)].join("");

describe("formats", () => {
  it("catalog.json parses back to the document, pure ASCII", () => {
    const json = text("json");
    expect(JSON.parse(json)).toEqual(doc);
    expect(/^[\x00-\x7f]*$/.test(json)).toBe(true);
    expect(json.endsWith("\n}\n")).toBe(true);
  });

  it("catalog.json with no entries is still valid JSON", () => {
    const empty = { ...doc, entries: [] };
    expect(JSON.parse(text("json", empty))).toEqual(empty);
  });

  it("catalog.ndjson has one entry per line", () => {
    const lines = text("ndjson").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBe(doc.entries.length);
    lines.forEach((l, i) => expect(JSON.parse(l)).toEqual(doc.entries[i]));
  });

  it("csvField round-trips any text through csv-parse (RFC 4180)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (cells) => {
        const line = cells.map(csvField).join(",") + "\r\n";
        // A single empty cell is an empty line, which csv-parse skips by default.
        const rows = parse(line, { skip_empty_lines: false, relax_column_count: false }) as string[][];
        expect(rows).toEqual([cells]);
      }),
    );
  });

  it("catalog.csv: a header row, one row per entry, CRLF rows, list cells without the separator inside", () => {
    const csv = text("csv");
    const rows = parse(csv, { columns: true, skip_empty_lines: false }) as Record<string, string>[];
    expect(rows.length).toBe(doc.entries.length);
    expect(csv.slice(0, csv.indexOf("\r\n"))).toBe(CSV_COLUMNS.map(([n]) => n).join(","));
    for (const e of doc.entries) for (const a of [...e.aliases, ...e.placeholders.map((p) => p.raw)]) expect(a).not.toContain(CSV_LIST_SEPARATOR);
  });

  it("the schema text is generated and stable", () => {
    expect(schemaText()).toBe(schemaText());
    expect(JSON.parse(schemaText())["$defs"]["entry"]).toBeDefined();
  });

  it("rendering twice gives the same bytes", () => {
    for (const f of ["json", "ndjson", "csv"] as const) expect(text(f)).toBe(text(f));
  });
});
