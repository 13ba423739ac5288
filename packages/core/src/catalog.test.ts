import { describe, expect, it } from "vitest";
import { loadCatalog } from "./catalog.js";
import { parseCatalogFile, safeParseCatalogFile } from "./catalog-file.js";
import { KINDS } from "./schema.js";
import { realCatalog, realFile, tinyFile } from "../test/real-catalog.js";

// Rows taken from the committed catalog; names per winerror.h:279 (ERROR_ACCESS_DENIED),
// winerror.h:30570 (E_ACCESSDENIED), ntstatus.h:2121 (STATUS_ACCESS_VIOLATION), bugcodes.h:193.
const tiny = loadCatalog(tinyFile(["ERROR_ACCESS_DENIED", "E_ACCESSDENIED", "STATUS_ACCESS_VIOLATION", "INVALID_PROCESS_ATTACH_ATTEMPT"]));

describe("loadCatalog", () => {
  it("builds Entry objects with their source", () => {
    const [e] = tiny.byName("ERROR_ACCESS_DENIED");
    expect(e).toMatchObject({ name: "ERROR_ACCESS_DENIED", kind: "win32", value: 5, header: "winerror.h" });
    expect(e?.source.id).toBe("windows-sdk");
    expect(tiny.entry(0)).toBe(tiny.entry(0)); // built once
  });

  it("looks up by value, optionally by kind", () => {
    expect(tiny.byValue(5).map((e) => e.kind).sort()).toEqual(["bugcheck", "win32"]);
    expect(tiny.byValue(5, "bugcheck").map((e) => e.name)).toEqual(["INVALID_PROCESS_ATTACH_ATTEMPT"]);
    expect(tiny.byValue(0xc0000005).map((e) => e.name)).toEqual(["STATUS_ACCESS_VIOLATION"]);
    expect(tiny.byValue(123456)).toEqual([]);
  });

  it("gives the same answers before and after it builds its indexes", () => {
    const c = loadCatalog(realFile);
    const probe = [0, 5, 13857, 0x80070005, 0xc0000005, 0xffffffff, 0x12345678];
    const linear = probe.map((v) => c.indexesOfValue(v));
    for (let i = 0; i < 20; i++) c.indexesOfValue(1);
    expect(probe.map((v) => c.indexesOfValue(v))).toEqual(linear);
    const names = ["E_FAIL", "e_fail", "NOPE_NOT_A_NAME"];
    const before = names.map((n) => [c.indexesOfName(n), c.indexesOfName(n, true)]);
    for (let i = 0; i < 20; i++) c.indexesOfName("X");
    expect(names.map((n) => [c.indexesOfName(n), c.indexesOfName(n, true)])).toEqual(before);
  });

  it("finds names exactly, ignoring case, and by part", () => {
    expect(tiny.byName("error_access_denied")).toEqual([]);
    expect(tiny.byName("error_access_denied", { ignoreCase: true }).map((e) => e.name)).toEqual(["ERROR_ACCESS_DENIED"]);
    expect(tiny.searchNames("access").map((e) => e.name).sort()).toEqual(["ERROR_ACCESS_DENIED", "E_ACCESSDENIED", "STATUS_ACCESS_VIOLATION"]);
    expect(tiny.hasName("E_ACCESSDENIED")).toBe(true);
  });

  it("names facilities one-to-many (winerror.h: FACILITY_SECURITY and FACILITY_SSPI are both 9)", () => {
    expect(tiny.facilityNames("hresult", 9)).toEqual(expect.arrayContaining(["FACILITY_SECURITY", "FACILITY_SSPI"]));
    expect(tiny.facilityNames("hresult", 2170)).toContain("FACILITY_DXGI"); // winerror.h:184
    expect(tiny.facilityNames("ntstatus", 4095)).toEqual([]);
    expect(Object.isFrozen(tiny.facilityNames("hresult", 7))).toBe(true);
  });

  it("summarises itself in manifest()", () => {
    expect(tiny.manifest()).toEqual({
      entries: 4,
      // INVALID_PROCESS_ATTACH_ATTEMPT's MessageText in bugcodes.h is its own name: not a message.
      withMessage: 3,
      byKind: { win32: 1, hresult: 1, ntstatus: 1, bugcheck: 1, event: 0, ldap: 0, errno: 0, mci: 0, mmsys: 0, tapi: 0, cderr: 0, netmon: 0, usbd: 0, dhcp: 0 },
      headers: 3,
      sources: realFile.sources.map((s) => ({ name: s.name, version: s.version })),
      buildDate: realFile.buildDate,
    });
    const m = realCatalog.manifest();
    expect(Object.keys(m.byKind).sort()).toEqual([...KINDS].sort());
    expect(Object.values(m.byKind).reduce((a, b) => a + b, 0)).toBe(m.entries);
  });
});

describe("parseCatalogFile", () => {
  it("accepts the committed catalog", () => {
    expect(parseCatalogFile(realFile).entries.length).toBe(realFile.entries.length);
  });

  it("rejects a row whose source index has no source", () => {
    const bad = { ...realFile, entries: [[...(realFile.entries[0] as unknown[]).slice(0, 5), 99, 1, null]] };
    expect(safeParseCatalogFile(bad).success).toBe(false);
    expect(() => parseCatalogFile({})).toThrow();
  });

  it("rejects an aliasOf that names no entry, or the entry itself", () => {
    const row = realFile.entries[0] as unknown[];
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row.slice(0, 7), "NOT_IN_THIS_CATALOG"]] }).success).toBe(false);
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row.slice(0, 7), row[0]]] }).success).toBe(false);
  });

  it("rejects an alsoIn that names no source, is empty or is not ascending", () => {
    // A row that is no alias: alone in the file, an aliasOf would name no entry.
    const row = (realFile.entries.find((r) => r[7] === null) as unknown[]).slice(0, 8);
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row, [1, 2]]] }).success).toBe(true);
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row, [7]]] }).success).toBe(false);
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row, []]] }).success).toBe(false);
    expect(safeParseCatalogFile({ ...realFile, entries: [[...row, [2, 1]]] }).success).toBe(false);
  });

  it("sourceCountOf counts the row's source and its alsoIn (WbemCli.h's WBEM_E_INVALID_CLASS: SDK, mingw-w64 wbemcli.h, Wine wbemcli.h)", () => {
    const i = realCatalog.indexesOfName("WBEM_E_INVALID_CLASS")[0] as number;
    expect(realCatalog.sourceCountOf(i)).toBe(3);
    // synchronizationerrors.h is in the SDK only.
    expect(realCatalog.sourceCountOf(realCatalog.indexesOfName("SYNC_E_ITEM_HAS_NO_VERSION_DATA")[0] as number)).toBe(1);
  });

  it("every aliasOf in the committed catalog names an entry, and Entry carries it", () => {
    const rows = realFile.entries.map((r, i) => [r, i] as const).filter(([r]) => r[7] !== null);
    expect(rows.length).toBeGreaterThan(0);
    for (const [r, i] of rows) {
      expect(realCatalog.hasName(r[7] as string)).toBe(true);
      expect(realCatalog.aliasOfIndex(i)).toBe(r[7]);
      expect(realCatalog.entry(i).aliasOf).toBe(r[7]);
    }
  });
});

describe("prefetchValues", () => {
  it("answers like a scan and like the index", () => {
    const a = loadCatalog(realFile);
    const b = loadCatalog(realFile);
    const probe = [5, 0x80070005, 0x3621, 0x12345678];
    a.prefetchValues(probe);
    expect(probe.map((v) => a.indexesOfValue(v))).toEqual(probe.map((v) => b.indexesOfValue(v)));
    for (let i = 0; i < 20; i++) b.indexesOfValue(1);
    expect(b.valuesIndexed).toBe(true);
    expect(probe.map((v) => a.indexesOfValue(v))).toEqual(probe.map((v) => b.indexesOfValue(v)));
  });
});
