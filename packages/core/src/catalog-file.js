import { z } from "zod";
import { CatalogFile } from "./schema.js";
// Cross-row checks the tuple schema cannot express: every row names a
// source, alsoIn names sources (ascending), and every aliasOf names an entry
// of the catalog.
const CheckedCatalogFile = CatalogFile.superRefine((file, ctx) => {
    const names = new Set(file.entries.map((row) => row[0]));
    file.entries.forEach((row, i) => {
        if (row[5] >= file.sources.length) {
            ctx.addIssue({ code: "custom", path: ["entries", i, 5], message: `Source index ${row[5]} has no source.` });
        }
        if (row[7] !== null && !names.has(row[7])) {
            ctx.addIssue({ code: "custom", path: ["entries", i, 7], message: `aliasOf ${row[7]} names no entry.` });
        }
        for (const k of row[8] ?? []) {
            if (k >= file.sources.length)
                ctx.addIssue({ code: "custom", path: ["entries", i, 8], message: `alsoIn ${k} names no source.` });
        }
        if (row[8] !== undefined && row[8].some((k, j) => j > 0 && k <= row[8][j - 1])) {
            ctx.addIssue({ code: "custom", path: ["entries", i, 8], message: "alsoIn is not ascending." });
        }
        if (row[7] === row[0])
            ctx.addIssue({ code: "custom", path: ["entries", i, 7], message: `${row[0]} is an alias of itself.` });
    });
});
/**
 * Validate a catalog JSON document at an edge (import, export, a foreign
 * file); throws a ZodError. Kept apart from catalog.ts because loading zod
 * costs more than a cold decode; the hot path trusts the committed file.
 */
export function parseCatalogFile(json) {
    return CheckedCatalogFile.parse(json);
}
/** Like parseCatalogFile, without throwing. */
export function safeParseCatalogFile(json) {
    return CheckedCatalogFile.safeParse(json);
}
