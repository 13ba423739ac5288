import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KINDS } from "@winerr/core/schema";
import { writeFileAtomic } from "@winerr/host/output";
import { serializeCatalog } from "./catalog.js";
import { runImport } from "./importer.js";
import { renderReport } from "./report.js";

const dir = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
const SDK = { root: dir("sdk"), source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } };
const MINGW = { root: dir("mingw"), source: { id: "fixture-mingw", name: "Fixture mingw", version: "2" } };
const WINE = { root: dir("wine"), source: { id: "fixture-wine", name: "Fixture Wine", version: "3" } };
const run = () => runImport(SDK, MINGW, [WINE]);
const result = run();
const rows = result.catalog.entries;
const find = (name: string) => rows.filter((r) => r[0] === name);

describe("runImport on fixture headers", () => {
  it("reads message-compiler entries with kind, value, message, header and line", () => {
    // alsoIn [1, 2]: mingw's winerror.h:1 and Wine's windows/winerror.h:2 define it with the same value.
    expect(find("WINERR_FIXTURE_ONE")).toEqual([["WINERR_FIXTURE_ONE", "win32", 13857, "The first fixture error.", "winerror.h", 0, 15, null, [1, 2]]]);
    expect(find("WINERR_FIXTURE_STATUS_AV")[0]?.slice(0, 4)).toEqual([
      "WINERR_FIXTURE_STATUS_AV", "ntstatus", 0xc0000005, "The instruction at 0x%p referenced memory at 0x%p. The memory could not be %hs.",
    ]);
    expect(find("WINERR_FIXTURE_STATUS_UNTYPED")[0]?.[1]).toBe("ntstatus");
    expect(find("WINERR_FIXTURE_STATUS_FROM")[0]?.slice(1, 3)).toEqual(["ntstatus", 0xc0070005]);
    expect(find("WINERR_FIXTURE_UNTYPED_HIGH")[0]?.[1]).toBe("hresult");
    expect(find("WINERR_FIXTURE_BUGCHECK")[0]?.slice(1, 3)).toEqual(["bugcheck", 0xd1]);
    // Its MessageText only repeats the name: not a message.
    expect(find("WINERR_FIXTURE_BUGCHECK")[0]?.[3]).toBeNull();
  });

  it("reads plain headers by their rules", () => {
    expect(find("NERR_WinerrFixtureOne")[0]?.slice(1, 4)).toEqual(["win32", 2102, "The fixture driver is not installed."]);
    expect(find("NERR_WinerrFixtureTwo")[0]?.[2]).toBe(2250);
    expect(find("NERR_WinerrFixtureNone")[0]?.[3]).toBeNull();
    expect(find("MAX_NERR")).toEqual([]);
    expect(find("PENDING")[0]?.slice(1, 4)).toEqual(["win32", 600, "An operation is pending.%0"]);
    expect(find("RASBASEEND")).toEqual([]);
    expect(find("ERROR_WINERR_FIXTURE_SETUP")[0]?.slice(1, 4)).toEqual(["win32", 0xe0000203, null]);
  });

  it("takes typed codes from other headers without a message, and not plain constants", () => {
    expect(find("WINERR_FIXTURE_E_TYPED")[0]?.slice(1, 4)).toEqual(["hresult", 0x80040201, null]);
    expect(find("WINERR_FIXTURE_E_WIN32")[0]?.slice(1, 3)).toEqual(["hresult", 0x80073621]);
    expect(find("WINERR_FIXTURE_NOT_A_CODE")).toEqual([]);
    expect(find("WINERR_FIXTURE_NOT_OTHER")).toEqual([]);
  });

  it("reads event-log message files as the event family, whatever the value looks like", () => {
    // netevent.h fixture: MessageId WINERR_FIXTURE_EVENT, 0xC00007D0L, "An event, not an error."
    expect(find("WINERR_FIXTURE_EVENT")).toEqual([["WINERR_FIXTURE_EVENT", "event", 0xc00007d0, "An event, not an error.", "netevent.h", 0, 8, null]]);
    expect(result.scans[0]!.excluded).toEqual([]);
  });

  it("keeps aliases as entries of their own with the target's value and text", () => {
    expect(find("WINERR_FIXTURE_ONE_ALIAS")[0]?.slice(1, 4)).toEqual(["win32", 13857, "The first fixture error."]);
    expect(find("WINERR_FIXTURE_ONE_ALIAS")[0]?.[7]).toBe("WINERR_FIXTURE_ONE");
    expect(find("WINERR_FIXTURE_ONE")[0]?.[7]).toBeNull();
  });

  it("keeps one entry per (name, kind, value) and counts the duplicate", () => {
    expect(find("WINERR_FIXTURE_E_HR")).toHaveLength(1);
    expect(find("WINERR_FIXTURE_E_HR")[0]?.[4]).toBe("winerror.h");
    expect(result.merged.duplicates).toEqual([{ name: "WINERR_FIXTURE_E_HR", kind: "hresult", value: 0x87a00001, kept: "shared/winerror.h", dropped: "um/fixtureother.h" }]);
  });

  it("reports same-name-different-value collisions and keeps both", () => {
    expect(find("WINERR_FIXTURE_E_PLATFORM").map((r) => r[2])).toEqual([0x80004001, 0x87a00002]);
    expect(result.merged.collisions.map((c) => c.name)).toEqual(["WINERR_FIXTURE_E_PLATFORM"]);
  });

  it("reports unevaluable expressions and leaves them out", () => {
    expect(result.scans[0]!.unevaluated.map((u) => u.name).sort()).toEqual(["NERR_WinerrFixtureBad", "WINERR_FIXTURE_E_BROKEN"]);
    expect(find("NERR_WinerrFixtureBad")).toEqual([]);
  });

  it("adds from the second source only what the first lacks; conflicts are reported, first source kept", () => {
    expect(find("WINERR_FIXTURE_MINGW_ONLY")).toEqual([["WINERR_FIXTURE_MINGW_ONLY", "win32", 13870, null, "winerror.h", 1, 4, null]]);
    expect(find("WINERR_FIXTURE_E_MINGW")[0]?.slice(1, 3)).toEqual(["hresult", 0x87a00010]);
    expect(find("WINERR_FIXTURE_MULTI").map((r) => [r[2], r[5]])).toEqual([[13858, 0]]);
    expect(result.merged.conflicts).toEqual([
      { name: "WINERR_FIXTURE_MINGW_ONLY", primary: [{ value: 13870, kind: "win32", path: "winerror.h", source: 1 }], secondary: { value: 13871, kind: "win32", path: "windows/winerror.h", source: 2 } },
      { name: "WINERR_FIXTURE_MULTI", primary: [{ value: 13858, kind: "win32", path: "shared/winerror.h", source: 0 }], secondary: { value: 13860, kind: "win32", path: "winerror.h", source: 1 } },
    ]);
    // WINERR_FIXTURE_ONE: mingw and Wine agree with the SDK, and the entry records both (alsoIn, the ranking's corroboration).
    expect(result.merged.agreed).toBe(2);
    expect(find("WINERR_FIXTURE_ONE")[0]?.[8]).toEqual([1, 2]);
    // A name only one source defines, or one a later source gives another value, has no alsoIn.
    expect(find("WINERR_FIXTURE_MULTI")[0]?.[8]).toBeUndefined();
    expect(find("WINERR_FIXTURE_MINGW_ONLY")[0]?.[8]).toBeUndefined();
    expect(result.catalog.sources.map((s) => s.id)).toEqual(["fixture-sdk", "fixture-mingw", "fixture-wine"]);
  });

  it("adds from Wine, the third source, only what the SDK and mingw-w64 lack, with its provenance", () => {
    // fixture wine/windows/winerror.h line 4: 13880; fixturewine.h line 5: EMAKEHR(0x1500) = MAKE_HRESULT(1, 0x13, 0x1500).
    expect(find("WINERR_FIXTURE_WINE_ONLY")).toEqual([["WINERR_FIXTURE_WINE_ONLY", "win32", 13880, null, "winerror.h", 2, 4, null]]);
    expect(find("WINERR_FIXTURE_COR_E_EXCEPTION")).toEqual([["WINERR_FIXTURE_COR_E_EXCEPTION", "hresult", 0x80131500, null, "fixturewine.h", 2, 5, null]]);
    expect(find("WINERR_FIXTURE_MINGW_ONLY").map((r) => r[2])).toEqual([13870]);
  });

  it("builds facility tables one-to-many from winerror.h and ntstatus.h only", () => {
    expect(result.catalog.facilities.hresult).toEqual([
      [12, ["FACILITY_WINERR_FIXTURE_B"]],
      [0x7a0, ["FACILITY_WINERR_FIXTURE_A", "FACILITY_WINERR_FIXTURE_ALIAS"]],
    ]);
    expect(result.catalog.facilities.ntstatus).toEqual([[7, ["FACILITY_WINERR_FIXTURE_NT", "FACILITY_WINERR_FIXTURE_NT_TOO"]]]);
  });

  it("sorts entries by kind, value, name, header", () => {
    const order = [...KINDS];
    const key = (r: (typeof rows)[number]) => [order.indexOf(r[1]), r[2], r[0], r[4]] as const;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      const cmp = a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
      expect(cmp).toBeLessThanOrEqual(0);
    }
  });

  it("is deterministic: two runs give identical bytes, catalog and report", () => {
    const again = run();
    expect(serializeCatalog(again.catalog)).toBe(serializeCatalog(result.catalog));
    expect(renderReport(again)).toBe(renderReport(result));
  });

  it("writes one entry per line and the file parses back to the same catalog", () => {
    const out = join(mkdtempSync(join(tmpdir(), "winerr-import-")), "catalog.json");
    writeFileAtomic(out, serializeCatalog(result.catalog));
    const text = readFileSync(out, "utf8");
    expect(JSON.parse(text)).toEqual(result.catalog);
    expect(text.split("\n").filter((l) => l.startsWith('    ["WINERR_FIXTURE_ONE"'))).toHaveLength(1);
  });

  it("reports totals, conflicts and unevaluated expressions", () => {
    const report = renderReport(result);
    expect(report).toContain(`- entries: ${rows.length}`);
    expect(report).toContain("| WINERR_FIXTURE_MULTI | 0x00003622 win32 fixture-sdk shared/winerror.h | 0x00003624 win32 fixture-mingw winerror.h |");
    expect(report).toContain("NERR_WinerrFixtureBad");
  });
});

describe("enums, C++ constants, function-like macros, aliases across headers (fixtureenums.h, fixturemacros.h)", () => {
  const row = (name: string) => find(name).map((r) => [r[1], r[2], r[4], r[6], r[7]]);
  it("reads the members of an enum of codes with their values, counting on from the one before", () => {
    expect(row("WINERR_FIXTURE_E_ENUM_FAILED")).toEqual([["hresult", 0x80041001, "fixtureenums.h", 14, null]]);
    expect(row("WINERR_FIXTURE_E_ENUM_NEXT")).toEqual([["hresult", 0x80041002, "fixtureenums.h", 15, null]]);
    expect(row("WINERR_FIXTURE_E_ENUM_AFTER")).toEqual([["hresult", 0x80041003, "fixtureenums.h", 16, null]]);
    expect(row("WINERR_FIXTURE_E_ENUM_BRANCH")).toEqual([["hresult", 0x80041010, "fixtureenums.h", 18, null]]);
    // Success members are codes by name and HRESULTs by their enum (S_FALSE is 1).
    expect(row("WINERR_FIXTURE_S_FALSE")).toEqual([["hresult", 1, "fixtureenums.h", 12, null]]);
    expect(row("WINERR_FIXTURE_S_ENUM_DONE")).toEqual([["hresult", 0x40001, "fixtureenums.h", 13, null]]);
    expect(row("WINERR_FIXTURE_NO_ERROR")).toEqual([["hresult", 0, "fixtureenums.h", 11, null]]);
    expect(find("dwWINERR_FIXTURE_LIMIT")).toEqual([]);
    expect(row("winerrFixtureErrOther")).toEqual([["hresult", 0x80041002, "fixtureenums.h", 31, null]]);
  });
  it("leaves flag enums alone", () => {
    for (const n of ["WINERR_FIXTURE_FLAG_NONE", "WINERR_FIXTURE_FLAG_HIGH", "WINERR_FIXTURE_FLAG_NEXT"]) expect(find(n)).toEqual([]);
  });
  it("reads C++ constants of code types, family from the type", () => {
    expect(row("WINERR_FIXTURE_E_CONST")).toEqual([["hresult", 0x8004020b, "fixtureenums.h", 33, null]]);
    expect(row("WINERR_FIXTURE_S_CONST")).toEqual([["hresult", 0x00040200, "fixtureenums.h", 34, null]]);
    expect(row("WINERR_FIXTURE_STATUS_CONST")).toEqual([["ntstatus", 0xc0000505, "fixtureenums.h", 35, null]]);
    expect(find("WINERR_FIXTURE_NOT_A_CONST_CODE")).toEqual([]);
  });
  it("evaluates the header's function-like macros, then decides the family", () => {
    expect(row("WINERR_FIXTURE_E_VIA_MACRO")).toEqual([["hresult", 0x8876086c, "fixturemacros.h", 7, null]]);
    expect(row("WINERR_FIXTURE_E_VIA_TWO_MACROS")).toEqual([["hresult", 0x88760004, "fixturemacros.h", 8, null]]);
    expect(find("WINERR_FIXTURE_IOCTL")).toEqual([]);
  });
  it("stores aliases of other headers' codes with aliasOf, also through other aliases and HRESULT_FROM_WIN32", () => {
    expect(find("WINERR_FIXTURE_CROSS_ALIAS")).toEqual([["WINERR_FIXTURE_CROSS_ALIAS", "win32", 13857, "The first fixture error.", "fixturemacros.h", 0, 14, "WINERR_FIXTURE_ONE"]]);
    expect(row("WINERR_FIXTURE_CHAIN_ALIAS")).toEqual([["win32", 13857, "fixturemacros.h", 15, "WINERR_FIXTURE_CROSS_ALIAS"]]);
    expect(row("WINERR_FIXTURE_E_WRAPPED")).toEqual([["hresult", 0x80073621, "fixturemacros.h", 16, "WINERR_FIXTURE_ONE"]]);
    expect(find("WINERR_FIXTURE_NOT_AN_ALIAS")).toEqual([]);
  });
  it("links codes that wrap a name spelled out with MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIN32, X), and wraps in other sources", () => {
    // fixtureother.h:22, the shape of dinput.h's DIERR_NOTFOUND; HRESULT_FROM_WIN32(13857) = 0x80073621.
    expect(row("WINERR_FIXTURE_E_MADE")).toEqual([["hresult", 0x80073621, "fixtureother.h", 22, "WINERR_FIXTURE_ONE"]]);
    // mingw's fixturewrap.h wraps a name of mingw's winerror.h spelled __MSABI_LONG(13871) (mingw-w64's long literals).
    expect(find("WINERR_FIXTURE_MSABI_ONLY")).toEqual([["WINERR_FIXTURE_MSABI_ONLY", "win32", 13871, null, "winerror.h", 1, 7, null]]);
    expect(row("WINERR_FIXTURE_E_MINGW_WRAP")).toEqual([["hresult", 0x8007362f, "fixturewrap.h", 2, "WINERR_FIXTURE_MSABI_ONLY"]]);
    // It wraps mingw's WINERR_FIXTURE_MULTI (13860), but the catalog's entry of that name is the SDK's 13858: no link.
    expect(row("WINERR_FIXTURE_E_WRONG_WRAP")).toEqual([["hresult", 0x80073624, "fixturewrap.h", 4, null]]);
  });
  it("recognises range markers by their role: a pair or a base others are computed from; a lone _FIRST is a code", () => {
    const left = (name: string) => result.scans.flatMap((s) => s.leftOut).filter((x) => x.name === name).map((x) => x.rule);
    for (const n of ["WINERR_FIXTURE_E_RANGE_FIRST", "WINERR_FIXTURE_E_RANGE_LAST", "WINERR_FIXTURE_E_PART_BASE"]) expect(left(n)).toEqual(["bound"]);
    expect(row("WINERR_FIXTURE_E_DATA_FIRST")).toEqual([["hresult", 0x88760200, "fixturemacros.h", 21, null]]);
  });
});

describe("plain numbers outside message blocks (PLAIN_RULES)", () => {
  it("reads usb.h's USBD_STATUS_* as the usbd family: the (USBD_STATUS) cast is a code type, though usbdi.h defines a function-like USBD_STATUS(Status)", () => {
    // fixture shared/usb.h lines 6-8 (the third continued on line 9); a function-like macro's name in `( )` is not expanded (C).
    expect(find("USBD_STATUS_WINERR_FIXTURE_SUCCESS")).toEqual([["USBD_STATUS_WINERR_FIXTURE_SUCCESS", "usbd", 0, null, "usb.h", 0, 6, null]]);
    expect(find("USBD_STATUS_WINERR_FIXTURE_CRC").map((r) => [r[1], r[2]])).toEqual([["usbd", 0xc0000001]]);
    expect(find("USBD_STATUS_WINERR_FIXTURE_LONG_NAME").map((r) => [r[1], r[2], r[6]])).toEqual([["usbd", 0xc0000f00, 8]]);
  });

  it("reads dhcpsapi.h's ERROR_* as the dhcp family", () => {
    // fixture um/dhcpsapi.h lines 2 and 3.
    expect(find("ERROR_DHCP_WINERR_FIXTURE_REGISTRY_INIT_FAILED")).toEqual([["ERROR_DHCP_WINERR_FIXTURE_REGISTRY_INIT_FAILED", "dhcp", 0x4e20, null, "dhcpsapi.h", 0, 2, null]]);
    expect(find("ERROR_DDS_WINERR_FIXTURE_NO_DS_AVAILABLE").map((r) => [r[1], r[2]])).toEqual([["dhcp", 0x4e66]]);
  });

  it("reads PatchWiz.h-style return values in their family; the base others are computed from is a bound", () => {
    // fixture PatchWiz.h: ERROR_PCW_BASE 0xC00E5101, + 0x00 and + 0x01 (lines 5 and 6).
    expect(find("ERROR_PCW_WINERR_FIXTURE_ONE")).toEqual([["ERROR_PCW_WINERR_FIXTURE_ONE", "win32", 0xc00e5101, null, "PatchWiz.h", 0, 5, null]]);
    expect(find("ERROR_PCW_WINERR_FIXTURE_TWO").map((r) => r[2])).toEqual([0xc00e5102]);
    expect(find("ERROR_PCW_BASE")).toEqual([]);
    expect(result.scans[0]!.leftOut.filter((x) => x.name === "ERROR_PCW_BASE").map((x) => x.rule)).toEqual(["bound"]);
  });
});

describe("families of their own (docs/contracts.md, \"Families\")", () => {
  it("reads the API families by their header rules: enum members, plain defines, event ids with their text", () => {
    // Values as the fixture headers write them: Winldap.h enum 0x00, 0x31, next; errno.h 2, 2 + 1; LMErrlog.h 3100 + 0.
    expect(find("LDAP_WINERR_FIXTURE_SUCCESS").map((r) => r.slice(1, 3))).toEqual([["ldap", 0]]);
    expect(find("LDAP_WINERR_FIXTURE_BAD_CREDS").map((r) => r.slice(1, 3))).toEqual([["ldap", 0x31]]);
    expect(find("LDAP_WINERR_FIXTURE_NEXT").map((r) => r.slice(1, 3))).toEqual([["ldap", 0x32]]);
    // A define of winldap.h is an option, a port, a version: not a result code.
    expect(find("LDAP_WINERR_FIXTURE_OPTION")).toEqual([]);
    expect(find("EWINERRFIXTURE").map((r) => r.slice(1, 3))).toEqual([["errno", 2]]);
    expect(find("EWINERRFIXTURETOO").map((r) => r.slice(1, 3))).toEqual([["errno", 3]]);
    expect(find("_WINERR_FIXTURE_ERRNO_DEFINED")).toEqual([]);
    expect(find("NELOG_WinerrFixture_Error")).toEqual([["NELOG_WinerrFixture_Error", "event", 3100, "The fixture software failed.", "LMErrlog.h", 0, 4, null]]);
    expect(find("ERRLOG_BASE")).toEqual([]);
  });
});

describe("what is not an error code (README, \"What is not an error code\")", () => {
  const left = (name: string) => result.scans.flatMap((s) => s.leftOut).filter((x) => x.name === name).map((x) => x.rule);

  it("leaves out message-compiler boilerplate: severity names and the severity/facility preamble", () => {
    expect(find("WINERR_FIXTURE_STATUS_SEVERITY_WARNING")).toEqual([]);
    expect(find("WINERR_FIXTURE_STATUS_SEVERITY_SUCCESS")).toEqual([]);
    expect(find("WINERR_FIXTURE_SEV_ERROR")).toEqual([]);
    expect(find("WINERR_FIXTURE_FAC_SYSTEM")).toEqual([]);
    expect(left("WINERR_FIXTURE_SEV_ERROR")).toEqual(["mc-boilerplate"]);
    expect(find("WINERR_FIXTURE_STATUS_MINGW")[0]?.slice(1, 3)).toEqual(["ntstatus", 0xc0000099]);
    expect(find("WINERR_FIXTURE_MINGW_BUGCHECK")[0]?.slice(1, 3)).toEqual(["bugcheck", 0xd2]);
  });

  it("leaves out event-log categories (leading ids 1, 2, ... named category); event messages of that header are the event family", () => {
    expect(find("WINERR_FIXTURE_CATEGORY")).toEqual([]);
    expect(find("categoryWinerrFixture")).toEqual([]);
    expect(left("WINERR_FIXTURE_CATEGORY")).toEqual(["event-category"]);
    expect(find("EVT_WINERR_FIXTURE_STARTED").map((r) => r[1])).toEqual(["event"]);
    expect(left("EVT_WINERR_FIXTURE_STARTED")).toEqual([]);
    // Real codes stay: in the same header, a category name that is not leading, small leading ids without the word, events named outside such headers.
    expect(find("WINERR_FIXTURE_E_EVENTS_REAL")[0]?.slice(1, 4)).toEqual(["hresult", 0x87a10001, "A real error in an event-log message file."]);
    expect(find("WINERR_FIXTURE_LATE_CATEGORY")[0]?.slice(1, 3)).toEqual(["win32", 3]);
    expect(find("WINERR_FIXTURE_FP_TOO_HIGH")[0]?.slice(1, 4)).toEqual(["win32", 1, "Position your fixture lower."]);
    expect(find("EVENT_WINERR_FIXTURE_E_REAL")[0]?.slice(1, 3)).toEqual(["hresult", 0x87a20001]);
    expect(find("PENDING")).toHaveLength(1);
  });

  it("leaves out bounds unless the header gives them a MessageId block", () => {
    for (const n of ["WINERR_FIXTURE_E_LAST", "WINERR_FIXTURE_E_MIN", "WINERR_FIXTURE_E_BASECODE"]) {
      expect(find(n)).toEqual([]);
      expect(left(n)).toEqual(["bound"]);
    }
    expect(find("WINERR_FIXTURE_E_SOAP_BASE")[0]?.slice(1, 4)).toEqual(["hresult", 0x87a20100, "A range start the header gives its own text."]);
  });

  it("imports bugcodes.h's X_M defines (X with bit 28 set) as bug checks without a message", () => {
    expect(find("WINERR_FIXTURE_BUGCHECK_M")).toEqual([["WINERR_FIXTURE_BUGCHECK_M", "bugcheck", 0x100000d1, null, "bugcodes.h", 0, 11, null]]);
    expect(find("WINERR_FIXTURE_BUGCHECK_WRONG_M")).toEqual([]);
  });

  it("leaves out bugcodes.h display strings, also from the secondary source, and keeps other odd text", () => {
    expect(find("WINERR_FIXTURE_BANNER_STRING")).toEqual([]);
    expect(left("WINERR_FIXTURE_BANNER_STRING")).toEqual(["bugcodes-string"]);
    expect(result.merged.ruledOut.map((c) => [c.name, c.source])).toEqual([["WINERR_FIXTURE_BANNER_STRING", 1]]);
    expect(find("WINERR_FIXTURE_HELD_MUTEX")[0]?.slice(1, 3)).toEqual(["bugcheck", 0x4000008a]);
    expect(renderReport(result)).toContain("| WINERR_FIXTURE_HELD_MUTEX | 0x4000008A |");
  });

  it("leaves out defines cast to a type that is not an error-code type, and keeps code types", () => {
    expect(find("WINERR_FIXTURE_FP_TOO_FAST")).toEqual([]);
    expect(left("WINERR_FIXTURE_FP_TOO_FAST")).toEqual(["cast-type"]);
    expect(find("WINERR_FIXTURE_FP_DWORD")[0]?.slice(1, 4)).toEqual(["win32", 6, "A code cast to a plain integer type."]);
    expect(find("WINERR_FIXTURE_ISDSC_ERROR")[0]?.slice(1, 3)).toEqual(["hresult", 0xefff0001]);
    expect(renderReport(result)).toContain("| cast-type | 0 | um/fixturestrings.h | 1 | 0 | WINERR_FIXTURE_FP_TOO_FAST 0x00000005 |");
  });

  it("leaves out string-resource ids (IDS_*) that are not failure values, and keeps real success codes", () => {
    for (const n of ["IDS_WINERR_FIXTURE_FROM", "IDS_WINERR_FIXTURE_PARSE_ERR"]) {
      expect(find(n)).toEqual([]);
      expect(left(n)).toEqual(["string-id"]);
    }
    expect(find("IDS_WINERR_FIXTURE_E_FAILURE")[0]?.slice(1, 3)).toEqual(["hresult", 0x87a30001]);
    expect(find("WINERR_FIXTURE_S_PENDING")[0]?.slice(1, 4)).toEqual(["hresult", 0x00040200, "A real success code."]);
    expect(find("PENDING")[0]?.slice(1, 3)).toEqual(["win32", 600]);
  });

  it("reports a name one header defines twice with different values; the first is kept", () => {
    expect(find("WINERR_FIXTURE_E_TWICE").map((r) => r[2])).toEqual([0x87a00003]);
    const redefs = result.scans[0]!.redefined;
    expect(redefs).toEqual([
      { path: "um/fixtureother.h", name: "WINERR_FIXTURE_E_TWICE", kept: { line: 17, value: 0x87a00003, body: "_HRESULT_TYPEDEF_(0x87A00003L)" }, other: { line: 19, value: 0x87a00004, body: "_HRESULT_TYPEDEF_(0x87A00004L)" } },
    ]);
    expect(renderReport(result)).toContain("| 0 | um/fixtureother.h | WINERR_FIXTURE_E_TWICE | line 17: 0x87A00003 `_HRESULT_TYPEDEF_(0x87A00003L)` | line 19: 0x87A00004 `_HRESULT_TYPEDEF_(0x87A00004L)` |");
  });
});
