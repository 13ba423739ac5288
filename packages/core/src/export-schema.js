import { z } from "zod";
import { KINDS, Kind, Source, Uint32 } from "./schema.js";
/**
 * The published export format (winerr-export): catalog.json, catalog.ndjson
 * (one ExportEntry per line) and catalog.csv. catalog.schema.json is
 * generated from these schemas by exportJsonSchema(), never written by hand.
 * Semver: major when a field is removed, renamed or changes type or meaning;
 * minor when a field is added; patch for descriptions only. The changelog is
 * in apps/export/README.md.
 */
export const EXPORT_SCHEMA_VERSION = "1.2.0";
/** File name of the schema; catalog.json's `$schema` points at it, relative. */
export const EXPORT_SCHEMA_FILE = "catalog.schema.json";
// Descriptions and ids live in a private registry so the JSON Schema gets
// them without touching zod's global registry (ids there must be unique).
const meta = z.registry();
function describe(schema, m) {
    // A clone, so a shared schema (Kind, Uint32) keeps no description elsewhere.
    const own = schema.clone();
    meta.add(own, m);
    return own;
}
export const ExportPlaceholder = describe(z.object({
    raw: describe(z.string().min(2), { description: "The insert exactly as it appears in the message, e.g. %1, %1!d!, %hs." }),
    syntax: describe(z.enum(["formatmessage", "printf"]), {
        description: "formatmessage: FormatMessage insert %1..%99 (argument `index`); printf: a printf conversion.",
    }),
    index: describe(z.number().int().min(1).max(99).nullable(), { description: "FormatMessage argument number; null for printf." }),
    format: describe(z.string().nullable(), {
        description: "printf format (for %1!d! the part between the !s); null when the insert has none.",
    }),
}), { id: "placeholder", description: "One insert in the message, in order of appearance (a repeated insert appears each time)." });
export const ExportFacility = describe(z.object({
    number: z.number().int().min(0).max(0x1fff),
    names: describe(z.array(z.string().min(1)), { description: "Every FACILITY_* name the headers give this number (one-to-many); may be empty." }),
}), { id: "facility" });
export const ExportSeverity = z.enum(["success", "informational", "warning", "error", "failure"]);
export const ExportProvenance = describe(z.object({
    source: describe(z.string().regex(/^[a-z0-9-]+$/), { description: "Id of the source in the document's `sources`." }),
    version: describe(z.string().min(1), { description: "Version of that source (repeated here so one NDJSON line stands alone)." }),
    line: describe(z.number().int().min(1), { description: "Line of the definition in `header`." }),
}), { id: "provenance" });
export const ExportEntry = describe(z.object({
    name: describe(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), { description: "The symbol the header defines." }),
    kind: describe(Kind, {
        description: `Family: ${KINDS.join(", ")} (docs/contracts.md, "Families"; the ones after bugcheck since 1.1.0, usbd and dhcp since 1.2.0).`,
    }),
    value: describe(Uint32, { description: "Unsigned 32-bit value." }),
    hex: describe(z.string().regex(/^0x[0-9A-F]{8}$/), { description: "`0x` + 8 upper-case hex digits of `value`." }),
    signed: describe(z.number().int().min(-0x80000000).max(0x7fffffff), { description: "The same 32 bits read as a signed int32." }),
    facility: describe(ExportFacility.nullable(), {
        description: "hresult and ntstatus only ([MS-ERREF]); null for the other families. For an HRESULT with the N bit set the facility and its names are the mapped NTSTATUS's.",
    }),
    severity: describe(ExportSeverity.nullable(), {
        description: "hresult: success or failure (bit 31); ntstatus: success, informational, warning or error (bits 31-30); null otherwise.",
    }),
    message: describe(z.string().nullable(), { description: "The official text with its inserts kept raw; null where the header has none." }),
    placeholders: z.array(ExportPlaceholder),
    header: describe(z.string().min(1), { description: "The header file that defines the entry." }),
    provenance: ExportProvenance,
    aliasOf: describe(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).nullable(), {
        description: "Name of the entry this one is defined as in its header (`#define A B`, or HRESULT_FROM_WIN32 / HRESULT_FROM_NT / NTSTATUS_FROM_WIN32 of a named code); that entry is in the catalog, possibly in another family. null for a code of its own. Since 1.1.0.",
    }),
    aliases: describe(z.array(z.string()), {
        description: "Other names with the same value in the same family, sorted; computed over the whole catalog, even when the export is filtered.",
    }),
}), { id: "entry", description: "One catalog entry. Each line of catalog.ndjson is one of these." });
const Count = z.number().int().min(0);
export const ExportDocument = describe(z.object({
    $schema: describe(z.literal(EXPORT_SCHEMA_FILE), { description: "The schema file written beside this one." }),
    schemaVersion: describe(z.literal(EXPORT_SCHEMA_VERSION), { description: "Semver of the export format." }),
    buildDate: describe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), {
        description: "Date of the newest source file the catalog was built from (YYYY-MM-DD); not the export time.",
    }),
    sources: describe(z.array(Source).min(1), { description: "Where the data came from, pinned to versions." }),
    filter: describe(z.object({
        kinds: z.array(Kind).min(1).nullable(),
        headers: z.array(z.string().min(1)).min(1).nullable(),
    }), { description: "The --kind and --header filters this export used; null means not filtered." }),
    counts: describe(z.object({
        entries: Count,
        withMessage: Count,
        byKind: describe(z.object(Object.fromEntries(KINDS.map((k) => [k, Count]))), {
            description: "Entries per family; every family is present (0 when none). The families after bugcheck are since 1.1.0, usbd and dhcp since 1.2.0.",
        }),
        headers: describe(Count, { description: "Distinct header files among the entries." }),
    }), { description: "Counts of the exported entries." }),
    facilities: describe(z.object({ hresult: z.array(ExportFacility), ntstatus: z.array(ExportFacility) }), { description: "The facility tables from the headers, by number." }),
    entries: describe(z.array(ExportEntry), { description: "Sorted by kind (in the order of the kind enum), value, name, header, source, line." }),
}), { title: "WinErr catalog export", description: "The WinErr catalog of Windows error codes, exported by winerr-export." });
/** The JSON Schema (2020-12) of ExportDocument; entries are `#/$defs/entry`. */
export function exportJsonSchema() {
    return z.toJSONSchema(ExportDocument, { metadata: meta, target: "draft-2020-12", io: "output" });
}
/**
 * The localized message overlay (`winerr-export --messages-from DIR`):
 * catalog.messages.json, the texts of message-table files (MUI, DLL, EXE)
 * for catalog entries, by language. Its own semver; changelog in
 * apps/export/README.md.
 */
export const MESSAGES_SCHEMA_VERSION = "1.0.0";
/** File name of the overlay's schema; catalog.messages.json's `$schema` points at it. */
export const MESSAGES_SCHEMA_FILE = "catalog.messages.schema.json";
const Langid = describe(z.number().int().min(0).max(0xffff), { description: "A Windows LANGID (1033 = 0x0409 en-US, 1031 = 0x0407 de-DE, 0 neutral)." });
export const MessagesSourceFile = describe(z.object({
    file: describe(z.string().min(1), { description: "Path of the message-table file, relative to the folder read, `/`-separated." }),
    languages: describe(z.array(Langid), { description: "LANGIDs of the file's message tables, ascending." }),
}), { id: "sourceFile" });
export const MessagesEntry = describe(z.object({
    name: describe(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), { description: "The catalog entry's symbol." }),
    value: describe(Uint32, { description: "The catalog entry's unsigned 32-bit value (the file's message id)." }),
    language: Langid,
    message: describe(z.string(), {
        description: "The file's text for this id in this language, as FormatMessage stores it (inserts raw) without its trailing line end.",
    }),
}), { id: "messageEntry", description: "One catalog entry's text in one language." });
export const MessagesDocument = describe(z.object({
    $schema: describe(z.literal(MESSAGES_SCHEMA_FILE), { description: "The schema file written beside this one." }),
    schemaVersion: describe(z.literal(MESSAGES_SCHEMA_VERSION), { description: "Semver of the overlay format." }),
    buildDate: describe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), { description: "buildDate of the catalog the ids were mapped to." }),
    sources: describe(z.array(MessagesSourceFile), { description: "Every message-table file read, by path (code-unit order)." }),
    entries: describe(z.array(MessagesEntry), {
        description: "Sorted by language, value, name. A message id maps to entries as winerr decode --module does: Win32 entries by id, HRESULT/NTSTATUS entries above 0xFFFF, never bug checks. Where several files give a text, the first file by path wins.",
    }),
}), { title: "WinErr localized message overlay", description: "Texts of Windows message-table files for WinErr catalog entries, by language." });
/** The JSON Schema (2020-12) of MessagesDocument; entries are `#/$defs/messageEntry`. */
export function messagesJsonSchema() {
    return z.toJSONSchema(MessagesDocument, { metadata: meta, target: "draft-2020-12", io: "output" });
}
