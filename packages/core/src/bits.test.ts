import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatHex, hresultBits, ntstatusBits, toSigned } from "./bits.js";

const names = {
  facilityNames: (table: "hresult" | "ntstatus", n: number) => [`${table}:${n}`],
};

describe("formatHex", () => {
  it.each([
    [0, "0x00000000"],
    [5, "0x00000005"],
    [0x80070005, "0x80070005"],
    [0xffffffff, "0xFFFFFFFF"],
    [-1, "0xFFFFFFFF"],
  ])("%d -> %s", (v, hex) => expect(formatHex(v)).toBe(hex));

  it("round-trips every 32-bit value", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (v) => Number.parseInt(formatHex(v).slice(2), 16) === v));
  });
});

describe("toSigned", () => {
  it("reads the same bits as int32", () => {
    expect(toSigned(0x80070005)).toBe(-2147024891);
    expect(toSigned(0xc0000005)).toBe(-1073741819);
    expect(toSigned(5)).toBe(5);
  });
});

describe("hresultBits", () => {
  it("reads 0x887A0005 as facility 2170 (FACILITY_DXGI, winerror.h:184), not 11-bit 0x7A", () => {
    const b = hresultBits(0x887a0005, names);
    expect(b.facility).toBe(2170);
    expect(b.facilityNames).toEqual(["hresult:2170"]);
    expect(b.severity).toBe("failure");
    expect(b.x).toBe(true); // bit 27 is also the facility's top bit
    expect(b.code).toBe(5);
  });

  it("reads 0x80070005 as a failure with FACILITY_WIN32 7 (winerror.h:66)", () => {
    expect(hresultBits(0x80070005)).toEqual({
      severity: "failure",
      reserved: false,
      customer: false,
      ntstatus: false,
      x: false,
      facility: 7,
      facilityNames: [],
      code: 5,
    });
  });

  it("tests N first: 0xD0000022 is HRESULT_FROM_NT (winerror.h:30428), facility from the NTSTATUS table", () => {
    const b = hresultBits(0xd0000022, names);
    expect(b.ntstatus).toBe(true);
    expect(b.reserved).toBe(true);
    expect(b.facility).toBe(0);
    expect(b.facilityNames).toEqual(["ntstatus:0"]);
  });

  it("matches HRESULT_FACILITY (winerror.h:30376) whenever N is clear", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (v) => {
        const b = hresultBits(v);
        const n = (v & 0x10000000) !== 0;
        return b.ntstatus === n && b.facility === (n ? (v >>> 16) & 0xfff : (v >>> 16) & 0x1fff) && b.code === (v & 0xffff);
      }),
    );
  });
});

describe("ntstatusBits", () => {
  it.each([
    [0x00000000, "success"],
    [0x40000000, "informational"],
    [0x80000005, "warning"],
    [0xc0000005, "error"],
  ] as const)("severity of %d is %s", (v, sev) => expect(ntstatusBits(v).severity).toBe(sev));

  it("reads C, N, 12-bit facility and code", () => {
    expect(ntstatusBits(0xf01c0001, names)).toEqual({
      severity: "error",
      customer: true,
      reserved: true,
      facility: 0x1c,
      facilityNames: ["ntstatus:28"],
      code: 1,
    });
  });
});
