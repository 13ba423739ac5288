import { describe, expect, it } from "vitest";
import { realCatalog as catalog } from "../../test/real-catalog.js";
import { groupMembers, groupOf, withGuidanceCount } from "../group-of.js";
import { GROUPS, TOOLS } from "./index.js";
import { matchingRules } from "./match.js";

const keyOf = (i: number) => ({ name: catalog.nameOf(i), kind: catalog.kindOf(i), value: catalog.valueOf(i), header: catalog.headerOf(i) });
const prose = (g: (typeof GROUPS)[number]) => [g.title, g.guidance.component, g.guidance.meaning, g.guidance.when, g.guidance.check];

describe("the reviewed group table", () => {
  it("has unique kebab-case ids that start with their family", () => {
    const ids = GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GROUPS) expect(g.id).toMatch(new RegExp(`^${g.kind}-[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it("has a well-formed rule per group: known headers, sane ranges, a facility of the right width", () => {
    const headers = new Set(catalog.rows.map((r) => r[4]));
    for (const g of GROUPS) {
      for (const h of g.headers) expect(headers.has(h), `${g.id}: ${h}`).toBe(true);
      if (g.range) expect(g.range[0] <= g.range[1] && g.range[0] >= 0 && g.range[1] <= 0xffffffff, g.id).toBe(true);
      if (g.facility !== undefined) expect(g.kind === "hresult" ? g.facility <= 0x1fff : g.kind === "ntstatus" && g.facility <= 0xfff, g.id).toBe(true);
      if (g.prefixes) expect(g.prefixes.length, g.id).toBeGreaterThan(0);
    }
  });

  it("every group is the group of at least one entry", () => {
    for (const g of GROUPS) expect(groupMembers(catalog, g.id).length, g.id).toBeGreaterThan(0);
  });

  it("no entry is matched by two groups of the same, highest, priority", () => {
    const ties: string[] = [];
    for (let i = 0; i < catalog.size; i++) {
      const m = matchingRules(GROUPS, keyOf(i));
      if (m.length > 1 && m[0]?.priority === m[1]?.priority) ties.push(`${catalog.nameOf(i)}: ${m[0]?.id} / ${m[1]?.id}`);
    }
    expect(ties).toEqual([]);
  });

  it("covers at least 90% of all entries and every Win32 code below 16000", () => {
    const covered = withGuidanceCount(catalog);
    expect(covered / catalog.size).toBeGreaterThanOrEqual(0.9);
    const missing: string[] = [];
    for (let i = 0; i < catalog.size; i++) if (catalog.kindOf(i) === "win32" && catalog.valueOf(i) < 16000 && groupOf(catalog, i) === null) missing.push(catalog.nameOf(i));
    expect(missing).toEqual([]);
  });

  it("gives every group guidance in each field, tools from the tool table, and references", () => {
    const tools = new Set(TOOLS.map((t) => t.id));
    for (const g of GROUPS) {
      for (const text of prose(g)) expect(text.trim().length, g.id).toBeGreaterThan(0);
      for (const t of g.guidance.tools) expect(tools.has(t), `${g.id}: tool ${t}`).toBe(true);
      expect(g.guidance.refs.length, g.id).toBeGreaterThan(0);
      for (const r of g.guidance.refs) expect(r, g.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it("writes no catalog name or code into guidance prose (prose talks about components, data names codes)", () => {
    const names = new Set(catalog.rows.map((r) => r[0]).filter((n) => n.includes("_") && n.length >= 6));
    const found: string[] = [];
    for (const g of GROUPS) {
      for (const text of prose(g)) {
        for (const word of text.match(/[A-Za-z][A-Za-z0-9_]+/g) ?? []) if (names.has(word)) found.push(`${g.id}: ${word}`);
        for (const hex of text.match(/0x[0-9A-Fa-f]{5,8}\b/g) ?? []) found.push(`${g.id}: ${hex}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the tool table", () => {
  it("has unique ids, a name, a sentence and a documentation link for each tool", () => {
    const ids = TOOLS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TOOLS) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.name.trim()).not.toBe("");
      expect(t.what.trim()).not.toBe("");
      expect(t.doc).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it("names only tools some group uses", () => {
    const used = new Set(GROUPS.flatMap((g) => g.guidance.tools));
    expect(TOOLS.filter((t) => !used.has(t.id)).map((t) => t.id)).toEqual([]);
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
