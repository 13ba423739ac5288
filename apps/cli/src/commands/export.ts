import { createRequire } from "node:module";
import { runExport } from "@winerr/export";
import { EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/**
 * `winerr export ...`: winerr-export's arguments, run in this process. Built
 * as its own bundle (dist/winerr-export.js), loaded only here. The exporter reads core's catalog file
 * (not the packed one beside the bundle); where that is not installed (the
 * packaged PowerShell module), --catalog FILE must name one.
 */
export async function runExportCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const given = args.some((a) => a === "--catalog" || a.startsWith("--catalog=") || a === "-h" || a === "--help");
  if (!given) {
    try {
      createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
    } catch {
      io.error("winerr: export needs the catalog file of @winerr/core, which is not installed here; give it with --catalog FILE\n");
      return EXIT.usage;
    }
  }
  const code = await runExport(args, {
    stdout: process.stdout,
    error: (line) => io.error(line.replace(/^winerr-export: /, "winerr: ")),
    cwd: process.cwd(),
  });
  return code as ExitCode;
}
