import { z } from "zod";
import { CatalogFile } from "./schema.js";

// Cross-row check the tuple schema cannot express: every row names a source.
const CheckedCatalogFile = CatalogFile.superRefine((file, ctx) => {
  file.entries.forEach((row, i) => {
    if (row[5] >= file.sources.length) {
      ctx.addIssue({ code: "custom", path: ["entries", i, 5], message: `Source index ${row[5]} has no source.` });
    }
  });
});

/**
 * Validate a catalog JSON document at an edge (import, export, a foreign
 * file); throws a ZodError. Kept apart from catalog.ts because loading zod
 * costs more than a cold decode; the hot path trusts the committed file.
 */
export function parseCatalogFile(json: unknown): CatalogFile {
  return CheckedCatalogFile.parse(json);
}

/** Like parseCatalogFile, without throwing. */
export function safeParseCatalogFile(json: unknown): z.ZodSafeParseResult<CatalogFile> {
  return CheckedCatalogFile.safeParse(json);
}
