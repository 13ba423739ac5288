import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { loadCatalog, openPacked, type Catalog, type CatalogFile } from "@winerr/core";
import { resolveCatalogPath } from "./catalog-path.js";
import { CliError, EXIT } from "./errors.js";

/**
 * Reads the catalog beside the bundle: the packed form build.mjs writes
 * (core's packed.ts), or (via $WINERR_CATALOG) core's own catalog file. No
 * zod here: build.mjs validated the data, and loading zod would cost more
 * than a decode.
 */
export function openCatalog(env: NodeJS.ProcessEnv = process.env): Catalog {
  const path = resolveCatalogPath(env);
  const fail = (why: string): never => {
    throw new CliError(`cannot read the catalog ${path} (${why}); reinstall winerr`, EXIT.internal);
  };
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    return fail((err as NodeJS.ErrnoException).code ?? "unreadable");
  }
  try {
    // The packed form keeps fd open: its messages are read when shown.
    const packed = openPacked(fstatSync(fd).size, (buf, position) => readSync(fd, buf, 0, buf.length, position));
    if (packed) return packed;
    const text = readFileSync(fd, "utf8");
    closeSync(fd);
    return loadCatalog(JSON.parse(text) as CatalogFile);
  } catch (err) {
    return fail(`damaged: ${(err as Error).message}`);
  }
}
