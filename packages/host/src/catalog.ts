import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Core's modules, not its index: the TUI's first frame does not load the rest.
import type { Catalog, CatalogFile } from "@winerr/core";
import { loadCatalog } from "@winerr/core/catalog";
import { useGroupAssignment } from "@winerr/core/group-assignment";
import { isPacked, openPacked, PackedCatalog } from "@winerr/core/packed";
import { parseSearchIndex, useSearchIndex } from "@winerr/core/search-index";
import { ExitError, EXIT } from "./errors.js";

/** Each program's build writes core's packed catalog beside its bundle under this name. */
export const CATALOG_FILE = "catalog.json";
/** Beside it: each row's reviewed group (core's group-assignment.ts). */
export const GROUPS_FILE = "catalog-groups.json";
/** Beside it: core's search index. */
export const SEARCH_INDEX_FILE = "search-index.json";

/**
 * Where a program reads its catalog: $WINERR_CATALOG if set, else
 * catalog.json beside the running bundle (`scriptUrl`: the caller's
 * import.meta.url, which in a bundle is the bundle's). Packagers (the npm
 * package, the PowerShell module) copy the bundles and catalog.json into one
 * folder and this finds it there.
 */
export function catalogPath(env: NodeJS.ProcessEnv, scriptUrl: string): string {
  const override = env["WINERR_CATALOG"];
  if (override !== undefined && override !== "") return override;
  return fileURLToPath(new URL(CATALOG_FILE, scriptUrl));
}

/** A file's text, or null when it cannot be read. */
function readOptional(path: string): string | null {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return null;
  }
}

/**
 * Opens the catalog at `path`: core's packed form (as the builds write it)
 * or core's own catalog file. The packed form is read in place, a message
 * when it is shown; with `whole` (many lookups to come: search --stdin, the
 * TUI's search over every message) the file is read at once. No zod here:
 * the build validated the data, and loading zod costs more than a decode.
 * A missing or damaged catalog is the program's own fault: exit 3.
 */
export function openCatalog(path: string, options: { whole?: boolean } = {}): Catalog {
  const fail = (why: string): never => {
    throw new ExitError(`cannot read the catalog ${path} (${why}); reinstall winerr`, EXIT.internal);
  };
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    return fail((err as NodeJS.ErrnoException).code ?? "unreadable");
  }
  try {
    const size = fstatSync(fd).size;
    let packed: PackedCatalog | null;
    if (options.whole === true) {
      const bytes = readFileSync(fd);
      closeSync(fd);
      if (!isPacked(bytes)) return loadCatalog(JSON.parse(bytes.toString("utf8")) as CatalogFile);
      packed = new PackedCatalog(bytes);
      // The packed form keeps fd open otherwise: its messages are read when shown.
    } else packed = openPacked(size, (buf, position) => readSync(fd, buf, 0, buf.length, position));
    if (packed) {
      // Each row's group, computed by the build; read only when a page or info needs it (matched when missing).
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

/**
 * Hands core the prebuilt search index beside the catalog at `path`, for
 * searching only (decode never reads it). Without a usable one (a catalog
 * given by $WINERR_CATALOG, a damaged file) core indexes the catalog itself
 * when first searched: the same answers, a few hundred ms later.
 */
export function openSearchIndex(catalog: Catalog, path: string): void {
  try {
    useSearchIndex(catalog, parseSearchIndex(readFileSync(join(dirname(path), SEARCH_INDEX_FILE))));
  } catch {
    // Missing, damaged or for another catalog: core builds its own.
  }
}
