import { z } from "zod";
import { Entry, Kind, Uint32 } from "./schema.js";
import { ErrorCode, Via } from "./result.js";
/**
 * The reference page as machine output (`winerr show --json`), in zod: what
 * other tools may rely on. page.ts builds it; tests check both agree.
 */
const UnwrapRule = Via.exclude(["exact", "name"]);
export const PageTool = z.object({ id: z.string(), name: z.string(), what: z.string(), doc: z.url() });
export const PageGuidance = z.object({
    group: z.string(),
    title: z.string(),
    component: z.string(),
    meaning: z.string(),
    when: z.string(),
    check: z.string(),
    tools: z.array(PageTool),
    refs: z.array(z.url()).min(1),
    /** Says the prose is the WinErr authors', not Microsoft's. */
    label: z.string(),
});
/** How a related entry relates (related.ts says what each means). */
export const Relation = z.enum(["alias", "same-value", "converts-to", "converts-from", "group-neighbour", "header-neighbour", "same-message"]);
export const PageRelated = z.object({ name: z.string(), kind: Kind, value: Uint32, hex: z.string(), relation: Relation, via: UnwrapRule.optional() });
/** A conversion by a wrapping macro; `names`: catalog names of that family with that value (may be empty). */
export const PageConversion = z.object({ via: UnwrapRule, direction: z.enum(["to", "from"]), kind: Kind, value: Uint32, hex: z.string(), names: z.array(z.string()) });
export const PageSchema = z.object({
    entry: Entry,
    hex: z.string(),
    signed: z.number().int(),
    guidance: PageGuidance.nullable(),
    conversions: z.array(PageConversion),
    related: z.array(PageRelated),
    /** Entries sharing the exact message in all (related lists at most ten). */
    sameMessageTotal: z.number().int().min(0),
    questions: z.array(z.object({ question: z.string(), answer: z.string() })),
    questionsLabel: z.string(),
    provenance: z.object({ header: z.string(), line: z.number().int().min(1), source: z.string(), version: z.string(), catalogDate: z.string() }),
});
/** One input's result of `winerr show`: its page, no entry (understood, nothing matched), or not understood. */
export const ShowResult = z.union([
    PageSchema.extend({
        input: z.string(),
        ok: z.literal(true),
        otherMatches: z.array(z.object({ name: z.string(), kind: Kind, hex: z.string(), via: Via })),
    }),
    z.object({ input: z.string(), ok: z.literal(true), value: Uint32.nullable(), hex: z.string().nullable(), entry: z.null() }),
    z.object({ input: z.string(), ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) }),
]);
