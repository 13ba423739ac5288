import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCatalog, type Catalog, type CatalogFile } from "@winerr/core";

/** build.mjs validates core's catalog and copies it here, beside dist/main.js. */
export const CATALOG_FILE = "catalog.json";

export function catalogPath(env: NodeJS.ProcessEnv = process.env, scriptUrl: string = import.meta.url): string {
  const override = env["WINERR_CATALOG"];
  if (override !== undefined && override !== "") return override;
  return fileURLToPath(new URL(CATALOG_FILE, scriptUrl));
}

/** Reads the catalog file (core's format; validated at build time, so no zod here). */
export function openCatalog(path: string): Catalog {
  return loadCatalog(JSON.parse(readFileSync(path, "utf8")) as CatalogFile);
}
