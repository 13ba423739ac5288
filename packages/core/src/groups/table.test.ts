import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realCatalog as catalog, tinyFile } from "../../test/real-catalog.js";
import { loadCatalog } from "../catalog.js";
import { groupOf } from "../group-of.js";
import { assignmentTsv, checkGuidance, urlProblem } from "../guidance-check.js";
import { GROUPS, TOOLS } from "./index.js";
import { matchingRules } from "./match.js";
import type { GroupRule } from "./types.js";

const keyOf = (i: number) => ({ name: catalog.nameOf(i), kind: catalog.kindOf(i), value: catalog.valueOf(i), header: catalog.headerOf(i) });
let checked: ReturnType<typeof checkGuidance> | undefined;
const report = () => (checked ??= checkGuidance(catalog, { rules: GROUPS, tools: TOOLS }));

describe("the reviewed group table (the guidance check of src/guidance-check.ts)", () => {
  it("passes the check against the committed catalog", () => {
    expect(report().errors).toEqual([]);
  });

  it("covers every entry of the Win32 family and at least 98% of each other family's reviewed headers", () => {
    for (const c of report().coverage) expect(c.reviewedGrouped / c.reviewed, c.kind).toBeGreaterThanOrEqual(c.kind === "win32" ? 1 : 0.98);
  });

  it("data/guidance/assignment.tsv is current (else: pnpm --filter @winerr/core run guidance-assignment)", () => {
    const committed = readFileSync(new URL("../../data/guidance/assignment.tsv", import.meta.url), "utf8");
    expect(committed === assignmentTsv(catalog, GROUPS, report().assignment), "stale: run pnpm --filter @winerr/core run guidance-assignment").toBe(true);
  });
});

// Each check must fire: small real catalogs and rules built to break one rule each.
describe("the guidance check finds", () => {
  // Real rows (Windows SDK 10.0.28000.0 winerror.h): ERROR_FILE_NOT_FOUND 2L, ERROR_ACCESS_DENIED 5L.
  const tiny = loadCatalog(tinyFile(["ERROR_FILE_NOT_FOUND", "ERROR_ACCESS_DENIED"]));
  const tool = { id: "event-viewer", name: "Event Viewer", what: "Shows logs.", doc: "https://learn.microsoft.com/x" };
  const rule = (over: Partial<GroupRule>): GroupRule => ({
    id: "win32-a",
    title: "A",
    kind: "win32",
    headers: ["winerror.h"],
    priority: 0,
    guidance: { component: "c", meaning: "m", when: "w", check: "k", tools: ["event-viewer"], refs: ["https://learn.microsoft.com/y"] },
    ...over,
  });
  const errors = (rules: GroupRule[], tools = [tool]) => checkGuidance(tiny, { rules, tools }).errors;

  it("nothing wrong in a clean table", () => expect(errors([rule({})])).toEqual([]));
  it("a tie at the top priority", () => expect(errors([rule({}), rule({ id: "win32-b" })]).filter((e) => e.startsWith("tie:"))).toHaveLength(2));
  it("a rule that matches nothing", () => expect(errors([rule({}), rule({ id: "win32-b", priority: 10, range: [100, 200] })])).toEqual(["win32-b: matches no entry"]));
  it("a rule that wins nothing", () => expect(errors([rule({}), rule({ id: "win32-b", priority: 10 })])).toEqual(["win32-a: wins no entry (its 2 are taken by win32-b)"]));
  it("an unknown and an unused tool", () =>
    expect(errors([rule({ guidance: { ...rule({}).guidance, tools: ["no-such-tool"] } })])).toEqual(["win32-a: tool no-such-tool is not in tools.json", "tool event-viewer is named by no group"]));
  it("a malformed reference and tool page", () => {
    expect(errors([rule({ guidance: { ...rule({}).guidance, refs: ["http://learn.microsoft.com/y"] } })])).toEqual(['win32-a: ref "http://learn.microsoft.com/y" is not https']);
    expect(errors([rule({})], [{ ...tool, doc: "https://localhost/x" }])).toEqual(['tool event-viewer: doc "https://localhost/x" has no domain name']);
  });
  it("prose naming a catalog entry or a code", () =>
    expect(errors([rule({ guidance: { ...rule({}).guidance, meaning: "Like ERROR_ACCESS_DENIED, or 0x80070005." } })])).toEqual([
      "win32-a: meaning names the catalog entry ERROR_ACCESS_DENIED",
      "win32-a: meaning names the code 0x80070005",
    ]));
  it("a header the catalog lacks, and ungrouped low Win32 codes and coverage below the floor", () =>
    expect(errors([rule({ headers: ["lmerr.h", "winerror.h"], range: [5, 5] })])).toEqual([
      "win32-a: the catalog has no win32 entry from lmerr.h",
      "Win32 codes below 16000 without a group: ERROR_FILE_NOT_FOUND (winerror.h)",
      "win32: groups cover 50.00% of the entries of reviewed headers, below the floor of 99%",
    ]));
  it("only a note for entries of headers no rule names", () => {
    const r = checkGuidance(tiny, { rules: [], tools: [] });
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual(["win32: no rules yet; its 2 entries have no group"]);
  });
  it("URL problems", () => {
    expect(urlProblem("https://learn.microsoft.com/a b")).toBe("contains white space");
    expect(urlProblem("learn.microsoft.com/a")).toBe("does not parse as a URL");
    expect(urlProblem("https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes")).toBeNull();
  });
});

describe("overlaps resolved by priority (pinned: each entry below is selected by every listed rule)", () => {
  // name, kind, then the matching groups from the winner down. Entries
  // (Windows SDK 10.0.28000.0): winerror.h:1081 ERROR_MOD_NOT_FOUND 126L;
  // RasError.h:650 ERROR_AUTHENTICATION_FAILURE (691); winerror.h:30662
  // E_PENDING 0x8000000A; vsserror.h:271 VSS_E_WRITER_INFRASTRUCTURE
  // 0x80042318; ntstatus.h:2121 STATUS_ACCESS_VIOLATION 0xC0000005;
  // bugcodes.h:454 FILE_SYSTEM 0x22.
  it.each([
    ["ERROR_MOD_NOT_FOUND", "win32", ["win32-module-load", "win32-base-services", "win32-system-other"]],
    ["ERROR_AUTHENTICATION_FAILURE", "win32", ["win32-ras-auth", "win32-ras-device", "win32-ras"]],
    ["E_PENDING", "hresult", ["hresult-winrt-core", "hresult-com-core"]],
    ["VSS_E_WRITER_INFRASTRUCTURE", "hresult", ["hresult-vss-writer", "hresult-vss"]],
    ["STATUS_ACCESS_VIOLATION", "ntstatus", ["ntstatus-exceptions", "ntstatus-general-errors", "ntstatus-other"]],
    ["FILE_SYSTEM", "bugcheck", ["bugcheck-file-systems-storage", "bugcheck-general"]],
  ] as const)("%s (%s)", (name, kind, ids) => {
    const i = catalog.indexesOfName(name).find((j) => catalog.kindOf(j) === kind) as number;
    expect(matchingRules(GROUPS, keyOf(i)).map((r) => r.id)).toEqual(ids);
    expect(groupOf(catalog, i)?.id).toBe(ids[0]);
  });
});
