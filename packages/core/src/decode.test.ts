import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decode, familyOrder } from "./decode.js";
import { DecodeResult } from "./result.js";
import { KINDS } from "./schema.js";
import { loadCatalog } from "./catalog.js";
import { realCatalog as catalog, realFile } from "../test/real-catalog.js";


describe("decode: real cases (expected name and message from the SDK headers)", () => {
  it.each([
    // winerror.h:26377, MessageText at winerror.h:26376
    ["13857", "ERROR_IPSEC_IKE_GETSPIFAIL", "win32", "exact", "Failed to obtain new SPI for the inbound SA from IPsec driver."],
    ["0x80073621", "ERROR_IPSEC_IKE_GETSPIFAIL", "win32", "HRESULT_FROM_WIN32", "Failed to obtain new SPI for the inbound SA from IPsec driver."],
    // ntstatus.h:2121, MessageText at ntstatus.h:2119
    ["-1073741819", "STATUS_ACCESS_VIOLATION", "ntstatus", "exact", "The instruction at 0x%p referenced memory at 0x%p."],
    ["0xC0000005", "STATUS_ACCESS_VIOLATION", "ntstatus", "exact", "The instruction at 0x%p referenced memory at 0x%p."],
    ["c0000005", "STATUS_ACCESS_VIOLATION", "ntstatus", "exact", "The instruction at 0x%p referenced memory at 0x%p."],
    // wuerror.h:1618, MessageText at wuerror.h:1616
    ["0x8024402C", "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", "hresult", "exact", "the proxy server or target server name cannot be resolved."],
    // ntstatus.h:2400 (HRESULT_FROM_NT, winerror.h:30428), MessageText at ntstatus.h:2398
    ["0xD0000022", "STATUS_ACCESS_DENIED", "ntstatus", "HRESULT_FROM_NT", "A process has requested access to an object"],
    // winerror.h:59801, MessageText at winerror.h:59799
    ["0x887A0005", "DXGI_ERROR_DEVICE_REMOVED", "hresult", "exact", "The GPU device instance has been suspended."],
    // winerror.h:30570 (E_ACCESSDENIED, the Win32 branch)
    ["0x80070005", "E_ACCESSDENIED", "hresult", "exact", null],
    ["-2147024891", "E_ACCESSDENIED", "hresult", "exact", null],
    ["2147942405", "E_ACCESSDENIED", "hresult", "exact", null],
    ["80070005", "E_ACCESSDENIED", "hresult", "exact", null],
    ["0xFFFFFFFF80070005", "E_ACCESSDENIED", "hresult", "exact", null],
    ["(0x80070005):", "E_ACCESSDENIED", "hresult", "exact", null],
    // winerror.h:279, MessageText at winerror.h:277
    ["5", "ERROR_ACCESS_DENIED", "win32", "exact", "Access is denied."],
    ["ERROR_ACCESS_DENIED", "ERROR_ACCESS_DENIED", "win32", "name", "Access is denied."],
    ["error_access_denied", "ERROR_ACCESS_DENIED", "win32", "name", "Access is denied."],
    ["=ERROR_ACCESS_DENIED", "ERROR_ACCESS_DENIED", "win32", "name", "Access is denied."],
    // winerror.h:10290, MessageText at winerror.h:10288
    ["1603", "ERROR_INSTALL_FAILURE", "win32", "exact", "Fatal error during installation."],
    // winerror.h:40140
    ["0x800F0203", "SPAPI_E_NO_DRIVER_SELECTED", "hresult", "exact", null],
    // winerror.h:43073
    ["0x801F0001", "ERROR_FLT_NO_HANDLER_DEFINED", "hresult", "exact", null],
    // ntstatus.h:6341
    ["0xC000021A", "STATUS_SYSTEM_PROCESS_TERMINATED", "ntstatus", "exact", null],
    // winerror.h:30561
    ["E_FAIL", "E_FAIL", "hresult", "name", null],
    // winerror.h:24803
    ["10013", "WSAEACCES", "win32", "exact", null],
    // bugcodes.h:2512
    ["0xEF", "CRITICAL_PROCESS_DIED", "bugcheck", "exact", null],
  ])("%s -> %s", (input, name, kind, via, message) => {
    const r = decode(catalog, input);
    expect(r.ok).toBe(true);
    expect(r.error).toBeUndefined();
    expect(r.matches[0]).toMatchObject({ name, kind, via });
    if (message !== null) expect(r.matches[0]?.message).toContain(message);
  });

  it.each([
    // HRESULT_FROM_WIN32 (winerror.h:30426) of winerror.h:279
    ["0x80070005", "ERROR_ACCESS_DENIED", "HRESULT_FROM_WIN32"],
    // HRESULT_FROM_SETUPAPI (winerror.h:40028) of SetupAPI.h:1861
    ["0x800F0203", "ERROR_NO_DRIVER_SELECTED", "HRESULT_FROM_SETUPAPI"],
    // FILTER_HRESULT_FROM_FLT_NTSTATUS (winerror.h:43056) of ntstatus.h:14967
    ["0x801F0001", "STATUS_FLT_NO_HANDLER_DEFINED", "FILTER_HRESULT_FROM_FLT_NTSTATUS"],
  ])("%s also unwraps to %s via %s", (input, name, via) => {
    const m = decode(catalog, input).matches;
    expect(m.findIndex((x) => x.name === name && x.via === via)).toBeGreaterThan(0);
  });

  it("ranks 5 as Win32 (winerror.h:279) before the bug check (bugcodes.h:193)", () => {
    const names = decode(catalog, "5").matches.map((m) => m.name);
    expect(names.indexOf("ERROR_ACCESS_DENIED")).toBe(0);
    expect(names.indexOf("INVALID_PROCESS_ATTACH_ATTEMPT")).toBeGreaterThan(0);
  });

  it("reads 0x887A0005 with facility 2170 named FACILITY_DXGI (winerror.h:184)", () => {
    const r = decode(catalog, "0x887A0005").readings[0];
    expect(r?.hresult.facility).toBe(2170);
    expect(r?.hresult.facilityNames).toContain("FACILITY_DXGI");
  });

  it("labels both readings of a digits-only input, likelier first", () => {
    const r = decode(catalog, "13857");
    expect(r.readings.map((x) => [x.as, x.hex])).toEqual([
      ["decimal", "0x00003621"],
      ["hex", "0x00013857"],
    ]);
    expect(r.value).toBe(13857);
    expect(r.matches.every((m) => m.reading === 0 || m.reading === 1)).toBe(true);
    expect(decode(catalog, "80070005").readings.map((x) => x.as)).toEqual(["hex", "decimal"]);
  });

  it("says when it corrected a sign-extended value", () => {
    expect(decode(catalog, "0xFFFFFFFF80070005").readings[0]?.note).toMatch(/sign-extended/);
  });

  it("keeps understood but unmatched numbers: ok, no matches, readings present", () => {
    // 0x2FFF0000: customer bit set, no header defines it.
    const r = decode(catalog, "0x2FFF0000");
    expect(r).toMatchObject({ ok: true, value: 0x2fff0000, hex: "0x2FFF0000", matches: [] });
    expect(r.readings).toHaveLength(1);
  });

  it("answers unknown names with unknown-name", () => {
    const r = decode(catalog, "ERROR_NOT_A_REAL_NAME_XYZ");
    expect(r).toMatchObject({ ok: false, value: null, matches: [], readings: [], error: { code: "unknown-name" } });
  });

  it("finds :PART substrings, exact name first", () => {
    const r = decode(catalog, ":IKE_GETSPIFAIL");
    expect(r.matches[0]).toMatchObject({ name: "ERROR_IPSEC_IKE_GETSPIFAIL", via: "name" });
  });

  it("limits :PART results and says how many were left out", () => {
    const r = decode(catalog, ":ERROR_", { limit: 10 });
    expect(r.matches).toHaveLength(10);
    expect(r.omitted).toBeGreaterThan(100);
  });

  it("exact =NAME does not ignore case", () => {
    expect(decode(catalog, "=error_access_denied").error?.code).toBe("unknown-name");
  });

  it("never lists an entry twice", () => {
    for (const input of ["0", "5", "13857", "80070005", "0x80070005", ":ACCESS_DENIED"]) {
      const keys = decode(catalog, input).matches.map((m) => `${m.name}|${m.kind}|${m.value}|${m.header}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("decode: aliases grouped under the entry they are defined as", () => {
  it("13: ERROR_INVALID_DATA first, DNS_ERROR_INVALID_DATA under it", () => {
    // winerror.h:351 ERROR_INVALID_DATA 13L; winerror.h:23336 #define DNS_ERROR_INVALID_DATA ERROR_INVALID_DATA
    const m = decode(catalog, "13").matches;
    expect(m[0]).toMatchObject({ name: "ERROR_INVALID_DATA", via: "exact" });
    expect(m[0]).not.toHaveProperty("aliasOf");
    expect(m[1]).toMatchObject({ name: "DNS_ERROR_INVALID_DATA", aliasOf: "ERROR_INVALID_DATA", under: 0 });
    // The bug check with the same value (bugcodes.h:265) comes after the group.
    expect(m[2]).toMatchObject({ name: "MUTEX_LEVEL_NUMBER_VIOLATION", kind: "bugcheck" });
  });

  it("a name input says what its entry is an alias of", () => {
    expect(decode(catalog, "DNS_ERROR_INVALID_DATA").matches[0]).toMatchObject({ via: "name", aliasOf: "ERROR_INVALID_DATA" });
  });

  // Every alias the catalog records, decoded by its own value.
  const aliases = catalog.rows.filter((r) => r[7] !== null);
  it.each(aliases.map((r) => [r[0], r[7], r[2]] as const))("%s (= %s) is shown under its entry, or ranks after every non-alias of its family", (name, of, value) => {
    const r = decode(catalog, "0x" + value.toString(16));
    const at = r.matches.findIndex((m) => m.name === name);
    const alias = r.matches[at];
    expect(alias?.aliasOf).toBe(of);
    if (alias?.under !== undefined) {
      const entry = r.matches[alias.under];
      expect(alias.under).toBeLessThan(at);
      expect(entry?.under).toBeUndefined();
      // The entry is the one it is defined as, or that one's own entry (aliases of aliases).
      expect(entry?.name === of || r.matches.some((m) => m.name === of && m.under === alias.under)).toBe(true);
      for (let k = alias.under + 1; k < at; k++) expect(r.matches[k]?.under).toBe(alias.under);
    } else {
      expect(r.matches.some((m) => m.name === of && m.reading === alias?.reading)).toBe(false);
    }
  });

  it("every under points at an earlier entry that is not itself under another", () => {
    for (let i = 0; i < catalog.size; i += 13) {
      const m = decode(catalog, "0x" + catalog.row(i)[2].toString(16)).matches;
      m.forEach((x, k) => {
        if (x.under === undefined) return;
        expect(x.under).toBeLessThan(k);
        expect(m[x.under]?.under).toBeUndefined();
      });
    }
  });
});

describe("decode: family-scoped input (family:value)", () => {
  it.each([
    // winerror.h:279; bugcodes.h:193 has INVALID_PROCESS_ATTACH_ATTEMPT = 5, left out in the win32 family
    ["win32:5", "win32", ["ERROR_ACCESS_DENIED"]],
    ["bugcheck:5", "bugcheck", ["INVALID_PROCESS_ATTACH_ATTEMPT"]],
    // bugcodes.h:1925
    ["bugcheck:0xD1", "bugcheck", ["DRIVER_IRQL_NOT_LESS_OR_EQUAL"]],
    // ntstatus.h:2121
    ["ntstatus:0xC0000005", "ntstatus", ["STATUS_ACCESS_VIOLATION"]],
    ["NTSTATUS:-1073741819", "ntstatus", ["STATUS_ACCESS_VIOLATION"]],
    // usb.h:291 USBD_STATUS_STALL_PID ((USBD_STATUS)0xC0000004L); unscoped, 0xC0000004 is STATUS_INFO_LENGTH_MISMATCH (ntstatus.h)
    ["usbd:0xC0000004", "usbd", ["USBD_STATUS_STALL_PID"]],
    // dhcpsapi.h:54 ERROR_DHCP_REGISTRY_INIT_FAILED 0x00004E20L
    ["dhcp:20000", "dhcp", ["ERROR_DHCP_REGISTRY_INIT_FAILED"]],
  ])("%s decodes in the %s family only", (input, family, first) => {
    const r = decode(catalog, input);
    expect(r).toMatchObject({ ok: true, family });
    expect(r.matches.map((m) => m.name).slice(0, first.length)).toEqual(first);
    expect(r.matches.every((m) => m.kind === family || m.via !== "exact")).toBe(true);
  });

  it("hresult:0x80070005 keeps HRESULT's own unwrap rules (HRESULT_FROM_WIN32, winerror.h:30426)", () => {
    const r = decode(catalog, "hresult:0x80070005");
    // E_ACCESSDENIED: winerror.h:30570; ERROR_ACCESS_DENIED: winerror.h:279
    expect(r.matches[0]).toMatchObject({ name: "E_ACCESSDENIED", kind: "hresult", via: "exact" });
    expect(r.matches.find((m) => m.name === "ERROR_ACCESS_DENIED")).toMatchObject({ kind: "win32", via: "HRESULT_FROM_WIN32" });
    expect(r.matches.every((m) => m.kind === "hresult" || m.via !== "exact")).toBe(true);
  });

  it("win32 has no unwrap rules: win32:0x80070005 is understood and matches nothing", () => {
    expect(decode(catalog, "win32:0x80070005")).toMatchObject({ ok: true, family: "win32", matches: [] });
    // Unscoped, the same number reaches ERROR_ACCESS_DENIED by HRESULT_FROM_WIN32.
    expect(decode(catalog, "0x80070005").matches.some((m) => m.name === "ERROR_ACCESS_DENIED")).toBe(true);
  });

  it("ntstatus keeps NTSTATUS_FROM_WIN32 and drops HRESULT_FROM_NT", () => {
    // 0xC0070005 = NTSTATUS_FROM_WIN32(ERROR_ACCESS_DENIED) (winerror.h); 0xD0000022 = HRESULT_FROM_NT(STATUS_ACCESS_DENIED)
    expect(decode(catalog, "ntstatus:0xC0070005").matches[0]).toMatchObject({ name: "ERROR_ACCESS_DENIED", via: "NTSTATUS_FROM_WIN32" });
    expect(decode(catalog, "ntstatus:0xD0000022").matches).toEqual([]);
    expect(decode(catalog, "hresult:0xD0000022").matches[0]).toMatchObject({ name: "STATUS_ACCESS_DENIED", via: "HRESULT_FROM_NT" });
  });

  it("scopes names too", () => {
    expect(decode(catalog, "win32:ERROR_ACCESS_DENIED").matches.map((m) => m.name)).toEqual(["ERROR_ACCESS_DENIED"]);
    expect(decode(catalog, "ntstatus:ERROR_ACCESS_DENIED")).toMatchObject({ ok: false, error: { code: "unknown-name" } });
    expect(decode(catalog, "bugcheck::ACCESS").matches.every((m) => m.kind === "bugcheck")).toBe(true);
  });

  it("an unknown family is not understood, and the message lists the families", () => {
    const r = decode(catalog, "nosuch:5");
    expect(r).toMatchObject({ ok: false, error: { code: "unknown-family" } });
    for (const k of KINDS) expect(r.error?.message).toContain(k);
  });

  it("every family of the Kind enum is accepted", () => {
    for (const k of KINDS) expect(decode(catalog, `${k}:0`)).toMatchObject({ ok: true, family: k });
  });
});

describe("decode: contract", () => {
  it("returns results that satisfy the DecodeResult schema", () => {
    for (const input of ["13857", "0x80073621", "E_FAIL", ":IKE", "", "x".repeat(20000), "0x1FFFFFFFF", "nope_nope"]) {
      expect(() => DecodeResult.parse(decode(catalog, input))).not.toThrow();
    }
  });

  it.each([
    ["", "empty"],
    ["x".repeat(20000), "too-long"],
    ["4294967296", "out-of-range"],
    ["-2147483649", "out-of-range"],
    ["0x1FFFFFFFF", "out-of-range"],
    ["🙂", "not-a-number"],
    ["`rm -rf`; $(x) | y > z", "not-a-number"],
    ["\u0000", "not-a-number"],
    ["\ud83d", "not-a-number"],
  ])("hostile input %# gives ok:false with %s", (input, code) => {
    const r = decode(catalog, input);
    expect(r).toMatchObject({ ok: false, value: null, hex: null, signed: null, readings: [], matches: [], error: { code } });
    expect(r.error?.message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it("no string makes decode throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[-=:(0xX&H]{0,3}[0-9a-fA-F_A-Z]{0,20}[):,.]{0,2}$/)), (s) => {
        const r = decode(catalog, s);
        return r.ok ? r.readings.length > 0 : r.error !== undefined;
      }),
      { numRuns: 1000 },
    );
  });

  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  it("every 32-bit number decodes as 0x hex to a reading with that value, and hex round-trips", () => {
    fc.assert(
      fc.property(u32, (v) => {
        const r = decode(catalog, "0x" + v.toString(16));
        return r.ok && r.value === v && r.readings[0]?.value === v && Number.parseInt((r.hex as string).slice(2), 16) === v && decode(catalog, r.hex as string).value === v;
      }),
    );
  });

  it("every 32-bit number decodes as decimal to a reading with that value", () => {
    fc.assert(fc.property(u32, (v) => decode(catalog, String(v)).readings.some((r) => r.as === "decimal" && r.value === v && r.signed === (v | 0))));
  });

  it("every negative int32 decodes to its unsigned bits", () => {
    fc.assert(fc.property(fc.integer({ min: -0x80000000, max: -1 }), (s) => decode(catalog, String(s)).value === s >>> 0));
  });

  // Values drawn from the catalog: a uniform 32-bit value has a match about once in 100,000 draws.
  // Each is a catalog entry's value, or that value as HRESULT_FROM_WIN32 / HRESULT_FROM_NT build it (winerror.h).
  const row = fc.nat({ max: catalog.size - 1 });
  const catalogValue = fc.oneof(
    row.map((i) => catalog.valueOf(i) >>> 0),
    row.map((i) => (0x80070000 | (catalog.valueOf(i) & 0xffff)) >>> 0),
    row.map((i) => (catalog.valueOf(i) | 0x10000000) >>> 0),
  );
  const rowsWith = (v: number) => catalog.rows.filter((r) => r[2] >>> 0 === v);

  it("every match of a catalog value is a catalog entry, and its hex is its value", () => {
    fc.assert(
      fc.property(catalogValue, (v) => {
        for (const m of decode(catalog, "0x" + v.toString(16)).matches) {
          expect(Number.parseInt(m.hex.slice(2), 16)).toBe(m.value);
          expect(rowsWith(m.value).some((x) => x[0] === m.name && x[1] === m.kind && x[4] === m.header)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every entry with the value read is a match, reached exactly", () => {
    fc.assert(
      fc.property(row, (i) => {
        const v = catalog.valueOf(i) >>> 0;
        const exact = decode(catalog, "0x" + v.toString(16)).matches.filter((m) => m.via === "exact");
        expect(exact.map((m) => `${m.kind} ${m.name} ${m.header}`).sort()).toEqual(rowsWith(v).map((x) => `${x[1]} ${x[0]} ${x[4]}`).sort());
      }),
      { numRuns: 300 },
    );
  });
});

// decode keeps a plan per value and per whole name once a catalog is in
// steady use (decode.ts, PlanCache, State). A cold catalog (a fresh Catalog
// per input: linear scans, nothing kept) gives the reference answer here;
// the expected names themselves are the table tests' above.
describe("decode: answers kept per value and name", () => {
  const inputsOf = (step: number) => {
    // `=name` matches the exact case only: "=e_fail" is unknown, "e_fail" is E_FAIL (kept apart).
    const out: string[] = ["80070005", "13857", "10000000", "0xFFFFFFFF80070005", "-0x7FF8FFFB", "=E_FAIL", "e_fail", "=e_fail", "error_access_denied", "=error_access_denied"];
    for (let i = 0; i < catalog.size; i += step) {
      const [name, kind, value] = catalog.row(i);
      out.push("0x" + value.toString(16), String(value), String(value | 0), name, name.toLowerCase());
      if (kind === "win32" && value < 0x10000) out.push("0x" + ((0x80070000 | value) >>> 0).toString(16));
    }
    return out;
  };
  const cold = (input: string) => JSON.stringify(decode(loadCatalog(realFile), input));

  it("a kept answer is the cold catalog's answer", () => {
    const warm = loadCatalog(realFile);
    const inputs = inputsOf(409);
    const expected = inputs.map(cold);
    for (let round = 0; round < 3; round++) expect(inputs.map((x) => JSON.stringify(decode(warm, x)))).toEqual(expected);
  });

  it("answers share no objects: changing one result leaves the next the same", () => {
    const warm = loadCatalog(realFile);
    for (const input of ["0x80070005", "80070005", "ERROR_ACCESS_DENIED", "error_access_denied"]) {
      for (let i = 0; i < 20; i++) decode(warm, input);
      const first = decode(warm, input);
      const pristine = JSON.stringify(first);
      (first.matches[0] as { name: string }).name = "changed";
      (first.readings[0] as { hex: string }).hex = "changed";
      first.readings[0]!.hresult.facility = -1;
      first.matches.length = 0;
      expect(JSON.stringify(decode(warm, input))).toBe(pristine);
    }
  });

  it("answers stay right after more distinct values than are kept (the kept plans are dropped and refilled)", () => {
    const warm = loadCatalog(realFile);
    // Values with matches: the catalog's, and their HRESULT_FROM_WIN32, NTSTATUS_FROM_WIN32 and HRESULT_FROM_NT forms (winerror.h, ntstatus.h).
    const values = new Set<number>();
    for (const r of catalog.rows) for (const v of [r[2], 0x80070000 | (r[2] & 0xffff), 0xc0070000 | (r[2] & 0xffff), r[2] | 0x10000000]) values.add(v >>> 0);
    const inputs: string[] = [];
    for (const v of values) {
      const input = "0x" + v.toString(16);
      // A plan is kept the second time its value is decoded.
      if (decode(warm, input).matches.length > 0 && decode(warm, input) && inputs.push(input) >= 33000) break;
    }
    expect(inputs.length).toBe(33000); // more than the 32,768 plans kept
    for (let i = 0; i < inputs.length; i += 1399) expect(JSON.stringify(decode(warm, inputs[i] as string))).toBe(cold(inputs[i] as string));
    for (const input of inputsOf(2003)) expect(JSON.stringify(decode(warm, input))).toBe(cold(input));
  });
});

describe("familyOrder", () => {
  it.each([
    [5, ["win32", "bugcheck"]],
    [0x80070005, ["hresult"]],
    [0xc0000005, ["ntstatus"]],
    [0xd0000022, ["hresult"]],
    [0x40000000, ["ntstatus"]],
    [0xe0000203, ["win32"]],
  ])("natural families of %d", (v, natural) => {
    const o = familyOrder(v);
    expect(o.kinds.slice(0, o.natural)).toEqual(natural);
    expect([...o.kinds].sort()).toEqual(["bugcheck", "hresult", "ntstatus", "win32"]);
  });
});
