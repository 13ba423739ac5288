import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Core's modules, not its index (model.ts says why).
import type { Catalog, CatalogFile } from "@winerr/core";
import { loadCatalog } from "@winerr/core/catalog";
import { useGroupAssignment } from "@winerr/core/group-assignment";
import { isPacked, PackedCatalog } from "@winerr/core/packed";
import { parseSearchIndex, useSearchIndex } from "@winerr/core/search-index";

/** build.mjs validates core's catalog and writes its packed form here, beside dist/main.js. */
export const CATALOG_FILE = "catalog.json";
/** Beside it: each row's reviewed group (core's group-assignment.ts). */
export const GROUPS_FILE = "catalog-groups.json";

export function catalogPath(env: NodeJS.ProcessEnv = process.env, scriptUrl: string = import.meta.url): string {
  const override = env["WINERR_CATALOG"];
  if (override !== undefined && override !== "") return override;
  return fileURLToPath(new URL(CATALOG_FILE, scriptUrl));
}

/**
 * Reads the catalog file: core's packed form (read in place, rows built on
 * demand; the whole file is read, as the TUI's search reads every message),
 * or core's own catalog file. Validated at build time, so no zod here.
 */
export function openCatalog(path: string, options: { searchIndex?: boolean } = {}): Catalog {
  const bytes = readFileSync(path);
  const catalog = isPacked(bytes) ? new PackedCatalog(bytes) : loadCatalog(JSON.parse(bytes.toString("utf8")) as CatalogFile);
  if (catalog instanceof PackedCatalog) {
    // Each row's group, computed by build.mjs beside the catalog; matched instead when missing.
    useGroupAssignment(catalog, bytes.length, () => {
      try {
        return readFileSync(join(dirname(path), GROUPS_FILE), "latin1");
      } catch {
        return null;
      }
    });
  }
  // The TUI reads the index after its first frame (main.ts), which shows no search.
  if (options.searchIndex !== false) openSearchIndex(catalog, path);
  return catalog;
}

/** build.mjs writes core's search index beside the catalog. */
export const SEARCH_INDEX_FILE = "search-index.json";

/** Hands core the prebuilt index beside the catalog at `path`; without one core indexes the catalog when first searched. */
export function openSearchIndex(catalog: Catalog, path: string): void {
  try {
    useSearchIndex(catalog, parseSearchIndex(readFileSync(join(dirname(path), SEARCH_INDEX_FILE), "latin1")));
  } catch {
    // Missing, damaged or for another catalog: core builds its own.
  }
}
