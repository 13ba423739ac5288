import { existsSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { catalogPath } from "@winerr/host/catalog";
import { runExport } from "./run.js";
import { pendingSwaps, pendingTemps } from "./write.js";

/**
 * The export as a program: argv (without node and script) in, exit code
 * out. `program` names it in messages and help as it was run:
 * "winerr-export" (main.ts), or "winerr export" when the CLI runs this
 * bundle (dist/winerr-export.js).
 */
export async function runProgram(argv: readonly string[], program: string): Promise<number> {
  cleanUpOnSignals();
  return runExport(argv, { stdout: process.stdout, error: (line) => process.stderr.write(line), cwd: process.cwd(), program, ...builtInCatalog() });
}

/**
 * $WINERR_CATALOG if set; else core's catalog file where it is installed
 * (the workspace); else the packed catalog beside this bundle, which holds
 * the same rows (the npm package, the PowerShell module).
 */
function builtInCatalog(): { catalog?: string } {
  if (process.env["WINERR_CATALOG"]) return { catalog: catalogPath(process.env, import.meta.url) };
  try {
    createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
    return {};
  } catch {
    return { catalog: catalogPath(process.env, import.meta.url) };
  }
}

/**
 * Ctrl+C or a kill mid-write: remove our temp files, leave the targets whole
 * (a pages folder moved aside for the swap goes back if the new one is not in
 * place, and is removed if it is).
 */
function cleanUpOnSignals(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      for (const [aside, target] of pendingSwaps) {
        if (!existsSync(aside)) continue;
        if (existsSync(target)) rmSync(aside, { force: true, recursive: true });
        else renameSync(aside, target);
      }
      for (const t of pendingTemps) rmSync(t, { force: true, recursive: true });
      process.exit(code);
    });
  }
}
