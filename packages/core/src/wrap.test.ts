import { describe, expect, it } from "vitest";
import { realCatalog } from "../test/real-catalog.js";
import { unwrap } from "./unwrap.js";
import { wrap } from "./wrap.js";

describe("wrap", () => {
  it("every wrapped catalog value unwraps back to the entry's value", () => {
    let checked = 0;
    for (const [, kind, value] of realCatalog.rows) {
      for (const w of wrap(kind, value)) {
        expect(unwrap(w.value)).toContainEqual({ via: w.via, kind, value });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("wraps a Win32 code into the HRESULT and NTSTATUS families, HRESULTs not at all", () => {
    const w32 = realCatalog.rows.find((r) => r[1] === "win32" && r[2] > 0 && r[2] <= 0xffff);
    expect(w32).toBeDefined();
    const [, , v] = w32!;
    expect(wrap("win32", v).map((w) => [w.via, w.kind, w.value >>> 16, w.value & 0xffff])).toEqual([
      ["HRESULT_FROM_WIN32", "hresult", 0x8007, v],
      ["NTSTATUS_FROM_WIN32", "ntstatus", 0xc007, v],
    ]);
    expect(wrap("win32", 0)).toEqual([]);
    const hr = realCatalog.rows.find((r) => r[1] === "hresult");
    expect(wrap("hresult", hr![2])).toEqual([]);
  });

  it("sets the N bit of an NTSTATUS, once", () => {
    const nt = realCatalog.rows.find((r) => r[1] === "ntstatus" && (r[2] & 0x10000000) === 0);
    const [w] = wrap("ntstatus", nt![2]);
    expect(w).toEqual({ via: "HRESULT_FROM_NT", kind: "hresult", value: (nt![2] | 0x10000000) >>> 0 });
    expect(wrap("ntstatus", w!.value)).toEqual([]);
  });
});
