import { readFileSync } from "node:fs";
import { loadCatalog, type Catalog, type CatalogFile } from "@winerr/core";
import { resolveCatalogPath } from "./catalog-path.js";
import { CliError, EXIT } from "./errors.js";

/**
 * Reads the catalog beside the bundle. No zod here: build.mjs validated the
 * file when it copied it, and loading zod would cost more than a decode.
 */
export function openCatalog(env: NodeJS.ProcessEnv = process.env): Catalog {
  const path = resolveCatalogPath(env);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "unreadable";
    throw new CliError(`cannot read the catalog ${path} (${code}); reinstall winerr`, EXIT.internal);
  }
  let file: CatalogFile;
  try {
    file = JSON.parse(text) as CatalogFile;
  } catch {
    throw new CliError(`the catalog ${path} is not valid JSON; reinstall winerr`, EXIT.internal);
  }
  return loadCatalog(file);
}
