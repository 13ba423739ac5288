import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Catalog, CatalogFile } from "@winerr/core";
import { loadCatalog } from "@winerr/core/catalog";
import { isPacked, PackedCatalog } from "@winerr/core/packed";

/** build.mjs validates core's catalog and writes its packed form here, beside dist/main.js. */
export const CATALOG_FILE = "catalog.json";

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
  return isPacked(bytes) ? new PackedCatalog(bytes) : loadCatalog(JSON.parse(bytes.toString("utf8")) as CatalogFile);
}
