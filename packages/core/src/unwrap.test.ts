import { describe, expect, it } from "vitest";
import { unwrap } from "./unwrap.js";

// Macros: winerror.h:30426 HRESULT_FROM_WIN32, ntstatus.h:28089 NTSTATUS_FROM_WIN32,
// winerror.h:30428 HRESULT_FROM_NT, winerror.h:40028 HRESULT_FROM_SETUPAPI,
// winerror.h:43056 FILTER_HRESULT_FROM_FLT_NTSTATUS.
describe("unwrap", () => {
  it.each([
    [0x80073621, [{ via: "HRESULT_FROM_WIN32", kind: "win32", value: 13857 }]],
    [0xc0070005, [{ via: "NTSTATUS_FROM_WIN32", kind: "win32", value: 5 }]],
    [0xd0000022, [{ via: "HRESULT_FROM_NT", kind: "ntstatus", value: 0xc0000022 }]],
    [0x800f0200, [{ via: "HRESULT_FROM_SETUPAPI", kind: "win32", value: 0xe0000200 }]],
    [0x801f0001, [{ via: "FILTER_HRESULT_FROM_FLT_NTSTATUS", kind: "ntstatus", value: 0xc01c0001 }]],
    [0xc0000005, []],
    [5, []],
  ])("unwraps %d", (v, expected) => expect(unwrap(v)).toEqual(expected));

  it("each rule inverts its macro", () => {
    for (const x of [1, 5, 13857, 0xffff]) {
      const hr = ((x & 0xffff) | (7 << 16) | 0x80000000) >>> 0;
      expect(unwrap(hr)).toContainEqual({ via: "HRESULT_FROM_WIN32", kind: "win32", value: x });
      const nt = ((x & 0xffff) | (7 << 16) | 0xc0000000) >>> 0;
      expect(unwrap(nt)).toContainEqual({ via: "NTSTATUS_FROM_WIN32", kind: "win32", value: x });
      const sp = (0xe0000000 | x) >>> 0;
      expect(unwrap(((sp & 0xffff) | (15 << 16) | 0x80000000) >>> 0)).toContainEqual({ via: "HRESULT_FROM_SETUPAPI", kind: "win32", value: sp });
      const flt = (0xc01c0000 | x) >>> 0;
      expect(unwrap((((flt & 0x8000ffff) | (31 << 16)) >>> 0) >>> 0)).toContainEqual({
        via: "FILTER_HRESULT_FROM_FLT_NTSTATUS",
        kind: "ntstatus",
        value: flt,
      });
      const s = (0xc0000000 | x) >>> 0;
      expect(unwrap((s | 0x10000000) >>> 0)).toContainEqual({ via: "HRESULT_FROM_NT", kind: "ntstatus", value: s });
    }
  });
});
