import { z } from "zod";
import { FAMILIES } from "./families.js";
import { CATALOG_FORMAT } from "./format.js";
/**
 * Error-code families. Fixed identifiers (docs/contracts.md, "Families"); the
 * list and what each is: families.ts (no zod there, so the cold decode path can read it).
 */
export const Kind = z.enum(FAMILIES);
export const KINDS = Kind.options;
export { FAMILY_INFO, NATURAL_KINDS } from "./families.js";
export const Uint32 = z.number().int().min(0).max(0xffffffff);
/** Where a catalog's data came from: one SDK or header package, pinned. */
export const Source = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    version: z.string().min(1),
});
/**
 * One catalog entry as the committed data file stores it, a tuple per line:
 * [name, kind, value, message, header, source index, line in header, aliasOf,
 * alsoIn?].
 * `message` keeps its inserts raw (`%1`, `%hs`, `0x%p`); null where the
 * header has no text. `aliasOf`: the name of the catalog entry this one is
 * defined as (`#define A B`, or `HRESULT_FROM_WIN32(B)`, `HRESULT_FROM_NT(B)`,
 * `NTSTATUS_FROM_WIN32(B)` of a named code), null for a code of its own;
 * when set, some entry has that name. `alsoIn` (optional, left out when
 * empty): the indexes of the later sources whose headers define the same name
 * with the same value, ascending (the ranking's corroboration,
 * docs/contracts.md "Ranking"). Hex is derived, never stored.
 */
export const EntryRow = z.tuple([
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    Kind,
    Uint32,
    z.string().nullable(),
    z.string().min(1),
    z.number().int().min(0),
    z.number().int().min(1),
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).nullable(),
    z.array(z.number().int().min(0).max(7)).min(1).optional(),
]);
/** A facility number with every name the headers give it (one-to-many). */
export const FacilityRow = z.tuple([z.number().int().min(0).max(0x1fff), z.array(z.string().min(1)).min(1)]);
/** The catalog file's format number (format.ts: packed.ts reads it without zod). */
export { CATALOG_FORMAT };
/** The committed catalog file (packages/core/data/catalog.json). */
export const CatalogFile = z.object({
    format: z.literal(CATALOG_FORMAT),
    /** Date of the newest source file read (YYYY-MM-DD); never the wall clock. */
    buildDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sources: z.array(Source).min(1),
    facilities: z.object({ hresult: z.array(FacilityRow), ntstatus: z.array(FacilityRow) }),
    entries: z.array(EntryRow),
});
/** An entry as callers see it. */
export const Entry = z.object({
    name: z.string(),
    kind: Kind,
    value: Uint32,
    message: z.string().nullable(),
    header: z.string(),
    source: Source,
    line: z.number().int().min(1),
    /** Name of the entry this one is defined as (see EntryRow); null for a code of its own. */
    aliasOf: z.string().nullable(),
});
