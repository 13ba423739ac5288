import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { isPacked, loadCatalog, openPacked, PackedCatalog, parseSearchIndex, useGroupAssignment, useSearchIndex, type Catalog, type CatalogFile } from "@winerr/core";
import { resolveCatalogPath } from "./catalog-path.js";
import { CliError, EXIT } from "./errors.js";

/** Beside the packed catalog: each row's reviewed group (core's group-assignment.ts). */
export const GROUPS_FILE = "catalog-groups.json";

/** A file's text, or null when it cannot be read (the groups are then matched). */
function readOptional(path: string): string | null {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return null;
  }
}

/**
 * Reads the catalog beside the bundle: the packed form build.mjs writes
 * (core's packed.ts), or (via $WINERR_CATALOG) core's own catalog file. No
 * zod here: build.mjs validated the data, and loading zod would cost more
 * than a decode.
 */
export function openCatalog(env: NodeJS.ProcessEnv = process.env, options: { whole?: boolean } = {}): Catalog {
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
    // The packed form keeps fd open: its messages are read when shown. With
    // `whole` (many lookups to come, as search --stdin makes), read it all
    // at once instead of a read per message.
    const size = fstatSync(fd).size;
    let packed: PackedCatalog | null;
    if (options.whole === true) {
      const bytes = readFileSync(fd);
      closeSync(fd);
      if (!isPacked(bytes)) return loadCatalog(JSON.parse(bytes.toString("utf8")) as CatalogFile);
      packed = new PackedCatalog(bytes);
    } else packed = openPacked(size, (buf, position) => readSync(fd, buf, 0, buf.length, position));
    if (packed) {
      // Each row's group, computed by build.mjs; read only when a page or info needs it.
      useGroupAssignment(packed, size, () => readOptional(join(dirname(path), GROUPS_FILE)));
      return packed;
    }
    const text = readFileSync(fd, "utf8");
    closeSync(fd);
    return loadCatalog(JSON.parse(text) as CatalogFile);
  } catch (err) {
    return fail(`damaged: ${(err as Error).message}`);
  }
}

/** build.mjs writes core's search index beside the catalog. */
export const SEARCH_INDEX_FILE = "search-index.json";

/**
 * Hands core the prebuilt search index beside the catalog, for `search`
 * only (decode never reads it). Without a usable one (a catalog given by
 * $WINERR_CATALOG, a damaged file) core indexes the catalog itself: the
 * same answers, a few hundred ms later.
 */
export function openSearchIndex(catalog: Catalog, env: NodeJS.ProcessEnv = process.env): void {
  try {
    useSearchIndex(catalog, parseSearchIndex(readFileSync(join(dirname(resolveCatalogPath(env)), SEARCH_INDEX_FILE), "latin1")));
  } catch {
    // Missing, damaged or for another catalog: core builds its own.
  }
}
