import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GroupsFile, ToolsFile, guidanceJsonSchemas } from "./guidance-schema.js";
import { GUIDANCE_FILES } from "./groups/index.js";

const dir = new URL("../data/guidance/", import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), "utf8"));

describe("the guidance data files", () => {
  it.each(Object.keys(GUIDANCE_FILES))("%s passes the groups schema and names it", (name) => {
    const parsed = GroupsFile.safeParse(read(name));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.$schema).toBe("./schema/groups.schema.json");
  });

  it("tools.json passes the tools schema and names it", () => {
    const parsed = ToolsFile.safeParse(read("tools.json"));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.$schema).toBe("./schema/tools.schema.json");
  });

  it("the schema rejects what it must: an unknown field, a bad priority, lower-case hex", () => {
    const rule = (read("bugcheck.json") as { groups: Record<string, unknown>[] }).groups[0] as Record<string, unknown>;
    const file = (r: unknown) => ({ groups: [r] });
    expect(GroupsFile.safeParse(file(rule)).success).toBe(true);
    expect(GroupsFile.safeParse(file({ ...rule, prefix: ["X_"] })).success).toBe(false);
    expect(GroupsFile.safeParse(file({ ...rule, priority: 15 })).success).toBe(false);
    expect(GroupsFile.safeParse(file({ ...rule, range: ["0xc0000000", "0xC00000FF"] })).success).toBe(false);
  });

  it.each(Object.keys(guidanceJsonSchemas()))("the committed schema/%s is what zod emits (else: pnpm --filter @winerr/core run guidance-schema)", (name) => {
    expect(readFileSync(new URL("schema/" + name, dir), "utf8")).toBe(guidanceJsonSchemas()[name]);
  });
});
