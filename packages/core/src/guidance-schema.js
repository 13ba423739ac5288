import { z } from "zod";
import { Kind } from "./schema.js";
/**
 * The guidance data files (packages/core/data/guidance/): zod is the source
 * of truth for their format; scripts/guidance-schema.mjs emits the JSON
 * Schemas that the files name in `$schema`, for editors. Validated by the
 * check script, the tests and the app builds, never at start-up: the
 * runtime reads the files as they are (groups/index.ts).
 */
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const url = z.string().regex(/^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/, "an https URL without spaces");
const sentence = z.string().trim().min(1);
/** A rule value: a non-negative integer, or a "0x" hex string (as headers write HRESULTs and NTSTATUS values). */
export const RuleValue = z.union([z.number().int().min(0).max(0xffffffff), z.string().regex(/^0x[0-9A-F]{1,8}$/, "0x and upper-case hex digits")]);
/** Guidance written by the WinErr authors, not by Microsoft: each field one to three short sentences a reader can check. */
export const GuidanceTextData = z
    .object({
    component: sentence.describe("The Windows component or API the codes come from."),
    meaning: sentence.describe("What this kind of failure means."),
    when: sentence.describe("When it typically appears."),
    check: sentence.describe("What a developer or an admin should check first."),
    tools: z.array(z.string().regex(kebab)).describe("Tools and logs that show more: ids from tools.json."),
    refs: z.array(url).min(1).describe("Public documentation pages the facts above were checked against (at least one)."),
})
    .strict();
/**
 * One reviewed group: the entries of one family that a header, optional
 * name prefixes, an optional value range and an optional facility select.
 * An entry belongs to the matching group with the highest priority; a tie
 * at the top is an error of the check.
 */
export const GroupRuleData = z
    .object({
    section: z.string().optional().describe("The part of the file this rule opens (a reviewer's heading, no effect)."),
    note: z.string().optional().describe("Why the rule is cut this way (for reviewers, no effect)."),
    id: z.string().regex(new RegExp(`^(${Kind.options.join("|")})-[a-z0-9]+(-[a-z0-9]+)*$`)).describe('Stable, unique, kebab-case, starting with its family: "win32-ipsec-ike".'),
    title: sentence.describe('Short title: "IPsec IKE negotiation".'),
    kind: Kind,
    headers: z.array(z.string().min(1)).min(1).describe("Header files, exactly as the catalog names them."),
    prefixes: z.array(z.string().min(1)).min(1).optional().describe("Name prefixes; an entry matches if its name starts with any."),
    range: z.tuple([RuleValue, RuleValue]).optional().describe("Inclusive value range, compared as unsigned 32-bit."),
    facility: z.number().int().min(0).max(0x1fff).optional().describe("HRESULT facility (13 bits; 12 when the N bit is set) or NTSTATUS facility (12 bits)."),
    priority: z
        .union([z.literal(0), z.literal(10), z.literal(20), z.literal(30)])
        .describe("0 a whole header or scope, 10 a section, prefix or range inside it, 20 a narrower carve-out, 30 a short list of names that would mislead in their range's group."),
    guidance: GuidanceTextData,
})
    .strict();
/** One file of groups (one area of the catalog). */
export const GroupsFile = z
    .object({
    $schema: z.string().optional(),
    about: z.array(z.string()).optional().describe("What the file covers and how its rules are cut."),
    groups: z.array(GroupRuleData).min(1),
})
    .strict();
/** A tool, console or log that guidance names; each one documented. */
export const ToolData = z
    .object({
    id: z.string().regex(kebab).describe('Stable id, kebab-case: "event-viewer".'),
    name: sentence.describe('The name as Windows shows it: "Event Viewer (eventvwr.msc)".'),
    what: sentence.describe("One sentence, ours: what it shows."),
    doc: url.describe("A public documentation page that describes it."),
})
    .strict();
/** tools.json: every tool guidance may name. */
export const ToolsFile = z
    .object({
    $schema: z.string().optional(),
    about: z.array(z.string()).optional(),
    tools: z.array(ToolData).min(1),
})
    .strict();
/** The JSON Schemas of the two file kinds, as committed in data/guidance/schema/ (file name -> text). */
export function guidanceJsonSchemas() {
    const emit = (schema, title) => JSON.stringify({ ...z.toJSONSchema(schema, { io: "input" }), title }, null, 2) + "\n";
    return {
        "groups.schema.json": emit(GroupsFile, "WinErr guidance groups (packages/core/data/guidance/*.json)"),
        "tools.schema.json": emit(ToolsFile, "WinErr guidance tool table (packages/core/data/guidance/tools.json)"),
    };
}
