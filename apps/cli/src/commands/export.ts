import { createRequire } from "node:module";
import { runExport } from "@winerr/export";
import { resolveCatalogPath } from "../catalog-path.js";
import type { ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/**
 * `winerr export ...`: winerr-export's arguments, run in this process. Built
 * as its own bundle (dist/winerr-export.js), loaded only here. In the
 * workspace the exporter reads core's catalog file; where that is not
 * installed (the npm package, the PowerShell module) it reads the packed
 * catalog the CLI uses ($WINERR_CATALOG, else catalog.json beside the
 * bundle), which holds the same rows.
 */
export async function runExportCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const code = await runExport(args, {
    stdout: process.stdout,
    error: (line) => io.error(line.replace(/^winerr-export: /, "winerr: ")),
    cwd: process.cwd(),
    ...(hasCoreCatalog() && !io.env["WINERR_CATALOG"] ? {} : { catalog: resolveCatalogPath(io.env, import.meta.url) }),
  });
  return code as ExitCode;
}

function hasCoreCatalog(): boolean {
  try {
    createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
    return true;
  } catch {
    return false;
  }
}
