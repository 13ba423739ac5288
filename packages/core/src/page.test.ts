import { describe, expect, it } from "vitest";
import { realCatalog as catalog } from "../test/real-catalog.js";
import { pageOf } from "./page.js";
import { PageSchema } from "./page-schema.js";

const row = (name: string, kind: string) => {
  const i = catalog.indexesOfName(name).find((j) => catalog.kindOf(j) === kind);
  if (i === undefined) throw new Error(`${name} is not in the catalog`);
  return i;
};

describe("pageOf", () => {
  // Windows SDK 10.0.28000.0, shared/winerror.h:26377: ERROR_IPSEC_IKE_GETSPIFAIL 13857L.
  const seed = pageOf(catalog, row("ERROR_IPSEC_IKE_GETSPIFAIL", "win32"));

  it("gives the seed its HRESULT and NTSTATUS forms (winerror.h HRESULT_FROM_WIN32, NTSTATUS_FROM_WIN32)", () => {
    expect(seed.conversions).toContainEqual(expect.objectContaining({ via: "HRESULT_FROM_WIN32", direction: "to", kind: "hresult", value: 0x80073621, hex: "0x80073621" }));
    expect(seed.conversions).toContainEqual(expect.objectContaining({ via: "NTSTATUS_FROM_WIN32", direction: "to", kind: "ntstatus", hex: "0xC0073621" }));
    expect(seed.questions.map((q) => q.answer).join("\n")).toContain("HRESULT_FROM_WIN32(13857) = 0x80073621");
  });

  it("labels guidance as ours and names its group", () => {
    // The label is our contract with the reader (README, "Reference pages"), stated here in full.
    expect(seed.guidance?.label).toBe("Guidance written by the WinErr authors, not by Microsoft; check it against the references.");
    // data/guidance/assignment.tsv: win32 0x00003621 ERROR_IPSEC_IKE_GETSPIFAIL winerror.h win32-ipsec-ike.
    expect(seed.guidance?.group).toBe("win32-ipsec-ike");
    expect(seed.guidance?.refs.length).toBeGreaterThan(0);
  });

  it("keeps the official message as the header has it, apart from the guidance", () => {
    expect(seed.entry.message).toBe(catalog.messageOf(row("ERROR_IPSEC_IKE_GETSPIFAIL", "win32")));
    expect(seed.provenance).toEqual({ header: "winerror.h", line: 26377, source: seed.entry.source.name, version: seed.entry.source.version, catalogDate: catalog.buildDate });
  });

  it("shows only related names that exist in the catalog with the value shown", () => {
    for (const name of ["ERROR_IPSEC_IKE_GETSPIFAIL", "ERROR_ACCESS_DENIED", "STATUS_ACCESS_VIOLATION"]) {
      const kind = name.startsWith("STATUS_") ? "ntstatus" : "win32";
      const p = pageOf(catalog, row(name, kind));
      for (const r of p.related) {
        const there = catalog.indexesOfName(r.name).filter((j) => catalog.kindOf(j) === r.kind && catalog.valueOf(j) === r.value);
        expect(there.length, `${r.name} ${r.hex}`).toBeGreaterThan(0);
      }
      for (const c of p.conversions) for (const n of c.names) expect(catalog.byName(n).some((e) => e.value === c.value)).toBe(true);
    }
  });

  it("says what else a number can mean: 5 is ERROR_ACCESS_DENIED and also a bug check (bugcodes.h)", () => {
    const p = pageOf(catalog, row("ERROR_ACCESS_DENIED", "win32"));
    const other = p.related.filter((r) => r.relation === "same-value");
    expect(other.length).toBeGreaterThan(0);
    for (const o of other) {
      expect(o.value).toBe(5);
      expect(o.kind).not.toBe("win32");
    }
  });

  it("answers whether it is an error from the severity bits", () => {
    // ntstatus.h:2121 STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L): severity 3, error.
    const nt = pageOf(catalog, row("STATUS_ACCESS_VIOLATION", "ntstatus"));
    expect(nt.questions.find((q) => q.question.startsWith("Is "))?.answer).toMatch(/say error/);
    // winerror.h:30570 E_ACCESSDENIED _HRESULT_TYPEDEF_(0x80070005L): bit 31 set.
    const hr = pageOf(catalog, row("E_ACCESSDENIED", "hresult"));
    expect(hr.questions.find((q) => q.question.startsWith("Is "))?.answer).toMatch(/^Yes/);
    expect(hr.conversions).toContainEqual(expect.objectContaining({ via: "HRESULT_FROM_WIN32", direction: "from", value: 5, names: expect.arrayContaining(["ERROR_ACCESS_DENIED"]) }));
  });

  it("matches its zod schema (the JSON contract of winerr show), for any entry, with no field the schema lacks", () => {
    for (let i = 0; i < catalog.size; i += 97) {
      const json = JSON.parse(JSON.stringify(pageOf(catalog, i))) as unknown;
      const parsed = PageSchema.safeParse(json);
      expect(parsed.success, `${catalog.nameOf(i)}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(parsed.data).toEqual(json);
    }
  });
});
