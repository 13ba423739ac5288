import { fileURLToPath } from "node:url";

/** The catalog ships beside the bundle: dist/winerr.js + dist/catalog.json. */
export const CATALOG_FILE = "catalog.json";

/**
 * Where the CLI reads its catalog: $WINERR_CATALOG if set, else catalog.json
 * in the folder of the running script. Packagers (the PowerShell module) copy
 * winerr.js and catalog.json into one folder and this finds it there.
 */
export function resolveCatalogPath(env: NodeJS.ProcessEnv = process.env, scriptUrl: string = import.meta.url): string {
  const override = env["WINERR_CATALOG"];
  if (override !== undefined && override !== "") return override;
  return fileURLToPath(new URL(CATALOG_FILE, scriptUrl));
}
