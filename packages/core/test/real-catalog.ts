// Tests read only the committed catalog (CI has no SDK headers).
import { readFileSync } from "node:fs";
import { loadCatalog, type Catalog } from "../src/catalog.js";
import type { CatalogFile } from "../src/schema.js";

export const realFile: CatalogFile = JSON.parse(readFileSync(new URL("../data/catalog.json", import.meta.url), "utf8")) as CatalogFile;
export const realCatalog: Catalog = loadCatalog(realFile);

/** A small catalog holding only the real rows with these names. */
export function tinyFile(names: readonly string[]): CatalogFile {
  const wanted = new Set(names);
  return { ...realFile, entries: realFile.entries.filter((r) => wanted.has(r[0])) };
}
