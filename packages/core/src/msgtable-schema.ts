import { z } from "zod";
import { Uint32 } from "./schema.js";

/**
 * `winerr msgtable <file>` as machine output: `--json` is an array of
 * MsgtableRow, `--ndjson` one per line. One row per entry of each message
 * table (RT_MESSAGETABLE resource and language) of the file, tables by
 * LANGID then resource name, entries by id. The contract is
 * docs/contracts.md, "winerr msgtable".
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

export const MsgtableOutput = z.array(MsgtableRow);
export type MsgtableOutput = z.infer<typeof MsgtableOutput>;
