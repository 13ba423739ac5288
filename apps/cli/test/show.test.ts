import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { loadCatalog, pageOf, type CatalogFile, type Page } from "@winerr/core";
import { ShowResult } from "@winerr/core/page-schema";
import { describe, expect, it } from "vitest";
import { isAscii, lines, run } from "./run.js";

const require = createRequire(import.meta.url);
const catalog = loadCatalog(JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile);

type Shown = Page & { input: string; ok: boolean; otherMatches: { name: string }[] };
const json = (args: string[]) => {
  const r = run(["show", ...args, "--json"]);
  // Every result must fit the published contract (core's page-schema).
  const results = (JSON.parse(r.stdout) as unknown[]).map((x) => {
    ShowResult.parse(x);
    return x as Shown;
  });
  return { ...r, results };
};

describe("winerr show: the seed case", () => {
  // Windows SDK 10.0.28000.0, shared/winerror.h:26368-26395: 13856
  // ERROR_IPSEC_IKE_SRVQUERYCRED, 13857 ERROR_IPSEC_IKE_GETSPIFAIL, 13858
  // ERROR_IPSEC_IKE_INVALID_FILTER; HRESULT_FROM_WIN32(13857) = 0x80073621.
  it.each(["13857", "0x80073621", "ERROR_IPSEC_IKE_GETSPIFAIL"])("%s: the page of ERROR_IPSEC_IKE_GETSPIFAIL (--json)", (input) => {
    const { code, stderr, results } = json([input]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const [p] = results;
    expect(p?.input).toBe(input);
    expect(p?.entry.name).toBe("ERROR_IPSEC_IKE_GETSPIFAIL");
    expect(p?.guidance?.group).toMatch(/^win32-/);
    expect(p?.guidance?.label).toMatch(/not by Microsoft/);
    expect(p?.related).toContainEqual(expect.objectContaining({ name: "ERROR_IPSEC_IKE_SRVQUERYCRED", value: 13856, relation: "group-neighbour" }));
    expect(p?.related).toContainEqual(expect.objectContaining({ name: "ERROR_IPSEC_IKE_INVALID_FILTER", value: 13858, relation: "group-neighbour" }));
    expect(p?.conversions).toContainEqual(expect.objectContaining({ via: "HRESULT_FROM_WIN32", hex: "0x80073621" }));
    const text = JSON.stringify(p);
    expect(text).not.toContain("ERROR_IPSEC_IKE_NEGOTIATION_FAILED");
    expect(text).not.toContain("ERROR_IPSEC_KEYMAIN_NOT_FOUND");
  });

  it("JSON is core's page for the entry, plus the input; pure ASCII", () => {
    const r = run(["show", "13857", "--json"]);
    expect(isAscii(r.stdout)).toBe(true);
    const [p] = JSON.parse(r.stdout) as Shown[];
    const i = catalog.indexesOfName("ERROR_IPSEC_IKE_GETSPIFAIL")[0] as number;
    const { input, ok, otherMatches, ...page } = p as Shown;
    expect([input, ok]).toEqual(["13857", true]);
    expect(Array.isArray(otherMatches)).toBe(true);
    expect(page).toEqual(JSON.parse(JSON.stringify(pageOf(catalog, i))));
  });

  it("text: message, labelled guidance, conversions, related, questions, source", () => {
    const r = run(["show", "13857"]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^ERROR_IPSEC_IKE_GETSPIFAIL {2}win32 {2}0x00003621 {2}13857\n/);
    expect(out).toContain("Failed to obtain new SPI for the inbound SA from IPsec driver");
    expect(out).toContain("Guidance written by the WinErr authors, not by Microsoft");
    expect(out).toContain("HRESULT_FROM_WIN32(this) = 0x80073621");
    expect(out).toMatch(/ERROR_IPSEC_IKE_SRVQUERYCRED\s+win32\s+0x00003620\s+in its group/);
    expect(out).toContain("Questions");
    expect(out).toContain("winerror.h line 26377");
  });
});

describe("winerr show: other inputs", () => {
  it("several inputs, one page each, in order; negative numbers are inputs", () => {
    // ntstatus.h:2121 STATUS_ACCESS_VIOLATION 0xC0000005 = -1073741819 signed.
    const { code, results } = json(["-1073741819", "ERROR_ACCESS_DENIED"]);
    expect(code).toBe(0);
    expect(results.map((p) => p.entry.name)).toEqual(["STATUS_ACCESS_VIOLATION", "ERROR_ACCESS_DENIED"]);
  });

  it("a number no entry has: exit 1, entry null, one stderr line", () => {
    const r = run(["show", "0x7FFFFFF0", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ input: "0x7FFFFFF0", ok: true, value: 0x7ffffff0, hex: "0x7FFFFFF0", entry: null }]);
    expect(ShowResult.safeParse(JSON.parse(r.stdout)[0]).success).toBe(true);
    expect(lines(r.stderr)).toEqual(['winerr: "0x7FFFFFF0": no catalog entry has the value 0x7FFFFFF0']);
  });

  it("input not understood: exit 2, one line, no stack; --json still has its result", () => {
    const r = run(["show", "NOT_A_REAL_NAME_AT_ALL"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const j = run(["show", "NOT_A_REAL_NAME_AT_ALL", "--json"]);
    expect(ShowResult.parse((JSON.parse(j.stdout) as unknown[])[0])).toMatchObject({ ok: false, error: { code: "unknown-name" } });
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("no input is a usage error", () => {
    const r = run(["show"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it("--ndjson: one page per line", () => {
    const r = run(["show", "5", "0xC0000005", "--ndjson"]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => ShowResult.parse(JSON.parse(l)) as Shown);
    expect(out.map((p) => p.entry.name)).toEqual(["ERROR_ACCESS_DENIED", "STATUS_ACCESS_VIOLATION"]);
    expect(out[0]?.otherMatches.length).toBeGreaterThan(0);
  });

  it("--stdin: one result per non-blank line, in order (BOM and CRLF as decode reads them)", () => {
    const r = run(["show", "--stdin", "--ndjson"], { input: "\ufeff13857\r\n\r\nNOT_A_NAME_X\r\n0xC0000005\r\n" });
    expect(r.code).toBe(2);
    const out = lines(r.stdout).map((l) => ShowResult.parse(JSON.parse(l)));
    expect(out.map((x) => x.input)).toEqual(["13857", "NOT_A_NAME_X", "0xC0000005"]);
    expect(out.map((x) => x.ok)).toEqual([true, false, true]);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it("--stdin and arguments together is a usage error", () => {
    const r = run(["show", "--stdin", "13857"], { input: "5\n" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual(["winerr: give the inputs either as arguments or with --stdin, not both"]);
  });
});
