import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
// Core's modules, not its index (model.ts says why).
import type { Catalog, CatalogFile } from "@winerr/core";
import { loadCatalog } from "@winerr/core/catalog";
import { useGroupAssignment } from "@winerr/core/group-assignment";
import { isPacked, PackedCatalog } from "@winerr/core/packed";

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
export function openCatalog(path: string): Catalog {
  const bytes = readFileSync(path);
  if (!isPacked(bytes)) return loadCatalog(JSON.parse(bytes.toString("utf8")) as CatalogFile);
  const packed = new PackedCatalog(bytes);
  // Each row's group, computed by build.mjs beside the catalog; matched instead when missing.
  useGroupAssignment(packed, bytes.length, () => {
    try {
      return readFileSync(join(dirname(path), GROUPS_FILE), "latin1");
    } catch {
      return null;
    }
  });
  return packed;
}
