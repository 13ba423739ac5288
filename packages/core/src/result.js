import { z } from "zod";
import { Kind, Uint32 } from "./schema.js";
/**
 * How a match was reached from the number that was read: `exact`, or the
 * winerror.h / ntstatus.h macro that was run backwards ("unwrapped").
 */
export const Via = z.enum([
    "exact",
    "name",
    "HRESULT_FROM_WIN32",
    "NTSTATUS_FROM_WIN32",
    "HRESULT_FROM_NT",
    "HRESULT_FROM_SETUPAPI",
    "FILTER_HRESULT_FROM_FLT_NTSTATUS",
]);
/** Bit-level reading of a value as an HRESULT ([MS-ERREF] 2.1). */
export const HresultBits = z.object({
    severity: z.enum(["success", "failure"]),
    reserved: z.boolean(), // R, bit 30
    customer: z.boolean(), // C, bit 29
    ntstatus: z.boolean(), // N, bit 28
    x: z.boolean(), // X, bit 27
    facility: z.number().int().min(0).max(0x1fff),
    facilityNames: z.array(z.string()),
    code: z.number().int().min(0).max(0xffff),
});
/** Bit-level reading of a value as an NTSTATUS ([MS-ERREF] 2.3). */
export const NtstatusBits = z.object({
    severity: z.enum(["success", "informational", "warning", "error"]),
    customer: z.boolean(),
    reserved: z.boolean(), // N, bit 28
    facility: z.number().int().min(0).max(0xfff),
    facilityNames: z.array(z.string()),
    code: z.number().int().min(0).max(0xffff),
});
/** One way the input can be read as a number ("hex", "decimal", ...). */
export const Reading = z.object({
    as: z.enum(["decimal", "hex", "name"]),
    value: Uint32,
    hex: z.string(),
    signed: z.number().int(),
    /** Set when the input had to be corrected (e.g. 64-bit sign extension). */
    note: z.string().optional(),
    hresult: HresultBits,
    ntstatus: NtstatusBits,
});
export const Match = z.object({
    name: z.string(),
    kind: Kind,
    value: Uint32,
    hex: z.string(),
    message: z.string().nullable(),
    header: z.string(),
    via: Via,
    /** Index into `readings` of the reading this match came from. */
    reading: z.number().int().min(0),
    /**
     * Set when the header defines this entry as another code (`#define A B`,
     * `HRESULT_FROM_WIN32(B)`, ...): that code's name (docs/contracts.md, "Ranking").
     */
    aliasOf: z.string().optional(),
    /** Set on an alias shown under the entry it is defined as: that entry's index in `matches`. */
    under: z.number().int().min(0).optional(),
    messageSource: z.object({ file: z.string(), lang: z.number().int().min(0).max(0xffff) }).optional(), // set when `message` came from a --module/--system file (LANGID `lang`)
});
export const ErrorCode = z.enum(["empty", "too-long", "not-a-number", "out-of-range", "unknown-name", "unknown-family", "internal"]);
/** What decode returns for one input (docs/contracts.md, "Machine output": the CLI adds each match's `parts`). */
export const DecodeResult = z.object({
    input: z.string(),
    /** Understood (read as a number or a known name), whether or not it matched. */
    ok: z.boolean(),
    /** The first (likeliest) reading's value; null when not understood. */
    value: Uint32.nullable(),
    hex: z.string().nullable(),
    signed: z.number().int().nullable(),
    readings: z.array(Reading),
    matches: z.array(Match),
    /** Set for `family:value` input: only this family's entries and unwrap rules were used. */
    family: Kind.optional(),
    /** How many further matches a `:PART` input had beyond the limit. */
    omitted: z.number().int().min(1).optional(),
    error: z.object({ code: ErrorCode, message: z.string() }).optional(),
});
