import { readFileSync } from "node:fs";
import { loadCatalog, type Catalog, type CatalogFile } from "@winerr/core";
import { resolveCatalogPath } from "./catalog-path.js";
import { CliError, EXIT } from "./errors.js";
import { isPacked, PackedCatalog } from "./packed.js";

/**
 * Reads the catalog beside the bundle: the packed form build.mjs writes, or
 * (via $WINERR_CATALOG) core's own catalog file. No zod here: build.mjs
 * validated the data, and loading zod would cost more than a decode.
 */
export function openCatalog(env: NodeJS.ProcessEnv = process.env): Catalog {
  const path = resolveCatalogPath(env);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "unreadable";
    throw new CliError(`cannot read the catalog ${path} (${code}); reinstall winerr`, EXIT.internal);
  }
  try {
    return isPacked(buf) ? new PackedCatalog(buf) : loadCatalog(JSON.parse(buf.toString("utf8")) as CatalogFile);
  } catch (err) {
    throw new CliError(`the catalog ${path} is damaged (${(err as Error).message}); reinstall winerr`, EXIT.internal);
  }
}
