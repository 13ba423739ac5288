import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runImport } from "./importer.js";
import { editDistance } from "./misspelled.js";
import { renderReport } from "./report.js";

const dir = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
const result = runImport({ root: dir("sdk"), source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } }, null);
const row = (name: string) => result.catalog.entries.find((r) => r[0] === name);

describe("misspelled MessageIds (test/fixtures/sdk/um/fixturemisspelled.h)", () => {
  it.each<[string, number, string]>([
    ["WINERR_FIXTURE_E_RECIPIENTS_LIMIT", 0x80040301, "The fixture recipient limit was reached."], // WinFax.h style: one letter apart
    ["WINERR_FIXTURE_E_HWFAILURE", 0x87a00312, "The fixture device reported a hardware failure."], // functiondiscoveryerror.h style: MessageId copied
    ["WINERR_FIXTURE_E_INVALID_SLICE_HEADERS", 0x87a00313, "The fixture slice headers are invalid."], // PlayReadyErrors.h style: Hex Value matches
  ])("%s takes the block's text", (name, value, text) => {
    expect(row(name)?.slice(2, 4)).toEqual([value, text]);
  });

  it("the define whose MessageId was copied keeps its own text", () => {
    expect(row("WINERR_FIXTURE_E_NOCONNECTION")?.[3]).toBe("The fixture device rejected the connection.");
  });

  it.each<[string, string]>([
    ["WINERR_FIXTURE_E_WRONG_HEX_CONTEN", "the block's Hex Value 0x87A00399 is not the define's"],
    ["WINERR_FIXTURE_E_LONELX", "WINERR_FIXTURE_E_LONELY is a define of the header without a block"],
    ["WINERR_FIXTURE_E_SPLITS", "code stands between the block and the define"],
    ["WINERR_FIXTURE_E_ELSEWHERE", "no evidence ties the block to the define"],
  ])("%s gets no text: %s", (name, reason) => {
    expect(row(name)?.[3]).toBeNull();
    expect(result.scans[0]?.misspelled.refused.find((r) => r.name === name)?.reason.startsWith(reason)).toBe(true);
  });

  it("REPORT.md lists each pairing with its evidence", () => {
    const report = renderReport(result);
    expect(report).toContain("Given the block's text: 3. Refused: 5.");
    expect(report).toContain("| 0 | um/fixturemisspelled.h | 14 | WINERR_FIXTURE_E_RECIPIENTS_LIMIT | WINERR_FIXTURE_E_RECIPIENT_LIMIT | 0x80040301 | edit-distance | 1 |");
    expect(report).toContain("| WINERR_FIXTURE_E_HWFAILURE | WINERR_FIXTURE_E_NOCONNECTION | 0x87A00312 | copied-id |");
    expect(report).toContain("| WINERR_FIXTURE_E_INVALID_SLICE_HEADERS | WINERR_FIXTURE_E_INVALID_CONTENT | 0x87A00313 | hex-value |");
  });
});

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["FAX_E_RECIPIENT_LIMIT", "FAX_E_RECIPIENTS_LIMIT", 1], // insertion
    ["MSPR_E_CMD_X", "MSPR_E_CDM_X", 1], // adjacent transposition
    ["ABC", "ABC", 0],
    ["", "AB", 2],
    ["KITTEN", "SITTING", 3],
  ])("%s / %s: %i", (a, b, n) => expect(editDistance(a, b)).toBe(n));
});
