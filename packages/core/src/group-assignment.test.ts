import { describe, expect, it } from "vitest";
import { realFile } from "../test/real-catalog.js";
import { loadCatalog } from "./catalog.js";
import { groupAssignmentOf, packGroupAssignment, useGroupAssignment } from "./group-assignment.js";
import { groupMembers, groupOf, withGuidanceCount } from "./group-of.js";
import { GROUPS } from "./groups/index.js";
import { packCatalog, PackedCatalog } from "./packed.js";

// The build's path (apps' build.mjs via @winerr/bundle): pack the catalog,
// compute each row's group on it, and read both back as the apps do.
const text = packCatalog(realFile);
const bytes = Buffer.from(text, "latin1");
const plain = loadCatalog(realFile);
const built = () => {
  const c = new PackedCatalog(bytes);
  return packGroupAssignment(c, bytes.length, (i) => groupOf(c, i)?.id ?? null);
};
const opened = (file: string | null, size = bytes.length) => {
  const c = new PackedCatalog(bytes);
  useGroupAssignment(c, size, () => file);
  return c;
};

describe("precomputed group assignment", () => {
  it("gives every row the group that matching gives, and the same members and count", () => {
    const file = built();
    const c = opened(file);
    expect(groupAssignmentOf(c)?.grouped).toBe(withGuidanceCount(plain));
    for (let i = 0; i < plain.size; i++) expect(groupOf(c, i)?.id ?? null).toBe(groupOf(plain, i)?.id ?? null);
    for (const g of GROUPS) expect(groupMembers(c, g.id), g.id).toEqual(groupMembers(plain, g.id));
    expect(withGuidanceCount(c)).toBe(withGuidanceCount(plain));
  });

  it("is what groupOf reads when registered (a file that says otherwise wins)", () => {
    const file = JSON.parse(built()) as { groups: string[]; rows: string; width: number };
    const i = plain.indexesOfName("ERROR_ACCESS_DENIED")[0] as number; // winerror.h, 5L
    const other = GROUPS.find((g) => g.id !== groupOf(plain, i)?.id) as (typeof GROUPS)[number];
    const k = file.groups.indexOf(other.id);
    file.rows = file.rows.slice(0, i * file.width) + k.toString(16).toUpperCase().padStart(file.width, "0") + file.rows.slice((i + 1) * file.width);
    expect(groupOf(opened(JSON.stringify(file)), i)?.id).toBe(other.id);
  });

  it("is ignored, and rules are matched, when missing or made for another catalog or table", () => {
    const file = built();
    const i = plain.indexesOfName("ERROR_ACCESS_DENIED")[0] as number;
    const want = groupOf(plain, i)?.id;
    const unknownId = file.replace(`"${want}"`, '"win32-no-such-group"');
    for (const c of [opened(null), opened(file, bytes.length + 1), opened(file.replace('"buildDate":"', '"buildDate":"1')), opened("{"), opened(unknownId)]) {
      expect(groupOf(c, i)?.id).toBe(want);
    }
    expect(groupAssignmentOf(opened(file, bytes.length + 1))).toBeNull();
  });
});
