import { z } from "zod";
import { DecodeResult, HresultBits, Match, NtstatusBits } from "./result.js";
import { Kind, Source, Uint32 } from "./schema.js";

/**
 * The machine output of `winerr` (--json: an array of these, --ndjson: one
 * per line) beyond what result.ts and page-schema.ts hold: decode's and
 * scan's records, search's per-query results, info, msgtable's rows. docs/contracts.md,
 * "Machine output", documents each one; the CLI's tests parse real output
 * with them. Code imports the types only (`import type`), so nothing on a
 * command's start-up path loads zod.
 */

/** A coarse label of how a search hit met the query, best first. */
export const SearchTier = z.enum(["name", "name-prefix", "name-part", "name-words", "message-words"]);
export type SearchTier = z.infer<typeof SearchTier>;

/** How one query word met an entry. */
export const MatchedTerm = z.object({
  /** The query word. */
  word: z.string(),
  /** The word of the entry it matched. */
  term: z.string(),
  /** exact; joined (with the next or previous query word: ACCESSDENIED); prefix (the last word, while typing); fuzzy (a typo: one edit in words up to 7 letters, two in longer ones). */
  how: z.enum(["exact", "joined", "prefix", "fuzzy"]),
  fields: z.array(z.enum(["name", "message"])).min(1),
});
export type MatchedTerm = z.infer<typeof MatchedTerm>;

/** What matched, for one search hit. */
export const SearchMatched = z.object({
  terms: z.array(MatchedTerm),
  /** The query's words against the name: all of it, its first words, a run of its words, or joined into one of its words (ACCESSDENIED). */
  name: z.enum(["whole", "start", "part", "joined"]).optional(),
  /** The message holds the query's words in a row. */
  phrase: z.literal(true).optional(),
  /** The query's words are the whole message. */
  message: z.literal("whole").optional(),
});
export type SearchMatched = z.infer<typeof SearchMatched>;

/** The catalog fields every entry-shaped output starts with. */
const EntryFields = z.object({
  name: z.string(),
  kind: Kind,
  value: Uint32,
  hex: z.string().regex(/^0x[0-9A-F]{8}$/),
  message: z.string().nullable(),
  header: z.string(),
});

/** One search hit as machine output: the entry, its hex, and how it matched. */
export const SearchEntry = EntryFields.extend({
  tier: SearchTier,
  /** Relevance; compares hits of one query only. */
  score: z.number(),
  matched: SearchMatched,
  source: Source,
  line: z.number().int().min(1),
});
export type SearchEntry = z.infer<typeof SearchEntry>;

/** What one query found (`winerr search`): one per query, as decode has one per input. */
export const SearchRecord = z.object({ input: z.string(), ok: z.literal(true), entries: z.array(SearchEntry) });
export type SearchRecord = z.infer<typeof SearchRecord>;

/**
 * The HRESULT or NTSTATUS fields of the input's value that a match is read
 * through ([MS-ERREF] 2.1, 2.3); null for a match read as neither.
 */
export const MatchParts = z.object({
  as: z.enum(["hresult", "ntstatus"]),
  severity: z.union([HresultBits.shape.severity, NtstatusBits.shape.severity]),
  facility: z.number().int().min(0).max(0x1fff),
  facilityNames: z.array(z.string()),
  code: z.number().int().min(0).max(0xffff),
});
export type MatchParts = z.infer<typeof MatchParts>;

/** A match in decode's and scan's machine output: core's Match and its `parts`. */
export const MachineMatch = Match.extend({ parts: MatchParts.nullable() });
export type MachineMatch = z.infer<typeof MachineMatch>;

/** One input's result of `winerr decode --json|--ndjson`; `readings` is left out with --no-readings. */
export const DecodeRecord = DecodeResult.extend({ readings: DecodeResult.shape.readings.optional(), matches: z.array(MachineMatch) });
export type DecodeRecord = z.infer<typeof DecodeRecord>;

/**
 * One input's result of `winerr decode --flat` (with --json or --ndjson):
 * its best match's fields at the top level, for readers that want a row
 * per input (the PowerShell module reads them straight into its objects).
 * `inputHex` is the input's value (null when not understood). The match's
 * fields are there only when a match is: `signed` is its value as a
 * signed 32-bit number; `severity`, `facility` and `facilityName` (the
 * facility names joined by ", ", null when none) are its `parts`' (null
 * without parts), `code` its parts' code, else its value.
 */
export const FlatRecord = z.object({
  input: z.string(),
  ok: z.boolean(),
  inputHex: z.string().nullable(),
  name: z.string().optional(),
  kind: Kind.optional(),
  value: Uint32.optional(),
  hex: z.string().optional(),
  signed: z.number().int().min(-0x80000000).max(0x7fffffff).optional(),
  severity: MatchParts.shape.severity.nullable().optional(),
  facility: MatchParts.shape.facility.nullable().optional(),
  facilityName: z.string().nullable().optional(),
  code: z.number().int().min(0).optional(),
  message: Match.shape.message.optional(),
  header: z.string().optional(),
  via: Match.shape.via.optional(),
  messageSource: Match.shape.messageSource,
  error: DecodeResult.shape.error,
});
export type FlatRecord = z.infer<typeof FlatRecord>;

/** Which scan rule found a code: 0x/&H hex, a long negative decimal, a catalog name, a number after a keyword. */
export const ScanHow = z.enum(["hex", "negative", "name", "keyword"]);
export type ScanHow = z.infer<typeof ScanHow>;

/** One code found by `winerr scan`, with what it decodes to. */
export const ScanRecord = z.object({
  /** 1-based line number. */
  line: z.number().int().min(1),
  /** 1-based column (UTF-16 units). */
  column: z.number().int().min(1),
  /** The matched characters, as they appear in the line. */
  text: z.string().min(1),
  how: ScanHow,
  /** With --line-text: the whole line. */
  lineText: z.string().optional(),
  result: DecodeRecord,
});
export type ScanRecord = z.infer<typeof ScanRecord>;

/**
 * One code found by `winerr scan --flat` (with --json or --ndjson): the
 * ScanRecord's place fields, then its result's best match flattened as
 * FlatRecord does (`inputHex` and the match's fields; no `input`, which is
 * `text`, and no `ok`: a code found is always understood).
 */
export const FlatScanRecord = ScanRecord.omit({ result: true }).merge(FlatRecord.omit({ input: true, ok: true, error: true }));
export type FlatScanRecord = z.infer<typeof FlatScanRecord>;

/** What the catalog holds (`Catalog.manifest()`); byKind has every family. */
export const Manifest = z.object({
  entries: z.number().int().min(0),
  withMessage: z.number().int().min(0),
  byKind: z.record(Kind, z.number().int().min(0)),
  /** Count of distinct header files. */
  headers: z.number().int().min(0),
  sources: z.array(z.object({ name: z.string(), version: z.string() })),
  buildDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Manifest = z.infer<typeof Manifest>;

/** `winerr info --json`: the manifest and how many entries a reviewed group covers. */
export const InfoResult = Manifest.extend({ withGuidance: z.number().int().min(0) });
export type InfoResult = z.infer<typeof InfoResult>;

/**
 * One row of `winerr msgtable <file>`: an entry of one message table
 * (RT_MESSAGETABLE resource and language) of the file; tables by LANGID
 * then resource name, entries by id.
 */
export const MsgtableRow = z.object({
  /** The table's LANGID (0x0409 en-US, 0x0407 de-DE, 0 neutral). */
  lang: z.number().int().min(0).max(0xffff),
  /** The message id: the value FormatMessage is given. */
  id: Uint32,
  /** The stored text up to its NUL: line ends and %1 inserts kept. */
  text: z.string(),
  /** How the entry was stored (ANSI entries are decoded with the table's code page). */
  encoding: z.enum(["ansi", "utf-16le", "utf-8"]),
});
export type MsgtableRow = z.infer<typeof MsgtableRow>;

/** The entry `winerr-tui` prints on Ctrl+O (and copies as JSON): the catalog fields with hex, signed and provenance. */
export const PrintedEntry = EntryFields.extend({
  signed: z.number().int().min(-0x80000000).max(0x7fffffff),
  source: Source.pick({ name: true, version: true }),
  line: z.number().int().min(1),
});
export type PrintedEntry = z.infer<typeof PrintedEntry>;
