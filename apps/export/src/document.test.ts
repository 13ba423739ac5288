import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { formatHex, hresultBits, loadCatalog, ntstatusBits, parseMessage, toSigned } from "@winerr/core";
import { exportJsonSchema, ExportDocument, EXPORT_SCHEMA_FILE, EXPORT_SCHEMA_VERSION, type ExportEntry } from "@winerr/core/export-schema";
import { KINDS } from "@winerr/core/schema";
import { buildDocument } from "./document.js";
import { realFile } from "../test/helpers.js";

const catalog = loadCatalog(realFile);
const doc = buildDocument(realFile);
const key = (name: string, kind: string, header: string, line: number) => `${name}|${kind}|${header}|${line}`;
const byKey = new Map(doc.entries.map((e) => [key(e.name, e.kind, e.header, e.provenance.line), e]));

function exported(i: number): ExportEntry {
  const r = catalog.row(i);
  const e = byKey.get(key(r[0], r[1], r[4], r[6]));
  if (e === undefined) throw new Error(`row ${i} (${r[0]}) is not exported`);
  return e;
}

describe("the exported document", () => {
  it("validates with ajv (JSON Schema 2020-12): the whole document and every entry on its own", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: false });
    const schema = exportJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    const validateDoc = ajv.compile(schema);
    expect(validateDoc(doc), ajv.errorsText(validateDoc.errors)).toBe(true);
    // NDJSON readers validate one line against #/$defs/entry.
    ajv.addSchema(schema, EXPORT_SCHEMA_FILE);
    const validateEntry = ajv.getSchema(`${EXPORT_SCHEMA_FILE}#/$defs/entry`);
    if (validateEntry === undefined) throw new Error("no #/$defs/entry in the schema");
    const bad = doc.entries.filter((e) => !validateEntry(e));
    expect(bad.map((e) => e.name)).toEqual([]);
  });

  it("ajv rejects what the schema forbids (the schema is not vacuous)", () => {
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(exportJsonSchema());
    const first = doc.entries[0] as ExportEntry;
    const broken = [
      { ...first, hex: first.hex.toLowerCase() + "x" },
      { ...first, value: -1 },
      { ...first, kind: "nope" },
      { ...first, extra: 1 },
    ];
    for (const e of broken) expect(validate({ ...doc, entries: [e] })).toBe(false);
    expect(validate({ ...doc, schemaVersion: "0.0.0" })).toBe(false);
  });

  it("passes its own zod schema", () => {
    expect(ExportDocument.safeParse(doc).success).toBe(true);
  });

  it("has every catalog row once, with the catalog's sources, build date and counts", () => {
    expect(doc.entries.length).toBe(catalog.size);
    expect(byKey.size).toBe(catalog.size);
    const m = catalog.manifest();
    expect(doc.counts).toEqual({ entries: m.entries, withMessage: m.withMessage, byKind: m.byKind, headers: m.headers });
    expect(doc.buildDate).toBe(realFile.buildDate);
    expect(doc.sources).toEqual(realFile.sources);
    expect(doc.$schema).toBe(EXPORT_SCHEMA_FILE);
    expect(doc.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(doc.filter).toEqual({ kinds: null, headers: null });
  });

  it("computes hex, signed, facility, severity and placeholders with core's functions", () => {
    for (let i = 0; i < catalog.size; i++) {
      const r = catalog.row(i);
      const e = exported(i);
      expect(e.value).toBe(r[2]);
      expect(e.hex).toBe(formatHex(r[2]));
      expect(e.signed).toBe(toSigned(r[2]));
      expect(e.message).toBe(r[3]);
      expect(e.provenance).toEqual({ source: realFile.sources[r[5]]?.id, version: realFile.sources[r[5]]?.version, line: r[6] });
      if (r[1] === "hresult" || r[1] === "ntstatus") {
        const bits = r[1] === "hresult" ? hresultBits(r[2], catalog) : ntstatusBits(r[2], catalog);
        expect(e.facility).toEqual({ number: bits.facility, names: bits.facilityNames });
        expect(e.severity).toBe(bits.severity);
      } else {
        expect(e.facility).toBeNull();
        expect(e.severity).toBeNull();
      }
      const inserts = r[3] === null ? [] : parseMessage(r[3]).filter((p) => p.type === "insert");
      expect(e.placeholders.map((p) => p.raw)).toEqual(inserts.map((p) => p.raw));
    }
  });

  it("lists aliases: exactly the other names with the same value in the same family", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: catalog.size - 1 }), (i) => {
        const r = catalog.row(i);
        const expected = new Set<string>();
        for (const other of catalog.rows) if (other[1] === r[1] && other[2] === r[2] && other[0] !== r[0]) expected.add(other[0]);
        expect(exported(i).aliases).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
    // Symmetric: if B is an alias of A, A is an alias of B.
    const names = new Map<string, ExportEntry[]>();
    for (const e of doc.entries) names.set(`${e.kind}|${e.value}|${e.name}`, [...(names.get(`${e.kind}|${e.value}|${e.name}`) ?? []), e]);
    for (const e of doc.entries) for (const a of e.aliases) expect(names.get(`${e.kind}|${e.value}|${a}`)?.[0]?.aliases).toContain(e.name);
  });

  it("sorts entries by kind, value, name (code-unit order, no locale)", () => {
    for (let i = 1; i < doc.entries.length; i++) {
      const a = doc.entries[i - 1] as ExportEntry;
      const b = doc.entries[i] as ExportEntry;
      const order = KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.value - b.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      expect(order).toBeLessThanOrEqual(0);
    }
  });

  it("does not depend on the catalog's row order (the same data gives the same document)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rows = [...realFile.entries];
        let s = seed >>> 0 || 1;
        for (let i = rows.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [rows[i], rows[j]] = [rows[j] as (typeof rows)[number], rows[i] as (typeof rows)[number]];
        }
        expect(buildDocument({ ...realFile, entries: rows })).toEqual(doc);
      }),
      { numRuns: 3 },
    );
  });

  it("carries the facility tables with every name per number", () => {
    for (const table of ["hresult", "ntstatus"] as const) {
      const numbers = [...new Set(realFile.facilities[table].map(([n]) => n))].sort((a, b) => a - b);
      expect(doc.facilities[table].map((f) => f.number)).toEqual(numbers);
      for (const f of doc.facilities[table]) expect(f.names).toEqual(catalog.facilityNames(table, f.number));
    }
  });

  it("filters by kind and by header (ignoring case), counting only what it keeps", () => {
    const header = (realFile.entries[0] as (typeof realFile.entries)[number])[4];
    const byKind = buildDocument(realFile, { kinds: ["bugcheck", "win32"], headers: null });
    expect(byKind.filter.kinds).toEqual(["win32", "bugcheck"]);
    expect(byKind.entries.length).toBe(realFile.entries.filter((r) => r[1] === "win32" || r[1] === "bugcheck").length);
    expect(byKind.counts.entries).toBe(byKind.entries.length);
    expect(byKind.counts.byKind.hresult).toBe(0);
    const byHeader = buildDocument(realFile, { kinds: null, headers: [header.toUpperCase()] });
    expect(byHeader.entries.length).toBe(realFile.entries.filter((r) => r[4] === header).length);
    expect(new Set(byHeader.entries.map((e) => e.header))).toEqual(new Set([header]));
  });
});
