import { describe, expect, it } from "vitest";
import { scanLine } from "./scan.js";

const found = (line: string) => scanLine(line).map((h) => [h.how, h.text, h.column]);

describe("scanLine", () => {
  it.each([
    ["Installation failed: error 1603.", [["keyword", "1603", 28]]],
    ["Process exit code -1073741819", [["negative", "-1073741819", 19]]],
    ["exit code 5", [["keyword", "5", 11]]],
    ["error code: 5", [["keyword", "5", 13]]],
    ["Status=259 after retry", [["keyword", "259", 8]]],
    ["HRESULT -2147024891", [["negative", "-2147024891", 9]]],
    ["hr=0x80070005 (something)", [["hex", "0x80070005", 4]]],
    ["(0xC0000005) at &H1F", [["hex", "0xC0000005", 2], ["hex", "&H1F", 17]]],
    ["rax=0xFFFFFFFF80070005", [["hex", "0xFFFFFFFF80070005", 5]]],
    ["ptr 0x00007ff6a1b2c3d4 size 12", []],
    ["range -5 to -100000, date 2024-01-02", []],
    ["value -268435455 is too small to be a code", []],
    ["value -268435456", [["negative", "-268435456", 7]]],
    ["version 10.0.19045.1603", []],
    ["0xZZ id0x5 x0x5", []],
    ["", []],
  ])("%j", (line, expected) => expect(found(line)).toEqual(expected));

  it("gives offsets that point at the text", () => {
    const line = "a 0x5 b error 42";
    for (const h of scanLine(line)) expect(line.slice(h.start, h.start + h.length)).toBe(h.text);
  });

  it("copes with long hostile lines", () => {
    expect(() => scanLine("\u0000\ud800".repeat(50000) + " error 5")).not.toThrow();
  });
});

describe("scanLine with the catalog", async () => {
  const { realCatalog } = await import("../test/real-catalog.js");
  // Names per winerror.h:279, winerror.h:30561, winerror.h:24803, ntstatus.h:2121.
  it.each([
    ["failed: ERROR_ACCESS_DENIED (5)", [["name", "ERROR_ACCESS_DENIED"]]],
    ["hr = E_FAIL", [["name", "E_FAIL"]]],
    ["socket WSAEACCES", [["name", "WSAEACCES"]]],
    ["STATUS_ACCESS_VIOLATION at 0x7FF6", [["name", "STATUS_ACCESS_VIOLATION"], ["hex", "0x7FF6"]]],
    ["MY_OWN_CONSTANT and PENDING and Error", []],
  ])("%s", (line, expected) => {
    expect(scanLine(line, realCatalog).map((h) => [h.how, h.text])).toEqual(expected);
  });
});

describe("scanLine's fast paths (prefilter, name pass only with _ or WSA)", async () => {
  const { default: fc } = await import("fast-check");
  const { realCatalog, realFile } = await import("../test/real-catalog.js");
  // Names from the catalog: with an underscore, and Winsock's WSA* form.
  const names = realFile.entries.map((r) => r[0]);
  const picked = [...names.filter((n) => n.includes("_")).filter((_, i) => i % 97 === 0).slice(0, 20), ...names.filter((n) => /^WSA[A-Z0-9]{3,}$/.test(n)).slice(0, 5)];
  const hex = (n: number) => n.toString(16);
  const nameish = [...picked, ...picked.map((n) => n.toLowerCase())];
  const pieces = [
    "0x", "0X", "&H", "&h", "-", ".", "_", "=", ":", "#", " ", "\t", "is ", "was ", "WSA", "wsa",
    "error", "ERROR", "err", "status", "Status", "hresult", "HR", "rc", "code", "exit code", "last_error", "errorlevel",
    hex(0x80070000), hex(0xc0000000), "ffffffff", "1", "12", "999999999", "2147483648", "4294967296", "a", "Z", "x",
  ];
  const piece = fc.oneof({ arbitrary: fc.constantFrom(...nameish), weight: 1 }, { arbitrary: fc.constantFrom(...pieces), weight: 6 });
  const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));

  it("give the hits the full rules give (a leading '_ ' forces every pass and moves columns by 2)", () => {
    fc.assert(
      fc.property(line, (l) => {
        const direct = scanLine(l, realCatalog).map((h) => [h.how, h.text, h.start]);
        const forced = scanLine("_ " + l, realCatalog).map((h) => [h.how, h.text, h.start - 2]);
        expect(direct).toEqual(forced);
      }),
      { numRuns: 5000 },
    );
  });

  it("a line the rules find something in is never skipped", () => {
    fc.assert(
      fc.property(line, (l) => {
        if (scanLine("_ " + l, realCatalog).length > 0) expect(scanLine(l, realCatalog).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
